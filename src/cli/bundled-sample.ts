// The sample workbook shipped in assets/ (made by scripts/make-sample.ts) and the as-of date it
// was built for, which the workbook itself states on its "About" sheet.
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { cellText, parseIsoDay } from "../core";
import type { InputSheet } from "./xlsx-reader";

export const SAMPLE_PATH = resolve(__dirname, "../../assets/sample-workbook.xlsx");
export const ABOUT_SHEET = "About";
/** The row label in column A of the About sheet; column B holds the date. */
export const ABOUT_AS_OF_LABEL = "Sample as-of date / 示例评估日期";

export function isBundledSample(path: string, sample: string = SAMPLE_PATH): boolean {
  try {
    return realpathSync(path) === realpathSync(sample);
  } catch {
    return false;
  }
}

/** The ISO as-of date stated on the About sheet, or null. */
export function statedAsOf(sheets: readonly InputSheet[]): string | null {
  const about = sheets.find((s) => s.name === ABOUT_SHEET);
  const row = about?.values.find((r) => cellText(r[0]).trim() === ABOUT_AS_OF_LABEL);
  if (!row) return null;
  const v = row[1];
  // ExcelJS reads dates as UTC midnight of the calendar day.
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const text = cellText(v).trim();
  return parseIsoDay(text) === null ? null : text;
}
