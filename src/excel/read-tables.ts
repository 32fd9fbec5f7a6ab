/// <reference types="office-js" />
// From the scan to the two input tables: which sheets hold them (found by header row, or as the
// user chose), then their used ranges read in blocks. Our own results sheets are never inputs.
import type { LocateProblem, RevenueField, SheetsReport, StaffField, TableInput } from "../core";
import { detectHeader, isResultsSheetName, locateTables, mergedAreasIn, REVENUE_FIELDS, sliceColumns } from "../core";
import { blocksOf, readBlocks, type Block, type SheetScan, type WorkbookScan } from "./read-workbook";
import type { AddinSettings } from "./settings";
import type { PlainCell } from "../core";

export type { LocateProblem } from "../core";

/** One table the core chose: a sheet, or the columns of it that hold the table (side by side). */
export interface LocatedTable {
  sheet: SheetScan;
  /** 0-based within the used range; null = the whole used range. */
  region: { col: number; cols: number } | null;
}

export type Located =
  | { ok: true; staff: LocatedTable[]; revenue: LocatedTable[]; sheets: SheetsReport }
  | { ok: false; problem: LocateProblem; sheet?: string; passedOver?: SheetsReport["passedOver"] };

export function isOurs(s: SheetScan): boolean {
  return s.owned || isResultsSheetName(s.name);
}

/** The core's `exclude`: a name that is one of our results sheets is never an input. */
export const oursByName =
  (scan: WorkbookScan) =>
  (name: string): boolean =>
    scan.sheets.some((s) => s.name === name && isOurs(s));

/** The sheets a user may pick as inputs (ours excluded), in workbook order. */
export function inputSheetNames(sheets: readonly SheetScan[]): string[] {
  return sheets.filter((s) => !isOurs(s)).map((s) => s.name);
}

