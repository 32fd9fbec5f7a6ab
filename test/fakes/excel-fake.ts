// An in-memory Excel that implements just the Office.js surface src/excel and src/functions use,
// with the request/sync model of the real thing: calls queue operations, context.sync() runs them
// in order, and properties can only be read after they were loaded and synced. It COUNTS syncs and
// range operations and ENFORCES Excel's limits (5 MB request/response payload per sync, 5,000,000
// cells per read) by throwing the way Excel does. Pure TypeScript: the e2e test bundles it into
// the simulated Office host that runs in the browser.

export const LIMITS = {
  /** Excel on the web: 5 MB per request and per response (we count decimal MB: stricter). */
  payloadBytes: 5_000_000,
  /** Cells one range read may return. */
  cellsPerRead: 5_000_000,
};

export class FakeRichApiError extends Error {
  name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Cell = string | number | boolean;

export interface CellLookData {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const key = (r: number, c: number) => r * MAX_COLS + c;

/** One worksheet's data: dense values, sparse formats and formulas. */
export class FakeSheet {
  values: (Cell | undefined)[][] = [];
  numberFormats = new Map<number, string>();
  formulas = new Map<number, string>();
  looks = new Map<number, CellLookData>();
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  customProperties = new Map<string, { key: string; value: string }>();
  /**
   * Worksheet.visibility: "Visible" | "Hidden" | "VeryHidden" (Excel.SheetVisibility; a very hidden
   * sheet cannot be unhidden from Excel's UI). learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
   */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /**
   * Merged areas, 0-based on the sheet. Excel keeps a merged area's value in its top-left cell; the
   * other cells read as "" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
   */
  merged: Box[] = [];
  /** Every write to this sheet, for "input sheets are never modified" assertions. */
  writes = 0;
  /** Writes through Range.formulas. */
  formulaWrites = 0;
  /** Worksheet.id is unique within a session only; FakeWorkbook.reopen() gives new ones. */
  constructor(
    public id: string,
    public name: string,
    readonly book: { date1904: boolean } = { date1904: false },
  ) {}

  get(r: number, c: number): Cell | undefined {
    return this.values[r]?.[c];
  }
  numberFormat(r: number, c: number): string {
    return this.numberFormats.get(key(r, c)) ?? "General";
  }
  formula(r: number, c: number): string | undefined {
    return this.formulas.get(key(r, c));
  }
  look(r: number, c: number): CellLookData {
    return this.looks.get(key(r, c)) ?? {};
  }

  /** Excel's used range with valuesOnly: the bounding box of non-blank values. */
  usedBox(): Box | null {
    let top = -1,
      bottom = -1,
      left = Infinity,
      right = -1;
    for (let r = 0; r < this.values.length; r++) {
      const row = this.values[r];
      if (!row) continue;
      let any = false;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === undefined || v === "") continue;
        any = true;
        if (c < left) left = c;
        if (c > right) right = c;
      }
      if (any) {
        if (top < 0) top = r;
        bottom = r;
      }
    }
    for (const k of this.formulas.keys()) {
      const r = Math.floor(k / MAX_COLS),
        c = k % MAX_COLS;
      top = top < 0 ? r : Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return top < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /**
   * Number format codes of a box, "General" where none was set. Range.numberFormat: "Represents
   * Excel's number format code for the given range" (learn.microsoft.com/javascript/api/excel/
   * excel.range#excel-excel-range-numberformat-member).
   */
  readFormats(b: Box): string[][] {
    return Array.from({ length: b.rows }, (_, i) =>
      Array.from({ length: b.cols }, (_, j) => this.numberFormat(b.row + i, b.col + j)),
    );
  }

  readBox(b: Box): Cell[][] {
    const out: Cell[][] = new Array(b.rows);
    for (let i = 0; i < b.rows; i++) {
      const src = this.values[b.row + i];
      const row: Cell[] = new Array(b.cols);
      for (let j = 0; j < b.cols; j++) {
        const v = src?.[b.col + j];
        row[j] = v === undefined ? "" : v;
      }
      out[i] = row;
    }
    return out;
  }

  /** Writes one value the way Excel's range.values setter does. */
  writeValue(r: number, c: number, v: unknown): void {
    if (v === null || v === undefined) return; // null leaves the cell as it is
    this.writes++;
    const k = key(r, c);
    this.formulas.delete(k);
    let stored: Cell | undefined;
    if (typeof v === "string") {
      // Excel.Range `values` (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member):
      // a string starting with "=", "+" or "-" is taken as a formula — unless the cell is
      // text-formatted ("@", "Format numbers as text", support.microsoft.com) or the string starts
      // with an apostrophe, which Excel takes as the quote prefix (kept out of the value, as when
      // a user types it). NOT verified against a real Excel here: this is the documented behaviour.
      const asText = this.numberFormat(r, c) === "@";
      if (v === "") stored = undefined;
      else if (v.startsWith("'"))
        stored = v.slice(1); // the quote prefix: text, not shown
      else if (asText) stored = v;
      else if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) stored = Number(v);
      else if (/^[=+-]/.test(v) && v.length > 1) {
        this.formulas.set(k, v); // Excel would now calculate it: the text is gone
        stored = undefined;
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) stored = isoToSerial(v, this.book.date1904) ?? v;
      else stored = v;
    } else if (typeof v === "number" || typeof v === "boolean") stored = v;
    else throw new FakeRichApiError("InvalidArgument", `unsupported cell value ${String(v)}`);
    let row = this.values[r];
    if (!row) row = this.values[r] = [];
    row[c] = stored;
  }

