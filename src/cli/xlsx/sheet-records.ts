// The SAX pass over one worksheet part, emitting compact batches of cell records (typed arrays
// plus the few texts that are not shared-string indexes). Runs in a worker thread for the compiled
// CLI (so parsing and building values overlap on two cores) or in the calling thread.
import type { Readable } from "node:stream";
import { decodeEscapes, StringItem } from "./workbook-parts";
import { scanXml } from "./xml-scan";

/** What a cell record's number means. */
export const enum CellKind {
  Shared = 0, // num: index into the shared strings
  Number = 1, // num: the value
  Bool = 2, // num: 0 or 1
  Text = 3, // the next entry of texts (inline string, formula string, error, ISO date for Iso)
  Iso = 4, // an ISO 8601 date cell (t="d"): the next entry of texts
  NoValue = 5, // a formula whose value was never saved (written by a library, never opened in Excel)
}

export interface RecordBatch {
  /** Per row: its Excel number, 1 when hidden, and the end (exclusive) of its cells. */
  rowNumber: Int32Array;
  rowHidden: Uint8Array;
  rowEnd: Int32Array;
  rows: number;
  /** Per cell. */
  col: Int32Array;
  kind: Uint8Array;
  num: Float64Array;
  style: Int32Array;
  cells: number;
  texts: string[];
}

const ROWS_PER_BATCH = 8192;

class BatchBuilder {
  private b!: RecordBatch;
  private cellCap = 0;
  constructor(private readonly emit: (b: RecordBatch) => void) {
    this.reset(ROWS_PER_BATCH * 8);
  }
  private reset(cells: number): void {
    this.cellCap = cells;
    this.b = {
      rowNumber: new Int32Array(ROWS_PER_BATCH),
      rowHidden: new Uint8Array(ROWS_PER_BATCH),
      rowEnd: new Int32Array(ROWS_PER_BATCH),
      rows: 0,
      col: new Int32Array(cells),
      kind: new Uint8Array(cells),
      num: new Float64Array(cells),
      style: new Int32Array(cells),
      cells: 0,
      texts: [],
    };
  }
  cell(col: number, kind: CellKind, num: number, style: number, text?: string): void {
    const b = this.b;
    if (b.cells === this.cellCap) this.grow();
    const i = b.cells++;
    b.col[i] = col;
    b.kind[i] = kind;
    b.num[i] = num;
    b.style[i] = style;
    if (text !== undefined) b.texts.push(text);
  }
  private grow(): void {
    const old = this.b;
    const cap = this.cellCap * 2;
    const grown = (a: Int32Array) => {
      const n = new Int32Array(cap);
      n.set(a);
      return n;
    };
    const kind = new Uint8Array(cap);
    kind.set(old.kind);
    const num = new Float64Array(cap);
    num.set(old.num);
    this.b = { ...old, col: grown(old.col), kind, num, style: grown(old.style) };
    this.cellCap = cap;
  }
  row(number: number, hidden: boolean): void {
    const b = this.b;
    b.rowNumber[b.rows] = number;
    b.rowHidden[b.rows] = hidden ? 1 : 0;
    b.rowEnd[b.rows] = b.cells;
    if (++b.rows === ROWS_PER_BATCH) this.flush();
  }
  flush(): void {
    if (this.b.rows === 0 && this.b.cells === 0) return;
    const b = this.b;
    this.reset(Math.max(ROWS_PER_BATCH * 8, this.cellCap));
    this.emit(b);
  }
}

/** "AB12" → column 28 (1-based); 0 when there are no letters. No allocation. */
export function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
}

/** One pass (ECMA-376 Part 1, §18.3.1 sheetData, row, c, mergeCell); returns the merge refs. */
export async function scanSheetRecords(input: Readable, emit: (b: RecordBatch) => void): Promise<string[]> {
  const out = new BatchBuilder(emit);
  const mergeRefs: string[] = [];
  let rowNumber = 0;
  let rowHidden = false;
  let col = 0;
  let type = "n";
  let style = 0;
  let v = "";
  let hasFormula = false;
  let inValue = false;
  let inInline = false;
  const inline = new StringItem();

  await scanXml(input, {
    open(name, a) {
      switch (name) {
        case "c": {
          const ref = a.r;
          col = ref ? columnOfRef(ref) : col + 1;
          type = a.t ?? "n";
          style = a.s ? Number(a.s) : 0;
          v = "";
          hasFormula = false;
          return;
        }
        case "f":
          hasFormula = true;
          return;
        case "v":
          inValue = true;
          return;
        case "row":
          rowNumber = a.r ? Number(a.r) : rowNumber + 1;
          rowHidden = a.hidden === "1" || a.hidden === "true";
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
        case "c":
          if (col >= 1) cell();
          return;
        case "row":
          out.row(rowNumber, rowHidden);
          return;
        default:
          if (inInline) inline.close(name);
      }
    },
  });
  out.flush();
  return mergeRefs;

  function cell(): void {
    if (hasFormula && v === "" && type !== "inlineStr") {
      out.cell(col, CellKind.NoValue, 0, style);
      return;
    }
    switch (type) {
      case "s":
        if (v !== "") out.cell(col, CellKind.Shared, Number(v), style);
        return;
      case "inlineStr":
        out.cell(col, CellKind.Text, 0, style, inline.take());
        return;
      case "str":
      case "e":
        out.cell(col, CellKind.Text, 0, style, type === "str" ? decodeEscapes(v) : v);
        return;
      case "b":
        if (v !== "") out.cell(col, CellKind.Bool, v === "1" || v === "true" ? 1 : 0, style);
        return;
      case "d":
        if (v !== "") out.cell(col, CellKind.Iso, 0, style, v);
        return;
      default: {
        if (v === "") return;
        const n = Number(v);
        if (Number.isFinite(n)) out.cell(col, CellKind.Number, n, style);
        else out.cell(col, CellKind.Text, 0, style, v);
      }
    }
  }
}
