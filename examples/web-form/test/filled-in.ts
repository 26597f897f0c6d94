// A month of reporting typed into the form, shared by the unit tests: one section, its forms of
// presentation, one topic, the feedback.
import { FORM, type PartSpec } from "../src/form-spec.js";
import { addRow, initialState, writeInput, type FormState } from "../src/form-state.js";

export const part = (id: string): PartSpec => FORM.find((p) => p.id === id)!;
export const spec = (partId: string, key: string) => part(partId).fields.find((f) => f.key === key)!;

/** Types `text` into an input, as the person would. */
export function type(state: FormState, partId: string, key: string, text: string, row?: number): void {
  writeInput(state, part(partId), spec(partId, key), text, row);
}

/** A valid report typed into the form, with `feedback` as the feedback text. */
export function filledIn(feedback = "Chưa có phản hồi đáng kể."): FormState {
  const state = initialState();
  type(state, "general", "month", "2026-02");
  type(state, "totals", "newsItems", "8");
  type(state, "totals", "articles", "2");
  type(state, "totals", "airtimeMinutes", "36.5");
  for (const [key, text] of Object.entries({ name: "Cải cách hành chính", kind: "section", channel: "F1.press.tv", newsItems: "8", articles: "2", airtimeMinutes: "36.5" })) {
    type(state, "sections", key, text, 0);
  }
  // The forms of presentation agree with the totals: news = the news items, reportage counts as articles.
  type(state, "forms", "form", "news", 0);
  type(state, "forms", "count", "8", 0);
  addRow(state, part("forms"));
  type(state, "forms", "form", "reportage", 1);
  type(state, "forms", "count", "2", 1);
  type(state, "content", "topic", "T4.2", 0);
  type(state, "content", "summary", "Cải cách thủ tục hành chính.", 0);
  type(state, "feedback", "summary", feedback);
  type(state, "closing", "recommendations", "  Đề nghị A\n\n Đề nghị B  \n");
  return state;
}