  clearBox(b: Box): void {
    this.writes++;
    for (let r = b.row; r < Math.min(b.row + b.rows, this.values.length); r++) {
      const row = this.values[r];
      if (!row) continue;
      for (let c = b.col; c < Math.min(b.col + b.cols, row.length); c++) row[c] = undefined;
    }
    const inBox = (k: number) => {
      const r = Math.floor(k / MAX_COLS),
        c = k % MAX_COLS;
      return r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols;
    };
    for (const m of [this.numberFormats, this.formulas, this.looks] as Map<number, unknown>[])
      for (const k of [...m.keys()]) if (inBox(k)) m.delete(k);
  }

  setLook(b: Box, patch: CellLookData): void {
    this.writes++;
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.col; c < b.col + b.cols; c++) {
        const k = key(r, c);
        this.looks.set(k, { ...(this.looks.get(k) ?? {}), ...patch });
      }
  }
}

/**
 * The serial Excel stores for a date: days since 1899-12-30 in the 1900 system, since 1904-01-01
 * in the 1904 system, 1462 fewer ("Date systems in Excel", support.microsoft.com). Dates from
 * 1900-03-01 on only (the fake never needs the fictitious 1900-02-29).
 */
export function isoToSerial(iso: string, date1904 = false): number | null {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Number.isNaN(t) ? null : t / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
}

