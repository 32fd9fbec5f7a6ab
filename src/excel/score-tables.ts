/// <reference types="office-js" />
// The workbook's own certification, revenue and usage tables for the capability score (docs/rules.md
// §7.9): the same scan as the Cloud CRM path (three syncs), the core's chooser on each sheet's scanned
// header rows and visibility — the CLI's rule: a named sheet wins, visible sheets of a kind combine,
// hidden ones only for a kind no visible sheet holds, our results sheet never — then only the chosen
// sheets read in blocks. Each table is optional. The user's column letters per table (scoreColumns,
// chosen in the pane) reach the core as the table's `columns`, as Cloud CRM's do (read-tables.ts).
import type {
  DateSystem,
  PlainCell,
  ScoreLocateFailure,
  ScoreSheetsChosen,
  ScoreSheetsReport,
  ScoreTable,
  ScoreTables,
  TableInput,
} from "../core";
import { chooseScoreSheets, SCORE_FIELD_SPECS, SCORE_TABLES, scoreLocateProblem } from "../core";
import { detectTable, type DetectedTable } from "./detect-tables";
import { oursByName, tableLayout } from "./read-tables";
import { blocksOf, readBlocks, scanWorkbook, type SheetScan, type WorkbookScan } from "./read-workbook";
import type { AddinSettings, SettingsStore } from "./settings";

export type ScoreWorkbookTables =
  | {
      ok: true;
      tables: ScoreTables;
      /** The sheets read for each table (several combine), and the hidden ones passed over. */
      sheets: ScoreSheetsReport;
      inputSheetIds: ReadonlySet<string>;
      /** The workbook's date system (the results sheet writes its dates in it). */
      dateSystem: DateSystem;
    }
  | ScoreLocateFailure;

/** The core's choice on the scan (no Excel call): what the pane shows and what a report reads. */
function chooseScannedSheets(scan: WorkbookScan, settings: AddinSettings): ScoreSheetsChosen<SheetScan> {
  return chooseScoreSheets(scan.sheets, (s) => s.head, { named: settings.scoreSheets, exclude: oursByName(scan) });
}

export interface ScoreDetection {
  chosen: ScoreSheetsChosen<SheetScan>;
  /** Each table's first sheet and its columns as a report will read them (the user's letters included). */
  tables: Record<ScoreTable, DetectedTable<string> | null>;
}

/** What the pane shows before a report: the sheets chosen and the columns of each table (no Excel call). */
export function describeScoreScan(scan: WorkbookScan, settings: AddinSettings): ScoreDetection {
  const chosen = chooseScannedSheets(scan, settings);
  const detected = (table: ScoreTable) => {
    const first = chosen.tables[table][0];
    return first ? detectTable(first, SCORE_FIELD_SPECS[table], settings.scoreColumns?.[table]) : null;
  };
  return {
    chosen,
    tables: { certifications: detected("certifications"), revenue: detected("revenue"), usage: detected("usage") },
  };
}

export async function readScoreTables(
  ctx: Excel.RequestContext,
  settings: AddinSettings,
  store?: SettingsStore,
): Promise<ScoreWorkbookTables> {
  const scan = await scanWorkbook(ctx, store);
  const chosen = chooseScannedSheets(scan, settings);
  const problem = scoreLocateProblem(chosen);
  if (problem) return problem;
  // A sheet named for two tables is read once.
  const sheets = [...new Set(SCORE_TABLES.flatMap((t) => chosen.tables[t]))];
  const values = new Map<string, PlainCell[][]>(sheets.map((s) => [s.id, []]));
  // A revenue sheet's amount column (as the core will choose it from the scanned header rows and the
  // user's letters): its number formats come with the values, in the same syncs, so a euro format is
  // never read as dollars.
  const amountColumn = new Map<string, number>(); // sheet id → absolute column
  const amountFormats = new Map<string, string[]>(); // sheet id → format per used-range row
  for (const s of chosen.tables.revenue) {
    const c = s.used
      ? detectTable(s, SCORE_FIELD_SPECS.revenue, settings.scoreColumns?.revenue).mapping?.columns.amount
      : undefined;
    if (c === undefined || !s.used) continue;
    amountColumn.set(s.id, s.used.col + c);
    amountFormats.set(s.id, new Array<string>(s.used.rows));
  }
  const blocks = sheets.flatMap((s) => (s.used ? blocksOf(s.id, s.used) : []));
  await readBlocks(
    ctx,
    blocks,
    scan.estimate,
    (b, rows, formats) => {
      (values.get(b.sheetId) as PlainCell[][]).push(...rows);
      const column = formats.get(amountColumn.get(b.sheetId) ?? -1);
      const all = amountFormats.get(b.sheetId);
      const top = sheets.find((s) => s.id === b.sheetId)?.used?.row ?? 0;
      if (column && all) for (let i = 0; i < column.length; i++) all[b.row - top + i] = column[i];
    },
    (b) => (amountColumn.has(b.sheetId) ? [amountColumn.get(b.sheetId) as number] : []),
  );
  const input = (s: SheetScan, table: ScoreTable): TableInput => {
    const formats = table === "revenue" ? amountFormats.get(s.id) : undefined;
    const amountCol = (amountColumn.get(s.id) ?? 0) - (s.used?.col ?? 0);
    return {
      values: values.get(s.id) as PlainCell[][],
      sheet: s.name,
      originRow: (s.used?.row ?? 0) + 1,
      originColumn: (s.used?.col ?? 0) + 1,
      dateSystem: scan.dateSystem,
      ...(s.merged.length ? { mergedAreas: s.merged } : {}),
      // The user's column letters for this table, as for Cloud CRM's tables.
      ...tableLayout<string>(s, settings.scoreColumns?.[table]),
      ...(formats
        ? { numberFormats: (row: number, col: number) => (col === amountCol ? formats[row] : undefined) }
        : {}),
    };
  };
  const tables: ScoreTables = {};
  for (const t of SCORE_TABLES) if (chosen.tables[t].length) tables[t] = chosen.tables[t].map((s) => input(s, t));
  return {
    ok: true,
    tables,
    sheets: chosen.sheets,
    inputSheetIds: new Set(sheets.map((s) => s.id)),
    dateSystem: scan.dateSystem,
  };
}
