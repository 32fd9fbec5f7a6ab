/// <reference types="office-js" />
// From the scan to the two input tables: which sheets hold them (found by header row, or as the
// user chose), then their used ranges read in blocks. Our own results sheets are never inputs.
import type { LocateProblem, RevenueField, StaffField, TableInput } from "../core";
import { detectHeader, isResultsSheetName, locateTables, REVENUE_FIELDS } from "../core";
import { blocksOf, readBlocks, type Block, type SheetScan, type WorkbookScan } from "./read-workbook";
import type { AddinSettings } from "./settings";
import type { PlainCell } from "../core";

export type Located = { ok: true; staff: SheetScan; revenue: SheetScan } | { ok: false; problem: LocateProblem; sheet?: string };

export function isOurs(s: SheetScan): boolean {
  return s.owned || isResultsSheetName(s.name);
}

export function locateSheets(scan: WorkbookScan, choice: AddinSettings): Located {
  const found = locateTables(
    scan.sheets.map((s) => ({ name: s.name, values: s.head })),
    { staffSheet: choice.staffSheet, revenueSheet: choice.revenueSheet, exclude: (name) => scan.sheets.some((s) => s.name === name && isOurs(s)) },
  );
  if (!found.ok) return found;
  const byName = (name: string | undefined) => scan.sheets.find((s) => s.name === name) as SheetScan;
  return { ok: true, staff: byName(found.staff.sheet), revenue: byName(found.revenue.sheet) };
}

function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The user's column letters → indexes within the used range (stale letters are dropped). */
export function columnOverrides<F extends string>(sheet: SheetScan, letters: Partial<Record<F, string>> | undefined): Record<string, number> | undefined {
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
export function tableLayout<F extends string>(sheet: SheetScan, letters: Partial<Record<F, string>> | undefined): { columns?: Record<string, number> } {
  const columns = columnOverrides(sheet, letters);
  return columns ? { columns } : {};
}

export interface TablesRead {
  staff: TableInput;
  revenue: TableInput;
  staffSheet: SheetScan;
  revenueSheet: SheetScan;
  rowsRead: number;
}

export type ReadProgress = (rowsRead: number, rowsTotal: number) => void;

/** One sync per block batch; a small workbook's two tables come back in one. */
export async function readTables(
  ctx: Excel.RequestContext,
  scan: WorkbookScan,
  located: { staff: SheetScan; revenue: SheetScan },
  choice: AddinSettings,
  onProgress?: ReadProgress,
): Promise<TablesRead> {
  const sheets = located.staff.id === located.revenue.id ? [located.staff] : [located.staff, located.revenue];
  const tables = new Map<string, PlainCell[][]>();
  // The revenue table's amount and date columns (as the core will choose them, from the header
  // rows already scanned): their number formats come with the values, in the same syncs (issue 10).
  const revenueUsed = located.revenue.used;
  const revenueHeader = detectHeader(located.revenue.head, REVENUE_FIELDS, tableLayout(located.revenue, choice.revenueColumns));
  const formatCols = [revenueHeader?.mapping.columns.amount, revenueHeader?.mapping.columns.date]
    .filter((c): c is number => c !== undefined)
    .map((c) => c + (revenueUsed?.col ?? 0));
  const formats = new Map<number, string[]>(formatCols.map((c) => [c, new Array<string>(revenueUsed?.rows ?? 0)]));
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
        const all = formats.get(c) as string[];
        for (let i = 0; i < column.length; i++) all[offset + i] = column[i];
      }
      done += values.length;
      onProgress?.(done, total);
    },
    (b) => (b.sheetId === located.revenue.id ? formatCols : []),
  );
  const input = <F extends string>(s: SheetScan, letters: Partial<Record<F, string>> | undefined): TableInput => ({
    values: tables.get(s.id) as PlainCell[][],
    sheet: s.name,
    originRow: (s.used?.row ?? 0) + 1,
    originColumn: (s.used?.col ?? 0) + 1,
    dateSystem: scan.dateSystem,
    ...tableLayout(s, letters),
  });
  return {
    staff: input<StaffField>(located.staff, choice.staffColumns),
    revenue: {
      ...input<RevenueField>(located.revenue, choice.revenueColumns),
      ...(formatCols.length ? { numberFormats: (row: number, col: number) => formats.get(col + (revenueUsed?.col ?? 0))?.[row] } : {}),
    },
    staffSheet: located.staff,
    revenueSheet: located.revenue,
    rowsRead: done,
  };
}