// ---------------------------------------------------------------- address parsing

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "B2:D9", "A:C", "3:5" → a box (0-based). */
export function parseAddress(address: string): Box {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "").trim().toUpperCase();
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (m) {
    const c1 = columnIndex(m[1]),
      r1 = +m[2] - 1;
    const c2 = m[3] ? columnIndex(m[3]) : c1,
      r2 = m[4] ? +m[4] - 1 : r1;
    return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  if ((m = /^([A-Z]+):([A-Z]+)$/.exec(a))) {
    const c1 = columnIndex(m[1]),
      c2 = columnIndex(m[2]);
    return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  if ((m = /^(\d+):(\d+)$/.exec(a))) {
    const r1 = +m[1] - 1,
      r2 = +m[2] - 1;
    return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  throw new FakeRichApiError("InvalidArgument", `bad address "${address}"`);
}

// ---------------------------------------------------------------- payload estimate

/**
 * Bytes of a 2D array as JSON (UTF-8): the real serialization, so the fake checks the add-in's
 * own payload estimate instead of sharing it.
 */
const utf8 = new TextEncoder(); // in Node and in the browser, where the simulated host runs this

export function jsonBytes(values: readonly (readonly unknown[])[]): number {
  return utf8.encode(JSON.stringify(values)).length;
}

// ---------------------------------------------------------------- the workbook

export interface SyncRecord {
  ops: number;
  rangeOps: number;
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
  rejected?: string;
}

export interface ChangedEvent {
  worksheetId: string;
  address?: string;
  changeType?: string;
  source?: string;
  triggerSource?: string;
  type?: string;
}

type Handler = (e: unknown) => unknown;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheetId: string | null = null;
  syncLog: SyncRecord[] = [];
  /**
   * The user is typing in a cell. Excel.RunOptions.delayForCellEdit (ExcelApi 1.11,
   * https://learn.microsoft.com/javascript/api/excel/excel.runoptions): "When false, if the user is
   * in cell edit when the batch request is processed by the host, the batch automatically fails.
   * When true, … the batch request is delayed until the user exits cell edit mode."
   */
  cellEditing = false;
  private editEnded: (() => void)[] = [];
  private nextId = 1;
  readonly handlers = {
    changed: new Set<Handler>(),
    added: new Set<Handler>(),
    deleted: new Set<Handler>(),
    calculated: new Set<Handler>(),
  };

  /** The workbook uses the 1904 date system (Excel for Mac's old default): Range.values gives 1904 serials. */
  date1904: boolean;

  constructor(
    init: {
      name: string;
      values?: unknown[][];
      row?: number;
      col?: number;
      visibility?: FakeSheet["visibility"];
      merged?: Box[];
      formats?: (string | undefined)[][];
    }[] = [],
    opts: { date1904?: boolean } = {},
  ) {
    this.date1904 = opts.date1904 ?? false;
    for (const s of init) {
      const sheet = this.addSheet(s.name);
      if (s.visibility) sheet.visibility = s.visibility;
      // Merged areas given relative to the values' top-left cell, like the values.
      for (const m of s.merged ?? []) sheet.merged.push({ ...m, row: m.row + (s.row ?? 0), col: m.col + (s.col ?? 0) });
      const r0 = s.row ?? 0,
        c0 = s.col ?? 0;
      (s.formats ?? []).forEach((row, i) =>
        row?.forEach((f, j) => f && sheet.numberFormats.set(key(r0 + i, c0 + j), f)),
      );
      (s.values ?? []).forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined || v === "") return;
          (sheet.values[r0 + i] ??= [])[c0 + j] =
            v instanceof Date ? (isoToSerial(v.toISOString().slice(0, 10), this.date1904) ?? "") : (v as Cell);
        }),
      );
      sheet.writes = 0;
    }
  }

  private session = 1;
  private newSheetId(): string {
    return `{${String(this.nextId++).padStart(8, "0")}-${String(this.session).padStart(4, "0")}-0000-0000-000000000000}`;
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(this.newSheetId(), name, this);
    this.sheets.push(s);
    this.activeSheetId ??= s.id;
    return s;
  }

  /**
   * Close and open the workbook again: the same sheets, custom properties and document settings,
   * but new Worksheet.id values ("the id is unique within a session only; it changes between
   * sessions and versions": office-js issue #1390, office-js-docs-reference issue #297) and no
   * event handlers (the add-in starts afresh).
   */
  reopen(): void {
    this.session++;
    const active = this.sheets.findIndex((s) => s.id === this.activeSheetId);
    for (const s of this.sheets) s.id = this.newSheetId();
    this.activeSheetId = this.sheets[Math.max(0, active)]?.id ?? null;
    for (const set of Object.values(this.handlers)) set.clear();
  }

  /**
   * The user copies a sheet (Move or Copy…, or Worksheet.copy, ExcelApi 1.7): values, formats,
   * formulas and the sheet's custom properties go with it; the copy gets a new id and, by default,
   * the name "Name (2)".
   */
  copySheet(source: string, name?: string): FakeSheet {
    const from = this.sheet(source);
    if (!from) throw new Error(`no sheet ${source}`);
    let n = name;
    for (let i = 2; !n || this.sheet(n); i++) n = `${from.name} (${i})`;
    const copy = this.addSheet(n);
    copy.values = from.values.map((row) => (row ? row.slice() : row));
    for (const k of ["numberFormats", "formulas", "looks", "columnWidths", "customProperties"] as const)
      (copy[k] as Map<unknown, unknown>) = new Map(from[k] as Map<unknown, unknown>);
    copy.frozenRows = from.frozenRows;
    return copy;
  }

  sheet(nameOrId: string): FakeSheet | undefined {
    const k = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === k);
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  /** The user starts typing in a cell (F2 / double-click): batches without delayForCellEdit fail. */
  enterCellEdit(): void {
    this.cellEditing = true;
  }

  /** The user presses Enter or Esc: delayed batches run now. */
  exitCellEdit(): void {
    this.cellEditing = false;
    for (const resume of this.editEnded.splice(0)) resume();
  }

  /** Resolves when the user leaves cell-edit mode. */
  cellEditDone(): Promise<void> {
    return this.cellEditing ? new Promise((resolve) => this.editEnded.push(resolve)) : Promise.resolve();
  }

  /**
   * ExcelApi 1.14 and later give WorksheetChangedEventArgs.triggerSource; an older Excel leaves it
   * out ("WorksheetChangedEventArgs interface", learn.microsoft.com).
   */
  hasTriggerSource = true;

  /**
   * A user (or another add-in) edits a cell: fires onChanged for that cell like Excel does, then
   * recalculates. onChanged is about the edited range; formula cells whose results change
   * elsewhere raise WorksheetCollection.onCalculated (ExcelApi 1.8, "Occurs when any worksheet in
   * the workbook is calculated") for their sheet, not onChanged.
   */
  userEdit(sheetName: string, address: string, value: unknown, triggerSource = "Others"): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const b = parseAddress(address);
    s.writeValue(b.row, b.col, value);
    const e: ChangedEvent = {
      worksheetId: s.id,
      address,
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
    };
    if (this.hasTriggerSource) e.triggerSource = triggerSource;
    this.emitChanged(e);
    this.recalculate();
  }

  /**
   * The user deletes a sheet: it is gone from the collection, and WorksheetCollection.onDeleted
   * (ExcelApi 1.7, "Occurs when a worksheet is deleted from the workbook") fires with
   * WorksheetDeletedEventArgs { worksheetId, source, type: "WorksheetDeleted" }
   * (learn.microsoft.com/javascript/api/excel/excel.worksheetdeletedeventargs).
   */
  userDeleteSheet(sheetName: string): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    this.sheets = this.sheets.filter((x) => x !== s);
    const e = { worksheetId: s.id, source: "Local", type: "WorksheetDeleted" };
    for (const h of this.handlers.deleted) void h(e);
  }

  emitChanged(e: ChangedEvent): void {
    for (const h of this.handlers.changed) void h(e);
  }

  /**
   * A formula cell holding a plain reference (`=A1`, `=Sheet!A1`, `='My sheet'!A1`): its value
   * is the referenced cell's. Other formulas are kept, with no value (the fake does not compute them).
   */
  setFormula(sheetName: string, address: string, formula: string): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const b = parseAddress(address);
    s.formulas.set(key(b.row, b.col), formula);
    this.recalculate(false);
  }

  /** Automatic calculation: reference formulas take their cells' values; onCalculated per changed sheet. */
  recalculate(emit = true): void {
    const changed = new Set<FakeSheet>();
    for (let pass = 0; pass < 10; pass++) {
      let any = false;
      for (const s of this.sheets)
        for (const [k, f] of s.formulas) {
          const m = /^=(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]+)\$?(\d+)$/i.exec(f.trim());
          if (!m) continue;
          const from = m[1] !== undefined || m[2] !== undefined ? this.sheet((m[1] ?? m[2]).replace(/''/g, "'")) : s;
          const v = from?.get(+m[4] - 1, columnIndex(m[3]));
          const r = Math.floor(k / MAX_COLS),
            c = k % MAX_COLS;
          const next = v === undefined ? 0 : v; // a reference to an empty cell shows 0
          if (s.get(r, c) === next) continue;
          (s.values[r] ??= [])[c] = next;
          changed.add(s);
          any = true;
        }
      if (!any) break;
    }
    if (emit)
      for (const s of changed)
        for (const h of this.handlers.calculated) void h({ worksheetId: s.id, type: "WorksheetCalculated" });
  }

  /** Range operations over every sync so far. */
  get rangeOps(): number {
    return this.syncLog.reduce((n, s) => n + s.rangeOps, 0);
  }
}

