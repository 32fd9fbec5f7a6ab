// One worksheet part → what the user sees in it: values (shared, inline rich-text, booleans,
// errors, numbers; numbers with a date format as dates), number formats, hidden rows and merged
// areas. The SAX pass (sheet-records.ts) runs in a worker thread for large parts of the compiled
// CLI, and here otherwise; this module turns its record batches into rows.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { FORMULA_WITHOUT_VALUE } from "../../core";
import type { PlainCell } from "../excel-cells";
import { CellKind, columnOfRef, scanSheetRecords, type RecordBatch } from "./sheet-records";
import type { SheetJob, WorkerMessage } from "./sheet-worker";
import type { CellStyles } from "./workbook-parts";
import type { ZipParts } from "./zip-entries";

export interface MergedArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ScannedSheet {
  values: PlainCell[][];
  originRow: number;
  formats: ((string | undefined)[] | undefined)[];
  hiddenRows: Set<number>;
  mergedAreas: MergedArea[];
}

export interface ScanContext {
  strings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  onRow?: (rowsRead: number) => void;
}

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1904_OFFSET = 1_462;

/** A serial as ExcelJS reads it: a Date at UTC, the time of day kept. */
export function dateOfSerial(serial: number, date1904: boolean): Date | number {
  const d = new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904_OFFSET : 0)) * MS_PER_DAY));
  return Number.isNaN(d.getTime()) ? serial : d;
}

/** "AB12" → row 12; 0 when there are no digits. */
function rowOfRef(ref: string): number {
  let row = 0;
  for (let i = 0; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) row = row * 10 + d;
  }
  return row;
}

const splitRef = (ref: string) => ({ col: columnOfRef(ref), row: rowOfRef(ref) });

const isBlank = (v: PlainCell) => v === null || (typeof v === "string" && v.trim() === "");

function isoDate(v: string): Date | string {
  const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : /Z|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
  return Number.isNaN(d.getTime()) ? v : d;
}

/** Record batches → rows of values as the user sees them, with formats and hidden rows. */
class SheetBuilder {
  private readonly rows: PlainCell[][] = [];
  private readonly formats: ((string | undefined)[] | undefined)[] = [];
  private readonly hiddenRowNumbers: number[] = [];
  private first = 0; // first non-empty row, 1-based
  private rowsRead = 0;

  constructor(private readonly ctx: ScanContext) {}

  add(b: RecordBatch): void {
    const { strings, styles, date1904 } = this.ctx;
    let c = 0;
    let t = 0;
    for (let r = 0; r < b.rows; r++) {
      const rowNumber = b.rowNumber[r];
      const end = b.rowEnd[r];
      const cells: PlainCell[] = [];
      let rowFormats: (string | undefined)[] | undefined;
      let filled = false;
      for (; c < end; c++) {
        const style = b.style[c];
        let value: PlainCell;
        switch (b.kind[c] as CellKind) {
          case CellKind.Shared:
            value = strings[b.num[c]] ?? null;
            break;
          case CellKind.Number:
            value = styles.isDate[style] ? dateOfSerial(b.num[c], date1904) : b.num[c];
            break;
          case CellKind.Bool:
            value = b.num[c] === 1;
            break;
          case CellKind.Iso:
            value = isoDate(b.texts[t++]);
            break;
          case CellKind.NoValue:
            value = FORMULA_WITHOUT_VALUE;
            break;
          default:
            value = b.texts[t++];
        }
        const col = b.col[c] - 1;
        cells[col] = value;
        if (!filled && !isBlank(value)) filled = true;
        const fmt = styles.format[style];
        if (fmt !== undefined && value !== null) (rowFormats ??= [])[col] = fmt;
      }
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      if (filled) {
        if (this.first === 0) this.first = rowNumber;
        const i = rowNumber - this.first;
        if (i >= 0) {
          this.rows[i] = cells;
          if (rowFormats) this.formats[i] = rowFormats;
        }
      }
      if (b.rowHidden[r]) this.hiddenRowNumbers.push(rowNumber);
      this.ctx.onRow?.(++this.rowsRead);
    }
  }

  finish(mergeRefs: readonly string[]): ScannedSheet {
    const rows = this.rows;
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const originRow = this.first || 1;
    const hiddenRows = new Set<number>();
    for (const r of this.hiddenRowNumbers)
      if (r >= originRow && r - originRow < rows.length) hiddenRows.add(r - originRow);
    const mergedAreas: MergedArea[] = [];
    for (const ref of mergeRefs) {
      const [from, to = from] = ref.split(":").map(splitRef);
      const top = Math.max(from.row, originRow);
      if (to.row < top || from.col < 1) continue;
      mergedAreas.push({
        row: top - originRow,
        col: from.col - 1,
        rows: to.row - top + 1,
        cols: to.col - from.col + 1,
      });
    }
    return { values: rows, originRow, formats: this.formats, hiddenRows, mergedAreas };
  }
}

/** Parts larger than this are parsed in a worker thread (when the CLI runs compiled). */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;
/** The compiled worker; absent when running from the TypeScript sources (tsx, Jest). */
const WORKER_FILE = join(__dirname, "sheet-worker.js");

export async function scanSheet(zip: ZipParts, path: string, part: string, ctx: ScanContext): Promise<ScannedSheet> {
  const sheet = new SheetBuilder(ctx);
  const inWorker = zip.size(part) >= WORKER_MIN_BYTES && existsSync(WORKER_FILE);
  const merges = inWorker
    ? await scanInWorker({ path, part }, (b) => sheet.add(b))
    : await scanSheetRecords(await zip.stream(part), (b) => sheet.add(b));
  return sheet.finish(merges);
}

/** The SAX pass on another core, while this thread builds the values from its batches. */
function scanInWorker(job: SheetJob, onBatch: (b: RecordBatch) => void): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: job });
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
      void worker.terminate();
    };
    worker.on("message", (m: WorkerMessage) => {
      if ("batch" in m) {
        try {
          onBatch(m.batch);
        } catch (e) {
          settle(() => reject(e instanceof Error ? e : new Error(String(e))));
        }
      } else if ("done" in m) settle(() => resolve(m.done));
      else settle(() => reject(new Error(m.error)));
    });
    worker.once("error", (e) => settle(() => reject(e)));
    worker.once("exit", (code) => settle(() => reject(new Error(`the sheet reader stopped (${code})`))));
  });
}