/** The core decides from what the user sees: names, visibility, the first rows and merged areas. */
export function locateSheets(scan: WorkbookScan, choice: AddinSettings): Located {
  const found = locateTables(
    scan.sheets.map((s) => ({
      name: s.name,
      values: s.head,
      originRow: (s.used?.row ?? 0) + 1,
      originColumn: (s.used?.col ?? 0) + 1,
      visibility: s.visibility,
      ...(s.merged.length ? { mergedAreas: s.merged } : {}),
    })),
    {
      staffSheet: choice.staffSheets,
      revenueSheet: choice.revenueSheets,
      exclude: oursByName(scan),
    },
  );
  if (!found.ok) return found;
  const located = (t: TableInput): LocatedTable => {
    const sheet = scan.sheets.find((s) => s.name === t.sheet) as SheetScan;
    const col = (t.originColumn ?? 1) - 1 - (sheet.used?.col ?? 0);
    const cols = t.values.reduce((w, r) => Math.max(w, r.length), 0);
    return { sheet, region: col === 0 && cols === (sheet.used?.cols ?? 0) ? null : { col, cols } };
  };
  return { ok: true, staff: found.staff.map(located), revenue: found.revenue.map(located), sheets: found.sheets };
}

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The user's column letters → indexes within the used range (stale letters are dropped). */
export function columnOverrides<F extends string>(
  sheet: SheetScan,
  letters: Partial<Record<F, string>> | undefined,
): Record<string, number> | undefined {
  if (!letters || !sheet.used) return undefined;
  const used = sheet.used;
  const out: Record<string, number> = {};
  for (const [field, letter] of Object.entries(letters) as [F, string][]) {
    const i = columnOf(letter) - used.col;
    if (i >= 0 && i < used.cols) out[field] = i;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The user's column choices; the core finds the header row they belong to. */
export function tableLayout<F extends string>(
  sheet: SheetScan,
  letters: Partial<Record<F, string>> | undefined,
): { columns?: Record<string, number> } {
  const columns = columnOverrides(sheet, letters);
  return columns ? { columns } : {};
}

export interface TablesRead {
  staff: TableInput[];
  revenue: TableInput[];
  /** Every sheet read (once, however many tables it holds). */
  sheetsRead: SheetScan[];
  rowsRead: number;
}

export type ReadProgress = (rowsRead: number, rowsTotal: number) => void;

/** One sync per block batch; a small workbook's tables come back in one. */
const formatKey = (sheetId: string, col: number) => `${sheetId}\u0000${col}`;

export async function readTables(
  ctx: Excel.RequestContext,
  scan: WorkbookScan,
  located: { staff: LocatedTable[]; revenue: LocatedTable[] },
  choice: AddinSettings,
  onProgress?: ReadProgress,
): Promise<TablesRead> {
  const sheets: SheetScan[] = [];
  for (const t of [...located.staff, ...located.revenue]) if (!sheets.includes(t.sheet)) sheets.push(t.sheet);
  const tables = new Map<string, PlainCell[][]>();
  // Each revenue table's amount and date columns (as the core will choose them, from the header
  // rows already scanned): their number formats come with the values, in the same syncs.
  const formatCols = new Map<string, number[]>(); // sheet id → absolute column indexes
  const formats = new Map<string, string[]>(); // formatKey(sheet, column) → format per used-range row
  for (const t of located.revenue) {
    const used = t.sheet.used;
    if (!used) continue;
    const head = t.region ? (sliceColumns(t.sheet.head, t.region) as PlainCell[][]) : t.sheet.head;
    const header = detectHeader(head, REVENUE_FIELDS, t.region ? {} : tableLayout(t.sheet, choice.revenueColumns));
    const cols = formatCols.get(t.sheet.id) ?? [];
    for (const c of [header?.mapping.columns.amount, header?.mapping.columns.date]) {
      if (c === undefined) continue;
      const abs = used.col + (t.region?.col ?? 0) + c;
      if (cols.includes(abs)) continue;
      cols.push(abs);
      formats.set(formatKey(t.sheet.id, abs), new Array<string>(used.rows));
    }
    if (cols.length) formatCols.set(t.sheet.id, cols);
  }
  const blocks: Block[] = [];
  for (const s of sheets) {
    tables.set(s.id, s.used ? new Array<PlainCell[]>(s.used.rows) : []);
    if (s.used) blocks.push(...blocksOf(s.id, s.used));
  }
  const total = blocks.reduce((n, b) => n + b.rows, 0);
  let done = 0;
  onProgress?.(0, total);
  await readBlocks(
    ctx,
    blocks,
    scan.estimate,
    (b, values, blockFormats) => {
      const s = sheets.find((x) => x.id === b.sheetId) as SheetScan;
      const table = tables.get(s.id) as PlainCell[][];
      const offset = b.row - (s.used as NonNullable<SheetScan["used"]>).row;
      for (let i = 0; i < values.length; i++) table[offset + i] = values[i];
      for (const [c, column] of blockFormats) {
        const all = formats.get(formatKey(s.id, c)) as string[];
        for (let i = 0; i < column.length; i++) all[offset + i] = column[i];
      }
      done += values.length;
      onProgress?.(done, total);
    },
    (b) => formatCols.get(b.sheetId) ?? [],
  );
  const input = <F extends string>(t: LocatedTable, letters: Partial<Record<F, string>> | undefined): TableInput => {
    const s = t.sheet;
    const all = tables.get(s.id) as PlainCell[][];
    const region = t.region;
    const merged = region ? (mergedAreasIn(s.merged, region) ?? []) : s.merged;
    const firstCol = (s.used?.col ?? 0) + (region?.col ?? 0);
    const withFormats = formatCols.has(s.id);
    return {
      values: region ? sliceColumns(all, region) : all,
      sheet: s.name,
      originRow: (s.used?.row ?? 0) + 1,
      originColumn: firstCol + 1,
      dateSystem: scan.dateSystem,
      ...(merged.length ? { mergedAreas: merged } : {}),
      ...(region ? {} : tableLayout(s, letters)),
      ...(withFormats
        ? { numberFormats: (row: number, col: number) => formats.get(formatKey(s.id, firstCol + col))?.[row] }
        : {}),
    };
  };
  return {
    staff: located.staff.map((t) => input<StaffField>(t, choice.staffColumns)),
    revenue: located.revenue.map((t) => input<RevenueField>(t, choice.revenueColumns)),
    sheetsRead: sheets,
    rowsRead: done,
  };
}