// ---------------------------------------------------------------- request context and proxies

interface Op {
  range: boolean;
  requestBytes: number;
  run(): number; // returns response bytes
}

const NOT_LOADED = (prop: string) =>
  new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

function loadList(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.map(String);
  if (typeof arg === "object" && arg !== null && "select" in arg) return loadList(arg.select);
  return [];
}

export class FakeRequestContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  constructor(
    readonly data: FakeWorkbook,
    readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      ops: ops.length,
      rangeOps: ops.filter((o) => o.range).length,
      requestBytes: ops.reduce((n, o) => n + o.requestBytes, 0),
      responseBytes: 0,
      cellsRead: 0,
    };
    if (this.data.cellEditing) {
      // Excel.RunOptions.delayForCellEdit (see FakeWorkbook.cellEditing); the error code is
      // Excel.ErrorCodes.invalidOperationInCellEditMode (learn.microsoft.com, "Excel.ErrorCodes enum").
      if (!this.delayForCellEdit) {
        record.rejected = "InvalidOperationInCellEditMode";
        this.data.syncLog.push(record);
        throw new FakeRichApiError(
          "InvalidOperationInCellEditMode",
          "This operation is not allowed while Excel is in cell-edit mode.",
        );
      }
      await this.data.cellEditDone();
    }
    this.data.syncLog.push(record);
    await Promise.resolve();
    if (record.requestBytes > LIMITS.payloadBytes) {
      record.rejected = "RequestPayloadSizeLimitExceeded";
      throw new FakeRichApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    currentRecord = record;
    try {
      for (const op of ops) record.responseBytes += op.run();
    } catch (e) {
      if (e instanceof FakeRichApiError) record.rejected = e.code;
      throw e;
    } finally {
      currentRecord = null;
    }
    if (record.responseBytes > LIMITS.payloadBytes) {
      record.rejected = "ResponsePayloadSizeLimitExceeded";
      throw new FakeRichApiError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
  }

  /** Office.js API surface that code may touch; unused here. */
  trackedObjects = { add() {}, remove() {} };
}

