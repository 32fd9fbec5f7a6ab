// Which sheets of a workbook hold the certification, revenue and usage tables: found by their
// header rows (docs/rules.md §4, §7.9); several sheets of one kind combine; a named sheet always wins.
// Hidden sheets (often stale copies) are read only for a kind no visible sheet holds, as for Cloud CRM.
// One rule for every surface: the chooser works on each sheet's first rows and visibility, so the
// CLI passes whole sheets and the add-in its scanned header rows (then reads only the chosen sheets).
import type { Lang, RawTable, TableInput } from "../types";
import { detectHeader } from "../header-detection";
import { IssueLog, issueText } from "../messages";
import { logHiddenUsed } from "../sheet-report";
import { cleanText } from "../text";
import type { SheetValues } from "../workbook";
import { CERTIFICATION_FIELDS, SCORE_REVENUE_FIELDS, USAGE_FIELDS } from "./fields";
import { SCORE_WORDS, scoreText, type ScoreMessageCode } from "./messages";
import { SCORE_TABLES, type ScoreSheetsReport, type ScoreTable } from "./types";

export interface ScoreTableChoice {
  /** The sheet the user named for each table; absent = found by header row. */
  named?: Partial<Record<ScoreTable, string>>;
  /** Sheets never taken as input (our own results sheets). */
  exclude?: (name: string) => boolean;
}

/** Why no score can be made from a workbook's sheets. */
export type ScoreLocateFailure =
  { ok: false; problem: "sheet-missing"; table: ScoreTable; sheet: string } | { ok: false; problem: "no-tables" };

export type ScoreLocateResult =
  { ok: true; tables: Record<ScoreTable, TableInput[]>; sheets: ScoreSheetsReport } | ScoreLocateFailure;

/** What the chooser needs of a sheet besides its first rows. */
export interface ScoreSheet {
  name: string;
  visibility?: SheetValues["visibility"];
}

export interface ScoreSheetsChosen<S> {
  /** Each table's sheets: the named one, or those found by header row, in workbook order. */
  tables: Record<ScoreTable, S[]>;
  sheets: ScoreSheetsReport;
  /** Sheets named for a table that the workbook does not have. */
  missing: { table: ScoreTable; sheet: string }[];
}

/** The kind of table a sheet's header row names, or null. Usage (units) before revenue (amount). */
export function scoreTableKind(values: RawTable): ScoreTable | null {
  if (detectHeader(values, USAGE_FIELDS)) return "usage";
  if (detectHeader(values, SCORE_REVENUE_FIELDS)) return "revenue";
  if (detectHeader(values, CERTIFICATION_FIELDS)) return "certifications";
  return null;
}

const sameName = (a: string, b: string) => cleanText(a).toLowerCase() === cleanText(b).toLowerCase();
const isHidden = (s: ScoreSheet) => s.visibility === "hidden" || s.visibility === "veryHidden";
const perTable = <T>(): Record<ScoreTable, T[]> => ({ certifications: [], revenue: [], usage: [] });

/**
 * The sheets of each table. `head` gives a sheet's first rows (its header row is within the first
 * 50): whole sheets from a file reader, the scanned rows in the add-in.
 */
export function chooseScoreSheets<S extends ScoreSheet>(
  sheets: readonly S[],
  head: (sheet: S) => RawTable,
  choice: ScoreTableChoice = {},
): ScoreSheetsChosen<S> {
  const named = choice.named ?? {};
  const chosen: ScoreSheetsChosen<S> = { tables: perTable(), sheets: { used: [], passedOver: [] }, missing: [] };
  const taken = new Set<S>();
  for (const table of SCORE_TABLES) {
    const name = named[table];
    if (name === undefined) continue;
    const s = sheets.find((x) => sameName(x.name, name));
    if (!s) {
      chosen.missing.push({ table, sheet: name });
      continue;
    }
    chosen.tables[table].push(s);
    chosen.sheets.used.push({ table, sheet: s.name, hidden: isHidden(s), named: true });
    taken.add(s);
  }
  const hidden = perTable<S>();
  for (const s of sheets) {
    if (taken.has(s) || choice.exclude?.(s.name)) continue;
    const kind = scoreTableKind(head(s));
    if (!kind || named[kind] !== undefined) continue;
    (isHidden(s) ? hidden : chosen.tables)[kind].push(s);
  }
  for (const table of SCORE_TABLES) {
    if (named[table] !== undefined) continue;
    const found = chosen.tables[table];
    if (found.length)
      for (const s of hidden[table]) chosen.sheets.passedOver.push({ table, sheet: s.name, reason: "hidden" });
    else found.push(...hidden[table]);
    for (const s of found) chosen.sheets.used.push({ table, sheet: s.name, hidden: isHidden(s) });
  }
  return chosen;
}

/** Why the chosen sheets give no score (the first named sheet missing, or no table at all), or null. */
export function scoreLocateProblem(chosen: ScoreSheetsChosen<unknown>): ScoreLocateFailure | null {
  if (chosen.missing.length) return { ok: false, problem: "sheet-missing", ...chosen.missing[0] };
  if (SCORE_TABLES.every((t) => !chosen.tables[t].length)) return { ok: false, problem: "no-tables" };
  return null;
}

const toInput = (s: SheetValues): TableInput => ({
  values: s.values,
  sheet: s.name,
  originRow: s.originRow ?? 1,
  originColumn: s.originColumn ?? 1,
});

/** The tables of whole sheets (the CLI's workbook reader). */
export function locateScoreTables(sheets: readonly SheetValues[], choice: ScoreTableChoice = {}): ScoreLocateResult {
  const chosen = chooseScoreSheets(sheets, (s) => s.values, choice);
  const problem = scoreLocateProblem(chosen);
  if (problem) return problem;
  const tables = perTable<TableInput>();
  for (const t of SCORE_TABLES) tables[t] = chosen.tables[t].map(toInput);
  return { ok: true, tables, sheets: chosen.sheets };
}

/** Issues for the sheets chosen: a hidden sheet read (warning) or passed over (note), as for Cloud CRM. */
export function logScoreSheets(report: ScoreSheetsReport, log: IssueLog<ScoreMessageCode>): void {
  for (const table of SCORE_TABLES)
    logHiddenUsed(
      log,
      report.used.filter((u) => u.table === table),
      SCORE_WORDS[table],
    );
  for (const p of report.passedOver)
    log.add(p.sheet, null, null, "info", "sheet.passedOverHidden", passedOverParams(p));
}

/** A hidden sheet passed over beside a visible one: the note's parameters, and the note in a language. */
const passedOverParams = (p: ScoreSheetsReport["passedOver"][number]) => ({
  sheet: p.sheet,
  table: SCORE_WORDS[p.table],
});
export const scorePassedOverText = (p: ScoreSheetsReport["passedOver"][number], lang: Lang): string =>
  scoreText({ code: "sheet.passedOverHidden", params: passedOverParams(p) }, lang);

/** The same notes as sentences, for a surface that shows them beside the sheet choice (the pane). */
export function scoreSheetNotes(report: ScoreSheetsReport, lang: Lang): string[] {
  const log = new IssueLog<ScoreMessageCode>();
  logScoreSheets(report, log);
  return log.finish().map((i) => issueText(i, lang));
}
