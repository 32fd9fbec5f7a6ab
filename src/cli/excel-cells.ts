// ExcelJS cell values → the plain values Excel's `range.values` would give: numbers, strings,
// booleans, Dates (UTC midnight, as ExcelJS reads them), null. Rich text, formula results,
// hyperlinks and errors become their text or result, once, here at the edge. A formula whose value
// was never saved becomes the core's FORMULA_WITHOUT_VALUE marker (it has its own message).
import { FORMULA_WITHOUT_VALUE } from "../core";

export type PlainCell = string | number | boolean | Date | null;

/** A formula whose cached result was an error: ExcelJS reads it as NaN and loses the code. */
const UNKNOWN_ERROR = "#VALUE!";

export function plainValue(v: unknown): PlainCell {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return Number.isFinite(v) ? v : UNKNOWN_ERROR;
    case "object":
      break;
    default:
      return String(v);
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return o.richText.map((r) => String((r as { text?: unknown })?.text ?? "")).join("");
  if ("formula" in o || "sharedFormula" in o || "result" in o) return "result" in o ? plainValue(o.result) : FORMULA_WITHOUT_VALUE;
  if ("error" in o) return String(o.error);
  if ("text" in o) return plainValue(o.text);
  if ("hyperlink" in o) return String(o.hyperlink);
  return null;
}