let currentRecord: SyncRecord | null = null;

/** A value that only exists after a sync: reading it earlier throws like Office.js. */
class Loaded<T> {
  private has = false;
  private v: T | undefined;
  set(v: T): void {
    this.has = true;
    this.v = v;
  }
  get(prop: string): T {
    if (!this.has) throw NOT_LOADED(prop);
    return this.v as T;
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: { date(y: number, m: number, d: number): { load(p?: unknown): { readonly value: number } } };
  constructor(readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    // workbook.functions.date (ExcelApi 1.2, "Excel.Functions class"): Excel's DATE, a serial in
    // the workbook's date system; the FunctionResult's value is readable after a sync.
    this.functions = {
      date: (y, m, d) => {
        const value = new Loaded<number>();
        const result = {
          load: () => {
            ctx.enqueue({
              range: false,
              requestBytes: 120,
              run: () => {
                const iso = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
                value.set(
                  (isoToSerial(iso, ctx.data.date1904) as number) + (ctx.data.date1904 || y > 1900 || m > 2 ? 0 : -1),
                );
                return 40;
              },
            });
            return result;
          },
          get value() {
            return value.get("value");
          },
        };
        return result;
      },
    };
  }
}

class FakeEvent {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly set: Set<Handler>,
  ) {}
  add(handler: Handler) {
    this.ctx.enqueue({ range: false, requestBytes: 100, run: () => (this.set.add(handler), 0) });
    const set = this.set,
      ctx = this.ctx;
    return {
      remove() {
        ctx.enqueue({ range: false, requestBytes: 100, run: () => (set.delete(handler), 0) });
      },
    };
  }
}

class FakeWorksheetCollection {
  private itemsValue = new Loaded<FakeWorksheetProxy[]>();
  readonly onChanged: FakeEvent;
  readonly onAdded: FakeEvent;
  readonly onDeleted: FakeEvent;
  readonly onCalculated: FakeEvent;
  constructor(private readonly ctx: FakeRequestContext) {
    this.onCalculated = new FakeEvent(ctx, ctx.data.handlers.calculated);
    this.onChanged = new FakeEvent(ctx, ctx.data.handlers.changed);
    this.onAdded = new FakeEvent(ctx, ctx.data.handlers.added);
    this.onDeleted = new FakeEvent(ctx, ctx.data.handlers.deleted);
  }
  get items(): FakeWorksheetProxy[] {
    return this.itemsValue.get("items");
  }
  load(props?: unknown): this {
    const wanted = loadList(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({
      range: false,
      requestBytes: 100,
      run: () => {
        const items = this.ctx.data.sheets.map((s) => {
          const p = new FakeWorksheetProxy(this.ctx, () => s);
          p.fill(wanted.length ? wanted : ["name", "id", "visibility", "position"]);
          return p;
        });
        this.itemsValue.set(items);
        return 60 * items.length;
      },
    });
    return this;
  }
  getItem(nameOrId: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.ctx, () => {
      const s = this.ctx.data.sheet(nameOrId);
      if (!s) throw new FakeRichApiError("ItemNotFound", `The requested resource doesn't exist: ${nameOrId}`);
      return s;
    });
  }
  getItemOrNullObject(nameOrId: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.ctx, () => this.ctx.data.sheet(nameOrId) ?? null);
  }
  getActiveWorksheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.ctx, () => this.ctx.data.sheet(this.ctx.data.activeSheetId ?? "") ?? null);
  }
  add(name?: string): FakeWorksheetProxy {
    let created: FakeSheet | null = null;
    const proxy = new FakeWorksheetProxy(this.ctx, () => {
      if (!created) throw new FakeRichApiError("InvalidOperation", "sheet used before it was added");
      return created;
    });
    this.ctx.enqueue({
      range: false,
      requestBytes: 100 + (name?.length ?? 0),
      run: () => {
        const n = name ?? `Sheet${this.ctx.data.sheets.length + 1}`;
        if (n.length > 31 || /[:\\/?*[\]]/.test(n) || n.trim() === "" || /^'|'$/.test(n))
          throw new FakeRichApiError("InvalidArgument", `invalid sheet name "${n}"`);
        if (this.ctx.data.sheet(n))
          throw new FakeRichApiError("ItemAlreadyExists", `A sheet named "${n}" already exists.`);
        created = this.ctx.data.addSheet(n);
        return 60;
      },
    });
    return proxy;
  }
}

