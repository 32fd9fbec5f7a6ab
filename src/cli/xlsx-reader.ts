// An .xlsx file → its sheets as plain values, read with ExcelJS's streaming reader so a
// 200,000-row workbook costs its values, not a full object model.
import ExcelJS from "exceljs";
import { isBlankCell } from "../core";
import { plainValue, type PlainCell } from "./excel-cells";

export interface InputSheet {
  name: string;
  /** values[i] is Excel row originRow + i; leading empty rows are not included. */
  values: PlainCell[][];
  originRow: number;
  /** Number formats other than General, indexed like values (absent rows/cells: General). */
  formats: ((string | undefined)[] | undefined)[];
  hidden: boolean;
}

export type Progress = (sheet: string, rows: number) => void;

const PROGRESS_EVERY = 10_000;

interface ReaderInternals {
  model?: { sheets?: { name: string }[] };
}

/** Reads every worksheet, in the workbook's tab order. Throws on a damaged file. */
export async function readXlsx(path: string, onProgress?: Progress): Promise<InputSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles tell dates from numbers and give number formats to copy.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sheets: InputSheet[] = [];
  for await (const ws of reader) {
    const meta = ws as unknown as { name: string; state?: string };
    const rows: PlainCell[][] = [];
    const formats: ((string | undefined)[] | undefined)[] = [];
    let first = 0; // first non-empty row number, 1-based
    let count = 0;
    for await (const row of ws) {
      const cells: PlainCell[] = [];
      let rowFormats: (string | undefined)[] | undefined;
      let filled = false;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = plainValue(cell.value);
        cells[col - 1] = v;
        if (!filled && !isBlankCell(v)) filled = true;
        const fmt = cell.numFmt;
        if (fmt && fmt !== "General" && v !== null) (rowFormats ??= [])[col - 1] = fmt;
      });
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
      if (filled) {
        if (first === 0) first = row.number;
        rows[row.number - first] = cells;
        if (rowFormats) formats[row.number - first] = rowFormats;
      }
      if (++count % PROGRESS_EVERY === 0) onProgress?.(meta.name, count);
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: meta.name, values: rows, originRow: first || 1, formats, hidden: meta.state === "hidden" || meta.state === "veryHidden" });
  }
  const order = ((reader as unknown as ReaderInternals).model?.sheets ?? []).map((s) => s.name);
  const position = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return sheets.sort((a, b) => position(a.name) - position(b.name));
}
