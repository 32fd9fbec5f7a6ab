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
  /** The workbook uses the 1904 date system (`<workbookPr date1904="1">`): its number serials count from 1904. */
  date1904?: boolean;
}

/** The date system of the workbook the sheets were read from (one flag for the whole workbook). */
export function workbookDateSystem(sheets: readonly InputSheet[]): "1900" | "1904" {
  return sheets.some((s) => s.date1904) ? "1904" : "1900";
}

export type Progress = (sheet: string, rows: number) => void;

const PROGRESS_EVERY = 10_000;

interface ReaderInternals {
  model?: { sheets?: { name: string }[] };
  /** workbook.xml's <workbookPr>, parsed by the streaming reader. */
  properties?: { model?: { date1904?: boolean } };
}

/** One sheet's rows as they arrive (streamed or loaded): values, formats, real row numbers. */
class SheetRows {
  private readonly rows: PlainCell[][] = [];
  private readonly formats: ((string | undefined)[] | undefined)[] = [];
  private first = 0; // first non-empty row number, 1-based
  count = 0;

  constructor(private readonly name: string, private readonly state?: string) {}

  add(row: ExcelJS.Row): void {
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
      if (this.first === 0) this.first = row.number;
      this.rows[row.number - this.first] = cells;
      if (rowFormats) this.formats[row.number - this.first] = rowFormats;
    }
    this.count++;
  }

  finish(): InputSheet {
    for (let i = 0; i < this.rows.length; i++) this.rows[i] ??= [];
    const hidden = this.state === "hidden" || this.state === "veryHidden";
    return { name: this.name, values: this.rows, originRow: this.first || 1, formats: this.formats, hidden };
  }
}

/** Reads every worksheet, in the workbook's tab order. Throws on a damaged file. */
export async function readXlsx(path: string, onProgress?: Progress): Promise<InputSheet[]> {
  try {
    return await readStreaming(path, onProgress);
  } catch (e) {
    // ExcelJS's streaming reader dereferences a missing model when a file lists the workbook's
    // relationships before workbook.xml (ExcelJS's own writer sometimes orders them so). Its
    // full reader copes, at the cost of holding the workbook's model in memory.
    if (!(e instanceof TypeError && /reading 'sheets'/.test(e.message))) throw e;
    return readWhole(path, onProgress);
  }
}

async function readStreaming(path: string, onProgress?: Progress): Promise<InputSheet[]> {
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
    const sheet = new SheetRows(meta.name, meta.state);
    for await (const row of ws) {
      sheet.add(row);
      if (sheet.count % PROGRESS_EVERY === 0) onProgress?.(meta.name, sheet.count);
    }
    sheets.push(sheet.finish());
  }
  const internals = reader as unknown as ReaderInternals;
  const order = (internals.model?.sheets ?? []).map((s) => s.name);
  const position = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const date1904 = internals.properties?.model?.date1904 === true;
  return sheets.sort((a, b) => position(a.name) - position(b.name)).map((s) => ({ ...s, date1904 }));
}

async function readWhole(path: string, onProgress?: Progress): Promise<InputSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const date1904 = wb.properties.date1904 === true;
  return wb.worksheets.map((ws) => {
    const sheet = new SheetRows(ws.name, ws.state);
    ws.eachRow({ includeEmpty: false }, (row) => {
      sheet.add(row);
      if (sheet.count % PROGRESS_EVERY === 0) onProgress?.(ws.name, sheet.count);
    });
    return { ...sheet.finish(), date1904 };
  });
}