class FakeWorksheetProxy {
  private resolved: FakeSheet | null | undefined;
  private isNull = new Loaded<boolean>();
  private props = new Map<string, Loaded<unknown>>();
  readonly customProperties: FakeCustomPropertyCollection;
  readonly freezePanes: { freezeRows(n: number): void; unfreeze(): void };
  constructor(
    readonly ctx: FakeRequestContext,
    private readonly resolver: () => FakeSheet | null,
  ) {
    this.customProperties = new FakeCustomPropertyCollection(ctx, () => this.target());
    this.freezePanes = {
      freezeRows: (n: number) => this.op(false, (s) => void (s.frozenRows = n)),
      unfreeze: () => this.op(false, (s) => void (s.frozenRows = 0)),
    };
  }
  /** The sheet, resolved when the first queued operation on it runs. */
  resolve(): FakeSheet | null {
    if (this.resolved === undefined) {
      this.resolved = this.resolver();
      this.isNull.set(this.resolved === null);
    }
    return this.resolved;
  }
  target(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeRichApiError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }
  fill(props: string[]): void {
    const s = this.resolve();
    if (!s) return;
    for (const p of props) this.loaded(p).set((s as unknown as Record<string, unknown>)[p]);
  }
  private loaded(p: string): Loaded<unknown> {
    let l = this.props.get(p);
    if (!l) this.props.set(p, (l = new Loaded()));
    return l;
  }
  private op(range: boolean, fn: (s: FakeSheet) => void, bytes = 100): void {
    this.ctx.enqueue({ range, requestBytes: bytes, run: () => (fn(this.target()), 0) });
  }
  get isNullObject(): boolean {
    return this.isNull.get("isNullObject");
  }
  get name(): string {
    return this.loaded("name").get("name") as string;
  }
  get id(): string {
    return this.loaded("id").get("id") as string;
  }
  get visibility(): string {
    return this.loaded("visibility").get("visibility") as string;
  }
  load(props?: unknown): this {
    const wanted = loadList(props);
    this.ctx.enqueue({
      range: false,
      requestBytes: 100,
      run: () => {
        this.fill(wanted.length ? wanted : ["name", "id", "visibility"]);
        return 60;
      },
    });
    return this;
  }
  activate(): void {
    this.op(false, (s) => void (this.ctx.data.activeSheetId = s.id));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this, () =>
      address ? parseAddress(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS },
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, () => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS)
        throw new FakeRichApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return { row, col, rows, cols };
    });
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this,
      address.split(",").map((a) => parseAddress(a)),
      address.length,
    );
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this, () => this.target().usedBox() ?? { row: 0, col: 0, rows: 1, cols: 1 }, valuesOnly);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this, () => this.target().usedBox(), valuesOnly);
  }
}

class FakeCustomPropertyCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(k: string, value: string): void {
    this.ctx.enqueue({
      range: false,
      requestBytes: 100 + k.length + value.length,
      run: () => {
        const s = this.sheet();
        s.customProperties.set(k.toLowerCase(), { key: k, value });
        return 0;
      },
    });
  }
  getItemOrNullObject(k: string): {
    load(p?: unknown): unknown;
    readonly isNullObject: boolean;
    readonly value: string;
  } {
    const isNull = new Loaded<boolean>();
    const value = new Loaded<string>();
    const item = {
      load: (_p?: unknown) => {
        this.ctx.enqueue({
          range: false,
          requestBytes: 100,
          run: () => {
            const found = this.sheet().customProperties.get(k.toLowerCase());
            isNull.set(!found);
            if (found) value.set(found.value);
            return 40 + (found?.value.length ?? 0);
          },
        });
        return item;
      },
      get isNullObject() {
        return isNull.get("isNullObject");
      },
      get value() {
        return value.get("value");
      },
    };
    return item;
  }
}

