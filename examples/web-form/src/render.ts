/** Renders the form described by `FORM` from the state, in one language. */
import type { Lang } from "@cchc/core";
import { h, idOf } from "./dom.js";
import { FORM, fieldPointer, type FieldSpec, type PartSpec } from "./form-spec.js";
import { readInput, type FormState } from "./form-state.js";
import { fieldLabel, t } from "./texts.js";

function control(spec: FieldSpec, pointer: string, value: string, lang: Lang): HTMLElement {
  const common = { id: idOf(pointer), name: pointer, "data-pointer": pointer, "aria-describedby": `${idOf(pointer)}-error` };
  switch (spec.kind) {
    case "select": {
      const select = h("select", common, h("option", { value: "" }, t(lang, "choose")));
      for (const o of spec.options?.(lang) ?? []) select.append(h("option", { value: o.value }, o.label));
      select.value = value;
      return select;
    }
    case "textarea":
    case "lines": {
      const area = h("textarea", { ...common, rows: 3 });
      area.value = value;
      return area;
    }
    default: {
      const types = { count: "number", minutes: "number", month: "month", date: "date", text: "text" } as const;
      const input = h("input", {
        ...common,
        type: types[spec.kind],
        min: spec.kind === "count" || spec.kind === "minutes" ? 0 : undefined,
        step: spec.kind === "count" ? 1 : spec.kind === "minutes" ? "any" : undefined,
        inputmode: spec.kind === "count" ? "numeric" : spec.kind === "minutes" ? "decimal" : undefined,
        placeholder: spec.kind === "month" ? "YYYY-MM" : undefined,
      });
      input.value = value;
      return input;
    }
  }
}

function fieldElement(part: PartSpec, spec: FieldSpec, state: FormState, lang: Lang, row?: number): HTMLElement {
  const pointer = fieldPointer(part, spec, row);
  const label = h("label", { for: idOf(pointer) }, fieldLabel(lang, part.id, spec.key));
  if (spec.optional) label.append(h("span", { class: "optional" }, ` (${t(lang, "optional")})`));
  const input = control(spec, pointer, readInput(state, part, spec, row), lang);
  input.dataset["part"] = part.id;
  input.dataset["key"] = spec.key;
  if (row !== undefined) input.dataset["row"] = String(row);
  return h("div", { class: `field field-${spec.kind}` }, label, input, h("p", { class: "error", id: `${idOf(pointer)}-error`, "data-anchor": pointer }));
}

function partElement(part: PartSpec, state: FormState, lang: Lang): HTMLElement {
  const anchor = part.rows ? `/${part.id}` : part.object ? `/${part.object}` : undefined;
  const fieldset = h("fieldset", { id: `part-${part.id}` }, h("legend", {}, t(lang, `part.${part.id}` as Parameters<typeof t>[1])));
  if (!part.rows) {
    fieldset.append(...part.fields.map((spec) => fieldElement(part, spec, state, lang)));
  } else {
    (state.rows.get(part.id) ?? []).forEach((_, i) => {
      const remove = h("button", { type: "button", class: "remove", "data-remove": part.id, "data-row": i }, t(lang, "removeRow"));
      const row = h("div", { class: "row", "data-row-pointer": `/${part.id}/${i}` }, h("p", { class: "row-title" }, t(lang, "row", i + 1), " ", remove));
      row.append(...part.fields.map((spec) => fieldElement(part, spec, state, lang, i)));
      row.append(h("p", { class: "error", "data-anchor": `/${part.id}/${i}` }));
      fieldset.append(row);
    });
    fieldset.append(h("button", { type: "button", class: "add", "data-add": part.id }, t(lang, "addRow")));
  }
  if (anchor) fieldset.append(h("p", { class: "error", "data-anchor": anchor }));
  return fieldset;
}

/** The fieldsets of the whole form. */
export function renderParts(state: FormState, lang: Lang, form: readonly PartSpec[] = FORM): HTMLElement[] {
  return form.map((part) => partElement(part, state, lang));
}
