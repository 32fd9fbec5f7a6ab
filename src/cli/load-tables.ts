// Input files → the staff and revenue tables for the core, plus the sheets to copy into the
// results workbook. One .xlsx holding both tables, or two CSV files in either order.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import {
  detectHeader, detectWideStaff, isResultsSheetName, locateTables, REVENUE_FIELDS, STAFF_FIELDS,
  type RawTable, type SheetsReport, type TableInput,
} from "../core";
import { refuse, oneLine } from "./cli-error";
import { CSV_DELIMITERS, decodeText, delimiterName, foreignDelimiter, parseCsv, sniffDelimiter } from "./csv";
import { checkInputFile } from "./input-files";
import { readXlsx, type InputSheet, type Progress } from "./xlsx-reader";
import { uniqueSheetNames } from "./sheet-names";

export interface LoadedTables {
  format: "xlsx" | "csv";
  sheets: InputSheet[];
  staff: TableInput[];
  revenue: TableInput[];
  /** Which sheets were read and passed over (xlsx only). */
  choice?: SheetsReport;
}

export interface TableFlags {
  /** Each flag may be given several times: the sheets are combined. */
  staffSheet?: string[];
  revenueSheet?: string[];
}

const STAFF_EXPECTED = "Name, Exam, Passed on, Active";
const REVENUE_EXPECTED = "Customer, Product, Date, Amount, DPOR";

/** A file to read, and how to name it to the user (as they typed it). */
export interface InputRef {
  path: string;
  shown: string;
}

export async function loadTables(files: readonly InputRef[], flags: TableFlags, onProgress?: Progress): Promise<LoadedTables> {
  const formats = files.map((f) => checkInputFile(f.path, f.shown));
  if (formats.length === 1 && formats[0] === "xlsx") return loadWorkbook(files[0], flags, onProgress);
  if (formats.length === 2 && formats.every((f) => f === "csv")) {
    if (flags.staffSheet?.length || flags.revenueSheet?.length)
      throw refuse(
        "--staff-sheet and --revenue-sheet name sheets of an .xlsx workbook; with CSV files, the headers tell staff from revenue: remove the flag.",
        "--staff-sheet 和 --revenue-sheet 用于指定 .xlsx 工作簿中的工作表；CSV 文件按标题行区分员工和收入：请去掉该选项。",
      );
    return loadCsvPair(files[0], files[1]);
  }
  if (formats.length === 1)
    throw refuse(
      `${files[0].shown} is one CSV table; pass two CSV files, the staff table and the revenue table (in any order), or one .xlsx holding both.`,
      `${files[0].shown} 只是一张 CSV 表；请提供两个 CSV 文件（员工表和收入表，顺序不限），或一个包含两张表的 .xlsx。`,
    );
  throw refuse(
    `Give either one .xlsx workbook or two CSV files (staff and revenue), not ${files.length} files of these kinds (${formats.join(", ")}).`,
    `请提供一个 .xlsx 工作簿或两个 CSV 文件（员工和收入），而不是 ${files.length} 个此类文件（${formats.join("、")}）。`,
  );
}

async function loadWorkbook({ path, shown }: InputRef, flags: TableFlags, onProgress?: Progress): Promise<LoadedTables> {
  let sheets: InputSheet[];
  try {
    sheets = await readXlsx(path, onProgress);
  } catch (e) {
    const detail = oneLine(String((e as Error)?.message ?? e)).slice(0, 100);
    throw refuse(
      `${shown} could not be read as an Excel workbook (${detail}); open it in Excel, save it as .xlsx, and run again.`,
      `无法将 ${shown} 作为 Excel 工作簿读取（${detail}）；请在 Excel 中打开并另存为 .xlsx 后重试。`,
    );
  }
  const located = locateTables(
    sheets.map((s) => ({
      name: s.name, values: s.values, originRow: s.originRow, originColumn: 1,
      visibility: s.visibility ?? (s.hidden ? "hidden" : "visible"),
      ...(s.mergedAreas?.length ? { mergedAreas: s.mergedAreas } : {}),
    })),
    { staffSheet: flags.staffSheet, revenueSheet: flags.revenueSheet, exclude: isResultsSheetName },
  );
  const names = sheets.map((s) => `"${s.name}"`).join(", ") || "—";
  if (!located.ok) {
    switch (located.problem) {
      case "staff-sheet-missing":
      case "revenue-sheet-missing": {
        const flag = located.problem === "staff-sheet-missing" ? "--staff-sheet" : "--revenue-sheet";
        throw refuse(
          `${shown} has no sheet named "${located.sheet}" (its sheets: ${names}); check ${flag}.`,
          `${shown} 中没有名为“${located.sheet}”的工作表（现有工作表：${names}）；请检查 ${flag}。`,
        );
      }
      case "no-staff-table":
        throw refuse(
          `${shown} has no staff table: no sheet has a header row with a name and an exam column (e.g. ${STAFF_EXPECTED}) in its first 50 rows; add that header row, or name the sheet with --staff-sheet.`,
          `${shown} 中没有员工表：没有工作表在前 50 行内包含姓名列和考试列的标题行（如 姓名、考试、通过日期、在职）；请添加标题行，或用 --staff-sheet 指定工作表。`,
        );
      case "no-revenue-table":
        throw refuse(
          `${shown} has no revenue table: no sheet has a header row with product, date and amount columns (e.g. ${REVENUE_EXPECTED}) in its first 50 rows; add that header row, or name the sheet with --revenue-sheet.`,
          `${shown} 中没有收入表：没有工作表在前 50 行内包含产品、日期和金额列的标题行（如 客户、产品、日期、金额、DPOR）；请添加标题行，或用 --revenue-sheet 指定工作表。`,
        );
    }
  }
  // A sheet named by a flag is taken as given; it must still have a header row.
  for (const t of located.staff) requireHeader(t, "staff", shown);
  for (const t of located.revenue) requireHeader(t, "revenue", shown);
  return { format: "xlsx", sheets, staff: located.staff, revenue: located.revenue, choice: located.sheets };
}

