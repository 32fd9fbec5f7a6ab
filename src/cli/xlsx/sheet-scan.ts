// One worksheet part → what the user sees in it: values (shared, inline rich-text, booleans,
// errors, numbers; numbers with a date format as dates), number formats, hidden rows and merged
// areas, in one SAX pass (ECMA-376 Part 1, §18.3.1 sheetData, row, c, mergeCell).
import type { Readable } from "node:stream";
import type { PlainCell } from "../excel-cells";
import { FORMULA_WITHOUT_VALUE } from "../../core";
import { decodeEscapes, StringItem, type CellStyles } from "./workbook-parts";
import { scanXml } from "./xml-scan";

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

/** "AB12" → column 28 (1-based); 0 when there are no letters. Called once per cell: no allocation. */
function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
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

export async function scanSheet(input: Readable, ctx: ScanContext): Promise<ScannedSheet> {
  const { strings, styles, date1904 } = ctx;
  const rows: PlainCell[][] = [];
  const formats: ((string | undefined)[] | undefined)[] = [];
  const hiddenRowNumbers: number[] = [];
  const mergeRefs: string[] = [];
  let first = 0; // first non-empty row, 1-based
  let rowNumber = 0;
  let rowsRead = 0;
  let cells: PlainCell[] = [];
  let rowFormats: (string | undefined)[] | undefined;
  let rowHidden = false;
  let filled = false;
  let col = 0;
  let type = "n";
  let style = 0;
  let v = "";
  let formula = false; // the cell has a formula (<f>); without a <v> its value was never saved
  let inValue = false;
  let inInline = false;
  const inline = new StringItem();

  const cellValue = (): PlainCell => {
    switch (type) {
      case "s": {
        const s = strings[Number(v)];
        return s === undefined ? null : s;
      }
      case "inlineStr":
        return inline.take();
      case "str":
        return decodeEscapes(v);
      case "b":
        return v === "" ? null : v === "1" || v === "true";
      case "e":
        return v === "" ? null : v;
      case "d": {
        if (v === "") return null;
        const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : /Z|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
        return Number.isNaN(d.getTime()) ? v : d;
      }
      default: {
        if (v === "") return null;
        const n = Number(v);
        if (!Number.isFinite(n)) return v;
        return styles.isDate[style] ? dateOfSerial(n, date1904) : n;
      }
    }
  };

  await scanXml(input, {
    open(name, a) {
      switch (name) {
        case "c": {
          const ref = a.r;
          col = ref ? columnOfRef(ref) : col + 1;
          type = a.t ?? "n";
          style = a.s ? Number(a.s) : 0;
          v = "";
          formula = false;
          return;
        }
        case "v":
          inValue = true;
          return;
        case "f":
          formula = true;
          return;
        case "row":
          rowNumber = a.r ? Number(a.r) : rowNumber + 1;
          rowHidden = a.hidden === "1" || a.hidden === "true";
          cells = [];
          rowFormats = undefined;
          filled = false;
          col = 0;
          return;
        case "is":
          inInline = true;
          return;
        case "mergeCell":
          if (a.ref) mergeRefs.push(a.ref);
          return;
        default:
          if (inInline) inline.open(name);
      }
    },
    text(t) {
      if (inValue) v = v === "" ? t : v + t;
      else if (inInline) inline.text(t);
    },
    close(name) {
      switch (name) {
        case "v":
          inValue = false;
          return;
        case "is":
          inInline = false;
          return;
        case "c": {
          if (col < 1) return;
          // Issue 10: a formula with no saved value is marked, so the core can say so.
          const value = formula && v === "" && type !== "inlineStr" ? FORMULA_WITHOUT_VALUE : cellValue();
          cells[col - 1] = value;
          if (!filled && !isBlank(value)) filled = true;
          const fmt = styles.format[style];
          if (fmt !== undefined && value !== null) (rowFormats ??= [])[col - 1] = fmt;
          return;
        }
        case "row": {
          for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
          if (filled) {
            if (first === 0) first = rowNumber;
            const i = rowNumber - first;
            if (i >= 0) {
              rows[i] = cells;
              if (rowFormats) formats[i] = rowFormats;
            }
          }
          if (rowHidden) hiddenRowNumbers.push(rowNumber);
          rowsRead++;
          ctx.onRow?.(rowsRead);
          return;
        }
        default:
          if (inInline) inline.close(name);
      }
    },
  });

  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const originRow = first || 1;
  const hiddenRows = new Set<number>();
  for (const r of hiddenRowNumbers) if (r >= originRow && r - originRow < rows.length) hiddenRows.add(r - originRow);
  const mergedAreas: MergedArea[] = [];
  for (const ref of mergeRefs) {
    const [from, to = from] = ref.split(":").map(splitRef);
    const top = Math.max(from.row, originRow);
    if (to.row < top || from.col < 1) continue;
    mergedAreas.push({ row: top - originRow, col: from.col - 1, rows: to.row - top + 1, cols: to.col - from.col + 1 });
  }
  return { values: rows, originRow, formats, hiddenRows, mergedAreas };
}
