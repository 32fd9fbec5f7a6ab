// The values copy of an input sheet as worksheet XML (ECMA-376 Part 1, §18.3.1), generated as a
// stream of text chunks: a million rows become a 150 MB part without ever being one string, and
// without a cell object per value (ExcelJS's writer needs ~17 s and a shared-strings map for that).
// Strings are inline (<is>), as text, never formulas; dates are 1900-system serials with a date
// format; hidden rows stay hidden and merged areas stay merged, as the user left them.
import { FORMULA_WITHOUT_VALUE } from "../core";
import type { PlainCell } from "./excel-cells";
import type { InputSheet } from "./xlsx-reader";

export const EXCEL_TEXT_MAX = 32_767;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const CHUNK_CHARS = 256 * 1024;

/** Style index (cellXfs) of each number format the copy uses. */
export type StyleIds = ReadonlyMap<string, number>;

/** Every number format a copy needs: the input's own, and the default date format for Dates. */
export function formatsUsed(s: InputSheet, dateFormat: string): Set<string> {
  const used = new Set<string>();
  for (const row of s.formats) if (row) for (const f of row) if (f !== undefined) used.add(f);
  for (const row of s.values)
    for (const v of row)
      if (v instanceof Date) {
        used.add(dateFormat);
        break;
      }
  return used;
}

const letters: string[] = [];
function columnLetters(col: number): string {
  let s = letters[col];
  if (s !== undefined) return s;
  s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return (letters[col] = s);
}

// XML 1.0 cannot hold these control characters: matching them is the point.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : ""), // XML 1.0 cannot hold these controls
  );
}

function cellXml(ref: string, v: PlainCell, style: number | undefined): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : "";
  if (typeof v === "string") {
    const text = escapeText(v.length > EXCEL_TEXT_MAX ? v.slice(0, EXCEL_TEXT_MAX) : v);
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
  }
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) return `<c r="${ref}"${s}><v>${v.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL}</v></c>`;
  return "";
}

const area = (a: { row: number; col: number; rows: number; cols: number }, originRow: number) =>
  `${columnLetters(a.col)}${originRow + a.row}:${columnLetters(a.col + a.cols - 1)}${originRow + a.row + a.rows - 1}`;

/** The worksheet part, chunk by chunk; onRow is told every row written (for progress). */
export async function* copySheetXml(
  s: InputSheet,
  o: { widths: readonly number[]; styles: StyleIds; dateFormat: string; onRow?: (row: number) => Promise<void> | void },
): AsyncGenerator<string> {
  let out =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  if (o.widths.length)
    out += `<cols>${o.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  out += "<sheetData>";
  const dateStyle = o.styles.get(o.dateFormat);
  for (let i = 0; i < s.values.length; i++) {
    await o.onRow?.(i);
    const cells = s.values[i];
    if (cells.length === 0) continue;
    const r = s.originRow + i;
    const formats = s.formats[i];
    let row = `<row r="${r}"${s.hiddenRows.has(i) ? ' hidden="1"' : ""}>`;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v === null || v === undefined || v === FORMULA_WITHOUT_VALUE) continue; // a formula never calculated: nothing to copy
      const fmt = formats?.[c];
      const style = fmt !== undefined ? o.styles.get(fmt) : v instanceof Date ? dateStyle : undefined;
      row += cellXml(columnLetters(c) + r, v, style);
    }
    out += `${row}</row>`;
    if (out.length >= CHUNK_CHARS) {
      yield out;
      out = "";
    }
  }
  out += "</sheetData>";
  if (s.mergedAreas.length)
    out += `<mergeCells count="${s.mergedAreas.length}">${s.mergedAreas.map((a) => `<mergeCell ref="${area(a, s.originRow)}"/>`).join("")}</mergeCells>`;
  yield `${out}</worksheet>`;
}
