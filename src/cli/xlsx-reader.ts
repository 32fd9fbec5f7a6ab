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
  /** As Excel shows the sheet (issue 11): the core skips hidden sheets unless named. */
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Merged areas, 0-based within values (issue 11; the full reader only: the streaming one skips them). */
  mergedAreas?: { row: number; col: number; rows: number; cols: number }[];
}

export type Progress = (sheet: string, rows: number) => void;

const PROGRESS_EVERY = 10_000;

interface ReaderInternals {
  model?: { sheets?: { name: string }[] };
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
    const visibility = this.state === "hidden" || this.state === "veryHidden" ? this.state : "visible";
    return { name: this.name, values: this.rows, originRow: this.first || 1, formats: this.formats, hidden, visibility };
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
    const meta = ws as unknown as { name: string; state?: string; iterator: AsyncIterable<Buffer | string> };
    const sheet = new SheetRows(meta.name, meta.state);
    // ExcelJS's streaming reader skips <mergeCell>: watch the sheet's XML go by for them.
    const merges: string[] = [];
    meta.iterator = watchMergeCells(meta.iterator, merges);
    for await (const row of ws) {
      sheet.add(row);
      if (sheet.count % PROGRESS_EVERY === 0) onProgress?.(meta.name, sheet.count);
    }
    sheets.push(withMerges(sheet.finish(), merges));
  }
  const order = ((reader as unknown as ReaderInternals).model?.sheets ?? []).map((s) => s.name);
  const position = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return sheets.sort((a, b) => position(a.name) - position(b.name));
}

async function readWhole(path: string, onProgress?: Progress): Promise<InputSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const sheet = new SheetRows(ws.name, ws.state);
    ws.eachRow({ includeEmpty: false }, (row) => {
      sheet.add(row);
      if (sheet.count % PROGRESS_EVERY === 0) onProgress?.(ws.name, sheet.count);
    });
    return withMerges(sheet.finish(), (ws as unknown as { model?: { merges?: string[] } }).model?.merges ?? []);
  });
}

/** "B2:B4" → 0-based area from row 1, column A. */
function mergedArea(ref: string): { row: number; col: number; rows: number; cols: number } | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ""));
  if (!m) return null;
  const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1, c2, r2] = [col(m[1]), Number(m[2]) - 1, col(m[3]), Number(m[4]) - 1];
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** The sheet with its merged areas ("A2:A3" references), made 0-based within its values. */
function withMerges(sheet: InputSheet, refs: readonly string[]): InputSheet {
  const areas = refs.map(mergedArea).filter((a) => a !== null && a.rows + a.cols > 2);
  if (!areas.length) return sheet;
  return { ...sheet, mergedAreas: areas.map((a) => ({ ...a!, row: a!.row - (sheet.originRow - 1) })) };
}

const MERGE_CELL = /<mergeCell\s+ref="([A-Z$]+\d+:[A-Z$]+\d+)"/g;

/** Passes the sheet's XML through unchanged, noting each <mergeCell ref="…"> (tags split across chunks included). */
async function* watchMergeCells(chunks: AsyncIterable<Buffer | string>, found: string[]): AsyncGenerator<Buffer | string> {
  let carry = "";
  for await (const chunk of chunks) {
    const text = carry + chunk.toString();
    const lastOpen = text.lastIndexOf("<");
    const complete = lastOpen >= 0 && text.indexOf(">", lastOpen) < 0 ? lastOpen : text.length;
    carry = text.slice(complete).slice(-4096);
    if (text.includes("<mergeCell", 0)) for (const m of text.slice(0, complete).matchAll(MERGE_CELL)) found.push(m[1]);
    yield chunk;
  }
}
