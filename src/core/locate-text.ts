// What went wrong when the input tables could not be found, said once for every surface. Each
// surface adds only its own remedy (a CLI flag, the pane's sheet list).
import type { Lang, LocalText } from "./types";
import { HEADER_SCAN_ROWS } from "./header-detection";
import { localText, tr, WORDS } from "./messages";

const M = localText;

/** Why the staff or revenue table could not be found. */
export type LocateProblem = "staff-sheet-missing" | "revenue-sheet-missing" | "no-staff-table" | "no-revenue-table";

/** The same for the capability score (score/locate.ts): a sheet named for one of its tables is not there, or none of its tables is found. */
export type ScoreSheetMissing = "sheet-missing";
export type ScoreLocateProblem = ScoreSheetMissing | "no-score-tables";

/** Header rows the score's tables are found by, as Partner Center's downloads name them. */
const SCORE_EXPECTED = {
  certs: "Email, TrainingTitle, TrainingCompletionDate",
  revenue: "FiscalMonthName, CustomerTenantID, Workloads, AdjustedRevenueAmtCD",
  usage: "FiscalMonthName, CustomerTenantID, Workload, MAU",
};

export const LOCATE_TEXT = {
  // One sentence for a named sheet that is not there, whichever table it was named for.
  "sheet-missing": M('{book} has no sheet named "{sheet}"{sheets}', "{book}中没有名为“{sheet}”的工作表{sheets}"),
  sheetList: M(" (its sheets: {names})", "（现有工作表：{names}）"),
  "no-staff-table": M(
    "{book} has no staff table: no sheet has a header row with a name and an exam column (e.g. {expected}) in its first {rows} rows",
    "{book}中没有员工表：没有工作表在前 {rows} 行内包含姓名列和考试列的标题行（如 {expected}）",
  ),
  "no-revenue-table": M(
    "{book} has no revenue table: no sheet has a header row with product, date and amount columns (e.g. {expected}) in its first {rows} rows",
    "{book}中没有收入表：没有工作表在前 {rows} 行内包含产品、日期和金额列的标题行（如 {expected}）",
  ),
  "no-score-tables": M(
    "{book} has no certification, revenue or usage table: no sheet has a header row naming certifications (e.g. {certs}), revenue (e.g. {revenue}) or usage (e.g. {usage}) in its first {rows} rows",
    "{book}中没有认证表、收入表或使用量表：没有工作表在前 {rows} 行内包含认证（如 {certs}）、收入（如 {revenue}）或使用量（如 {usage}）的标题行",
  ),
  thisWorkbook: M("This workbook", "此工作簿"),
} satisfies Record<string, LocalText>;

export interface LocateContext {
  /** The file as the user typed it; absent: "This workbook". */
  book?: string;
  /** The sheet a user named that is not there. */
  sheet?: string;
  /** The workbook's sheet names. */
  sheets?: readonly string[];
}

/** "book.xlsx has no staff table: …" (no final stop: the surface adds its remedy). */
export function locateProblemText(
  problem: LocateProblem | ScoreLocateProblem,
  lang: Lang,
  ctx: LocateContext = {},
): string {
  const book = ctx.book ?? tr(LOCATE_TEXT, "thisWorkbook", lang);
  const names = (ctx.sheets ?? []).map((s) => `"${s}"`).join(", ");
  const sheets = names ? tr(LOCATE_TEXT, "sheetList", lang, { names }) : "";
  const expected = problem === "no-staff-table" ? WORDS.staffExpected : WORDS.revenueExpected;
  // A file name is followed by a space in Chinese too ("book.xlsx 中没有…").
  const bookParam = ctx.book && lang === "zh-CN" ? `${book} ` : book;
  const key = problem.endsWith("sheet-missing")
    ? "sheet-missing"
    : (problem as "no-staff-table" | "no-revenue-table" | "no-score-tables");
  return tr(LOCATE_TEXT, key, lang, {
    book: bookParam,
    sheet: ctx.sheet ?? "",
    sheets,
    expected,
    rows: HEADER_SCAN_ROWS,
    ...SCORE_EXPECTED,
  });
}