/** Range format: fill, font, column width. Shared by ranges and multi-area ranges. */
function formatProxy(apply: (patch: CellLookData | { columnWidth: number }) => void) {
  const fill = {
    set color(c: string) {
      apply({ fill: c });
    },
  };
  const font = {
    set color(c: string) {
      apply({ fontColor: c });
    },
    set bold(b: boolean) {
      apply({ bold: b });
    },
    set italic(b: boolean) {
      apply({ italic: b });
    },
    set size(n: number) {
      apply({ size: n });
    },
  };
  return {
    fill,
    font,
    set columnWidth(w: number) {
      apply({ columnWidth: w });
    },
  };
}

export class FakeRange {
  private box: Box | null | undefined;
  private valuesLoaded = new Loaded<Cell[][]>();
  private formatsLoaded = new Loaded<string[][]>();
  private shape = new Loaded<Box>();
  private isNull = new Loaded<boolean>();
  readonly format: ReturnType<typeof formatProxy>;
  constructor(
    private readonly sheet: FakeWorksheetProxy,
    private readonly boxOf: () => Box | null,
    readonly valuesOnly?: boolean,
  ) {
    this.format = formatProxy((patch) =>
      this.enqueue(100, (s, b) => {
        if ("columnWidth" in patch)
          for (let c = b.col; c < b.col + b.cols; c++) s.columnWidths.set(c, patch.columnWidth);
        else s.setLook(b, patch);
      }),
    );
  }
  private resolveBox(): Box | null {
    if (this.box === undefined) {
      this.box = this.boxOf();
      this.isNull.set(this.box === null);
      if (this.box) this.shape.set(this.box);
    }
    return this.box;
  }
  private enqueue(bytes: number, fn: (s: FakeSheet, b: Box) => number | void): void {
    this.sheet.ctx.enqueue({
      range: true,
      requestBytes: bytes,
      run: () => {
        const s = this.sheet.target();
        const b = this.resolveBox();
        if (!b) throw new FakeRichApiError("ItemNotFound", "The requested resource doesn't exist.");
        return fn(s, b) || 0;
      },
    });
  }
  get isNullObject(): boolean {
    return this.isNull.get("isNullObject");
  }
  get values(): Cell[][] {
    return this.valuesLoaded.get("values");
  }
  set values(v: Cell[][]) {
    this.write("values", v);
  }
  set numberFormat(v: string[][]) {
    this.write("numberFormat", v);
  }
  /** Range.formulas: counted per sheet (input text must never be written this way). */
  set formulas(v: string[][]) {
    this.enqueue(100 + jsonBytes(v), (s, b) => {
      s.formulaWrites++;
      for (let i = 0; i < b.rows; i++)
        for (let j = 0; j < b.cols; j++) s.formulas.set(key(b.row + i, b.col + j), String(v[i][j]));
    });
  }