function requireHeader(table: TableInput, kind: "staff" | "revenue", shown: string): void {
  const found = detectHeader(table.values, kind === "staff" ? STAFF_FIELDS : REVENUE_FIELDS) ?? (kind === "staff" ? detectWideStaff(table.values) : null);
  if (found) return;
  if (kind === "staff")
    throw refuse(
      `Sheet "${table.sheet}" of ${shown} has no staff header row in its first 50 rows (expected columns such as ${STAFF_EXPECTED}); add the header row.`,
      `${shown} 的工作表“${table.sheet}”前 50 行内没有员工表标题行（应包含 姓名、考试、通过日期、在职 等列）；请添加标题行。`,
    );
  throw refuse(
    `Sheet "${table.sheet}" of ${shown} has no revenue header row in its first 50 rows (expected columns such as ${REVENUE_EXPECTED}); add the header row.`,
    `${shown} 的工作表“${table.sheet}”前 50 行内没有收入表标题行（应包含 客户、产品、日期、金额、DPOR 等列）；请添加标题行。`,
  );
}

// ---------------------------------------------------------------- CSV

interface CsvTable {
  path: string;
  shown: string;
  text: string;
  rows: string[][];
  staff: boolean;
  revenue: boolean;
}

function kinds(rows: RawTable): { staff: boolean; revenue: boolean } {
  return { staff: detectHeader(rows, STAFF_FIELDS) !== null, revenue: detectHeader(rows, REVENUE_FIELDS) !== null };
}

/** Sniffed delimiter first; if no header is found with it, the other delimiters we read. */
/** Excel's "sep=;" first line names the delimiter; Excel hides that line, so row 1 is the next. */
const SEP_LINE = /^sep=(.)\r?\n/i;

function readCsv({ path, shown }: InputRef): CsvTable {
  let text = decodeText(readFileSync(path));
  if (text.trim() === "")
    throw refuse(`${shown} holds no data (only blank lines); export the table again.`, `${shown} 没有数据（只有空行）；请重新导出该表。`);
  const sep = SEP_LINE.exec(text);
  if (sep) {
    text = text.slice(sep[0].length);
    const rows = parseCsv(text, sep[1]);
    return { path, shown, text, rows, ...kinds(rows) };
  }
  const sniffed = sniffDelimiter(text);
  for (const d of [sniffed, ...CSV_DELIMITERS.filter((x) => x !== sniffed)]) {
    const rows = parseCsv(text, d);
    const k = kinds(rows);
    if (k.staff || k.revenue) return { path, shown, text, rows, ...k };
  }
  return { path, shown, text, rows: parseCsv(text, sniffed), staff: false, revenue: false };
}

function noHeader(t: CsvTable): Error {
  const other = foreignDelimiter(t.text);
  if (other)
    return refuse(
      `${t.shown}: no header row found; the file seems to separate columns with ${delimiterName(other)}; save it as CSV with comma, semicolon or tab separators.`,
      `${t.shown}：未找到标题行；该文件似乎用 ${delimiterName(other)} 分隔各列；请另存为以逗号、分号或制表符分隔的 CSV。`,
    );
  return refuse(
    `${t.shown}: no header row found in the first 50 rows; a staff table needs columns such as ${STAFF_EXPECTED}, a revenue table ${REVENUE_EXPECTED}.`,
    `${t.shown}：前 50 行内未找到标题行；员工表应包含 姓名、考试、通过日期、在职 等列，收入表应包含 客户、产品、日期、金额、DPOR 等列。`,
  );
}

function loadCsvPair(a: InputRef, b: InputRef): LoadedTables {
  const x = readCsv(a);
  const y = readCsv(b);
  for (const t of [x, y]) if (!t.staff && !t.revenue) throw noHeader(t);
  let staff: CsvTable, revenue: CsvTable;
  if (x.staff && y.revenue) [staff, revenue] = [x, y];
  else if (y.staff && x.revenue) [staff, revenue] = [y, x];
  else {
    const kind = x.staff ? "staff" : "revenue";
    const zh = x.staff ? "员工表" : "收入表";
    throw refuse(
      `Both ${x.shown} and ${y.shown} look like ${kind} tables; pass one staff CSV and one revenue CSV.`,
      `${x.shown} 和 ${y.shown} 看起来都是${zh}；请提供一个员工 CSV 和一个收入 CSV。`,
    );
  }
  const names = uniqueSheetNames([staff.path, revenue.path].map((p) => basename(p, extname(p))));
  const sheet = (t: CsvTable, name: string): InputSheet => ({ name, values: t.rows, originRow: 1, formats: [], hidden: false });
  const sheets = [sheet(staff, names[0]), sheet(revenue, names[1])];
  // Issues name the file the user gave, which is what they will open to fix a row.
  return {
    format: "csv",
    sheets,
    staff: [{ values: staff.rows, sheet: basename(staff.path), originRow: 1, originColumn: 1 }],
    revenue: [{ values: revenue.rows, sheet: basename(revenue.path), originRow: 1, originColumn: 1 }],
  };
}
