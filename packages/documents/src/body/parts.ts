import type { Lang } from "@cchc/core";
import { formatFigure } from "../format/numbers.js";
import { heading, item, paragraph, type Align, type Block } from "./model.js";

/** A table block from `[header, width %, align]` columns and rows of text. */
export function table(columns: readonly (readonly [string, number, Align])[], rows: readonly (readonly string[])[], total?: readonly string[]): Block {
  return {
    kind: "table",
    columns: columns.map(([header, width, align]) => ({ header, width, align })),
    rows,
    ...(total === undefined ? {} : { total }),
  };
}

/** "Không có." — said where a content of the plan has nothing to report. */
export function noneParagraph(lang: Lang): Block {
  return paragraph(lang === "en" ? "None." : "Không có.");
}

/** A value of an extension field as text. */
function extraValue(value: string | number | boolean | null, lang: Lang): string {
  if (typeof value === "number") return formatFigure(value, lang);
  if (typeof value === "boolean") return lang === "en" ? (value ? "yes" : "no") : value ? "có" : "không";
  return value ?? "—";
}

/**
 * What the plan's open list ("…") lets a report add: its extension fields as a table and its notes, under
 * one heading (nothing when the report has neither).
 */
export function extraBlocks(
  title: string,
  extra: readonly { key: string; label?: string | undefined; value: string | number | boolean | null }[] | undefined,
  notes: string | undefined,
  lang: Lang,
): Block[] {
  if ((extra === undefined || extra.length === 0) && notes === undefined) return [];
  const blocks: Block[] = [heading(2, title)];
  if (extra !== undefined && extra.length > 0) {
    blocks.push({
      kind: "table",
      columns: [
        { header: lang === "en" ? "Item" : "Nội dung", width: 65, align: "left" },
        { header: lang === "en" ? "Value" : "Giá trị", width: 35, align: "right" },
      ],
      rows: extra.map((e) => [e.label ?? e.key, extraValue(e.value, lang)]),
    });
  }
  if (notes !== undefined) blocks.push(paragraph(notes));
  return blocks;
}

/** Dash items, or "Không có." when there are none. */
export function itemsOrNone(texts: readonly string[], lang: Lang): Block[] {
  return texts.length === 0 ? [noneParagraph(lang)] : texts.map(item);
}
