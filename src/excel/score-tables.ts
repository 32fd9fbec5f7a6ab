/// <reference types="office-js" />
// The workbook's own certification, revenue and usage tables for the capability score (docs/rules.md §7.5):
// the same scan as the Cloud CRM path (three syncs), each sheet's header rows matched against the
// core's three field lists, then the chosen sheets read in blocks. Our results sheet is never an
// input; hidden sheets are skipped, as for Cloud CRM (issue 11). Each table is optional.
import type { PlainCell, ScoreTable, ScoreTables, TableInput, DateSystem } from "../core";
import { CERTIFICATION_FIELDS, detectHeader, SCORE_REVENUE_FIELDS, USAGE_FIELDS } from "../core";
import { blocksOf, readBlocks, scanWorkbook, type SheetScan } from "./read-workbook";
import type { SettingsStore } from "./settings";

export interface ScoreWorkbookTables {
  tables: ScoreTables;
  /** Sheet names read for each table (several sheets of one table combine). */
  sheets: Record<ScoreTable, string[]>;
  inputSheetIds: ReadonlySet<string>;
  /** The workbook's date system (the results sheet writes its dates in it). */
  dateSystem: DateSystem;
}

/**
 * Which table a sheet's header rows name: revenue first (it needs an amount column, which a usage
 * download never has), then usage (units), then certifications; null when none.
 */
export function scoreTableOf(head: SheetScan["head"]): ScoreTable | null {
  if (detectHeader(head, SCORE_REVENUE_FIELDS)) return "revenue";
  if (detectHeader(head, USAGE_FIELDS)) return "usage";
  if (detectHeader(head, CERTIFICATION_FIELDS)) return "certifications";
  return null;
}

export async function readScoreTables(ctx: Excel.RequestContext, store?: SettingsStore): Promise<ScoreWorkbookTables> {
  const scan = await scanWorkbook(ctx, store);
  const chosen: { sheet: SheetScan; table: ScoreTable }[] = [];
  for (const sheet of scan.sheets) {
    if (sheet.owned || !sheet.used || sheet.visibility !== "visible") continue;
    const table = scoreTableOf(sheet.head);
    if (table) chosen.push({ sheet, table });
  }
  const values = new Map<string, PlainCell[][]>(chosen.map((c) => [c.sheet.id, []]));
  const blocks = chosen.flatMap((c) => blocksOf(c.sheet.id, c.sheet.used as NonNullable<SheetScan["used"]>));
  await readBlocks(ctx, blocks, scan.estimate, (b, rows) => {
    (values.get(b.sheetId) as PlainCell[][]).push(...rows);
  });
  const lists: Record<ScoreTable, TableInput[]> = { certifications: [], revenue: [], usage: [] };
  const sheets: Record<ScoreTable, string[]> = { certifications: [], revenue: [], usage: [] };
  for (const { sheet, table } of chosen) {
    const used = sheet.used as NonNullable<SheetScan["used"]>;
    lists[table].push({
      values: values.get(sheet.id) as PlainCell[][],
      sheet: sheet.name,
      originRow: used.row + 1,
      originColumn: used.col + 1,
      dateSystem: scan.dateSystem,
      ...(sheet.merged.length ? { mergedAreas: sheet.merged } : {}),
    });
    sheets[table].push(sheet.name);
  }
  const tables: ScoreTables = {};
  for (const t of ["certifications", "revenue", "usage"] as const) if (lists[t].length) tables[t] = lists[t];
  return { tables, sheets, inputSheetIds: new Set(chosen.map((c) => c.sheet.id)), dateSystem: scan.dateSystem };
}