  get numberFormat(): string[][] {
    return this.formatsLoaded.get("numberFormat");
  }
  get rowIndex(): number {
    return this.shape.get("rowIndex").row;
  }
  get columnIndex(): number {
    return this.shape.get("columnIndex").col;
  }
  get rowCount(): number {
    return this.shape.get("rowCount").rows;
  }
  get columnCount(): number {
    return this.shape.get("columnCount").cols;
  }
  private write(what: "values" | "numberFormat", v: unknown[][]): void {
    this.enqueue(100 + jsonBytes(v), (s, b) => {
      if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
        throw new FakeRichApiError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      for (let i = 0; i < b.rows; i++)
        for (let j = 0; j < b.cols; j++) {
          const x = v[i][j];
          if (what === "values") s.writeValue(b.row + i, b.col + j, x);
          else if (x !== null && x !== undefined) {
            s.writes++;
            s.numberFormats.set(key(b.row + i, b.col + j), String(x));
          }
        }
    });
  }
  load(props?: unknown): this {
    const wanted = loadList(props);
    this.sheet.ctx.enqueue({
      range: true,
      requestBytes: 100,
      run: () => {
        const b = this.resolveBox();
        if (!b) return 20; // a null object loads nothing
        if (!wanted.length || wanted.includes("values")) {
          const cells = b.rows * b.cols;
          if (cells > LIMITS.cellsPerRead)
            throw new FakeRichApiError(
              "ResponsePayloadSizeLimitExceeded",
              `Reading ${cells} cells exceeds the ${LIMITS.cellsPerRead}-cell limit.`,
            );
          const values = this.sheet.target().readBox(b);
          this.valuesLoaded.set(values);
          if (currentRecord) currentRecord.cellsRead += cells;
          let bytes = jsonBytes(values);
          if (wanted.includes("numberFormat")) {
            const formats = this.sheet.target().readFormats(b);
            this.formatsLoaded.set(formats);
            bytes += jsonBytes(formats);
          }
          return bytes;
        }
        if (wanted.includes("numberFormat")) {
          const formats = this.sheet.target().readFormats(b);
          this.formatsLoaded.set(formats);
          return jsonBytes(formats);
        }
        return 80;
      },
    });
    return this;
  }
  clear(): void {
    this.enqueue(100, (s, b) => s.clearBox(b));
  }
  /**
   * Range.getMergedAreasOrNullObject() (ExcelApi 1.13): the merged areas that intersect this
   * range, as a RangeAreas; a null object when there are none.
   * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
   */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    const found = new FakeMergedAreas();
    this.sheet.ctx.enqueue({
      range: true,
      requestBytes: 100,
      run: () => {
        const b = this.resolveBox();
        const s = this.sheet.target();
        const hits = !b
          ? []
          : s.merged.filter(
              (m) =>
                m.row < b.row + b.rows && b.row < m.row + m.rows && m.col < b.col + b.cols && b.col < m.col + m.cols,
            );
        found.resolve(hits);
        return 40 + 60 * hits.length;
      },
    });
    return found;
  }
}

/** The RangeAreas of merged cells: `areas.items` with each area's position, after load and sync. */
export class FakeMergedAreas {
  private boxes = new Loaded<Box[]>();
  private loadedAreas = false;
  resolve(boxes: Box[]): void {
    this.boxes.set(boxes);
  }
  load(_props?: unknown): this {
    this.loadedAreas = true;
    return this;
  }
  get isNullObject(): boolean {
    return this.boxes.get("isNullObject").length === 0;
  }
  get areas(): { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] } {
    if (!this.loadedAreas) throw NOT_LOADED("areas");
    return {
      items: this.boxes
        .get("areas")
        .map((b) => ({ rowIndex: b.row, columnIndex: b.col, rowCount: b.rows, columnCount: b.cols })),
    };
  }
}

export class FakeRangeAreas {
  readonly format: ReturnType<typeof formatProxy>;
  constructor(
    private readonly sheet: FakeWorksheetProxy,
    private readonly boxes: Box[],
    addressBytes: number,
  ) {
    if (addressBytes > 8192)
      throw new FakeRichApiError("InvalidArgument", "The address of a multi-area range is too long.");
    this.format = formatProxy((patch) =>
      this.sheet.ctx.enqueue({
        range: true,
        requestBytes: 100 + addressBytes,
        run: () => {
          const s = this.sheet.target();
          for (const b of this.boxes) if (!("columnWidth" in patch)) s.setLook(b, patch);
          return 0;
        },
      }),
    );
  }
}

/** The `Excel` namespace bits our code uses at run time. */
export function fakeExcelNamespace(book: FakeWorkbook) {
  const runs: { delayForCellEdit: boolean }[] = [];
  return {
    // `new Excel.RequestContext()` takes no run options: it never waits for cell edit.
    RequestContext: class {
      constructor() {
        return new FakeRequestContext(book);
      }
    },
    /** Excel.run(batch) and Excel.run(options, batch) (learn.microsoft.com, "Excel.run function"). */
    async run<T>(
      a: { delayForCellEdit?: boolean } | ((ctx: FakeRequestContext) => Promise<T>),
      b?: (ctx: FakeRequestContext) => Promise<T>,
    ): Promise<T> {
      const batch = typeof a === "function" ? a : (b as (ctx: FakeRequestContext) => Promise<T>);
      const options = typeof a === "function" ? {} : a;
      runs.push({ delayForCellEdit: options.delayForCellEdit === true });
      return batch(new FakeRequestContext(book, options.delayForCellEdit === true));
    },
    /** Every Excel.run so far, with its options. */
    runs,
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      itemAlreadyExists: "ItemAlreadyExists",
      invalidArgument: "InvalidArgument",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    },
  };
}
