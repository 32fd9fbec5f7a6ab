/// <reference types="office-js" />
// The workbook's own certification, revenue and usage tables for the capability score (docs/rules.md
// §7.9): the same scan as the Cloud CRM path (three syncs), the core's chooser on each sheet's scanned
// header rows and visibility — the CLI's rule: a named sheet wins, visible sheets of a kind combine,
// hidden ones only for a kind no visible sheet holds, our results sheet never — then only the chosen
// sheets read in blocks. Each table is optional.
import type {
  DateSystem,
  PlainCell,
  ScoreLocateFailure,
  ScoreSheetsChosen,
  ScoreSheetsReport,
  ScoreTables,
  TableInput,
} from "../core";
import { chooseScoreSheets, SCORE_TABLES, scoreLocateProblem } from "../core";
import { oursByName } from "./read-tables";
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
export function chooseScannedSheets(scan: WorkbookScan, settings: AddinSettings): ScoreSheetsChosen<SheetScan> {
  return chooseScoreSheets(scan.sheets, (s) => s.head, { named: settings.scoreSheets, exclude: oursByName(scan) });
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
  const blocks = sheets.flatMap((s) => (s.used ? blocksOf(s.id, s.used) : []));
  await readBlocks(ctx, blocks, scan.estimate, (b, rows) => {
    (values.get(b.sheetId) as PlainCell[][]).push(...rows);
  });
  const input = (s: SheetScan): TableInput => ({
    values: values.get(s.id) as PlainCell[][],
    sheet: s.name,
    originRow: (s.used?.row ?? 0) + 1,
    originColumn: (s.used?.col ?? 0) + 1,
    dateSystem: scan.dateSystem,
    ...(s.merged.length ? { mergedAreas: s.merged } : {}),
  });
  const tables: ScoreTables = {};
  for (const t of SCORE_TABLES) if (chosen.tables[t].length) tables[t] = chosen.tables[t].map(input);
  return {
    ok: true,
    tables,
    sheets: chosen.sheets,
    inputSheetIds: new Set(sheets.map((s) => s.id)),
    dateSystem: scan.dateSystem,
  };
}
