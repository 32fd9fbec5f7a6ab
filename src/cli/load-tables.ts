// Input files → the staff and revenue tables for the core, plus the sheets to copy into the
// results workbook. One .xlsx holding both tables, or two CSV files in either order.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import {
  inBothLanguages,
  detectHeader,
  detectWideStaff,
  isBlankCell,
  isResultsSheetName,
  locateProblemText,
  passedOverNote,
  locateTables,
  REVENUE_FIELDS,
  STAFF_FIELDS,
  type FieldSpec,
  type RawTable,
  type SheetsReport,
  type SheetValues,
  type TableInput,
} from "../core";
import { refuse, oneLine } from "./cli-error";
import { CSV_DELIMITERS, decodeCandidates, delimiterName, foreignDelimiter, parseCsv, sniffDelimiter } from "./csv";
import { checkInputFile } from "./input-files";
import { plainSheet, readXlsx, workbookDateSystem, type InputSheet, type Progress } from "./xlsx-reader";
import { uniqueSheetNames } from "./sheet-names";

export interface LoadedTables {
  format: "xlsx" | "csv";
  /** CSV inputs: each file (as the user gave it) and the encoding it was read as. */
  encodings?: { file: string; encoding: string }[];
  /** Hidden staff rows evaluated (xlsx only). */
  hiddenStaffRows?: number;
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

/** A file to read, and how to name it to the user (as they typed it). */
export interface InputRef {
  path: string;
  shown: string;
}

export async function loadTables(
  files: readonly InputRef[],
  flags: TableFlags,
  onProgress?: Progress,
): Promise<LoadedTables> {
  const formats = files.map((f) => checkInputFile(f.path, f.shown));
  if (formats.length === 1 && formats[0] === "xlsx") return loadWorkbook(files[0], flags, onProgress);
  if (formats.length === 2 && formats.every((f) => f === "csv")) {
    if (flags.staffSheet?.length || flags.revenueSheet?.length) throw refuse("sheetFlagsWithCsv");
    return loadCsvPair(files[0], files[1]);
  }
  if (formats.length === 1) throw refuse("oneCsv", { file: files[0].shown });
  throw refuse("wrongFileMix", {
    count: files.length,
    formats: { en: formats.join(", "), "zh-CN": formats.join("、") },
  });
}

/** A sheet as the core's locators see it: its values, where they start, visibility and merged areas. */
export function sheetValues(s: InputSheet): SheetValues {
  return {
    name: s.name,
    values: s.values,
    originRow: s.originRow,
    originColumn: 1,
    visibility: s.visibility,
    ...(s.mergedAreas?.length ? { mergedAreas: s.mergedAreas } : {}),
  };
}

/** Every sheet of an .xlsx, or a refusal saying the file could not be read as a workbook. */
export async function readWorkbookSheets({ path, shown }: InputRef, onProgress?: Progress): Promise<InputSheet[]> {
  try {
    return await readXlsx(path, onProgress);
  } catch (e) {
    const detail = oneLine(String((e as Error)?.message ?? e)).slice(0, 100);
    throw refuse("unreadableWorkbook", { file: shown, detail });
  }
}

async function loadWorkbook(
  { path, shown }: InputRef,
  flags: TableFlags,
  onProgress?: Progress,
): Promise<LoadedTables> {
  const sheets = await readWorkbookSheets({ path, shown }, onProgress);
  const located = locateTables(sheets.map(sheetValues), {
    staffSheet: flags.staffSheet,
    revenueSheet: flags.revenueSheet,
    exclude: isResultsSheetName,
  });
  if (!located.ok) {
    const ctx = { book: shown, sheet: located.sheet, sheets: sheets.map((s) => s.name) };
    const flag =
      located.problem === "staff-sheet-missing" || located.problem === "no-staff-table"
        ? "--staff-sheet"
        : "--revenue-sheet";
    // A table whose only candidates were passed over says which and why (issue 11: never silent).
    const what = inBothLanguages(
      (lang) => locateProblemText(located.problem, lang, ctx) + passedOverNote(located.passedOver, lang),
    );
    throw refuse(located.problem.endsWith("-missing") ? "sheetNotThere" : "tableNotFound", { what, flag });
  }
  // A sheet named by a flag is taken as given; it must still have a header row.
  for (const t of located.staff) requireHeader(t, "staff", shown);
  for (const t of located.revenue) requireHeader(t, "revenue", shown);
  // Number serials in date columns count in the workbook's date system (1904 on older Mac files).
  const dateSystem = workbookDateSystem(sheets);
  const staff = located.staff.map((t) => withHiddenRows(withFormats({ ...t, dateSystem }, sheets), sheets));
  const revenue = located.revenue.map((t) => withHiddenRows(withFormats({ ...t, dateSystem }, sheets), sheets));
  const hiddenStaffRows = staff.reduce((n, t) => n + hiddenDataRows(t, STAFF_FIELDS), 0);
  return { format: "xlsx", sheets, staff, revenue, hiddenStaffRows, choice: located.sheets };
}

// ---------------------------------------------------------------- issue 11: hidden rows

/** The table with the hidden rows of its sheet (the core tallies hidden revenue rows). */
export function withHiddenRows(table: TableInput, sheets: readonly InputSheet[]): TableInput {
  const hidden = sheets.find((s) => s.name === table.sheet)?.hiddenRows;
  return hidden && hidden.size > 0 ? { ...table, hiddenRows: hidden } : table;
}

/** Hidden rows below the header that hold anything. */
export function hiddenDataRows<F extends string>(table: TableInput, fields: FieldSpec<F>[]): number {
  if (!table.hiddenRows?.size) return 0;
  const header = detectHeader(table.values, fields)?.mapping.headerRow ?? -1;
  let n = 0;
  for (const r of table.hiddenRows) if (r > header && table.values[r]?.some((c) => !isBlankCell(c))) n++;
  return n;
}

/** The sheet's number formats, for the core to read the currency of the chosen amount column. */
export function withFormats(table: TableInput, sheets: readonly InputSheet[]): TableInput {
  const formats = sheets.find((s) => s.name === table.sheet)?.formats;
  return formats ? { ...table, numberFormats: (row, col) => formats[row]?.[col] } : table;
}

function requireHeader(table: TableInput, kind: "staff" | "revenue", shown: string): void {
  const found =
    detectHeader(table.values, kind === "staff" ? STAFF_FIELDS : REVENUE_FIELDS) ??
    (kind === "staff" ? detectWideStaff(table.values) : null);
  if (found) return;
  if (kind === "staff") throw refuse("noStaffHeader", { file: shown, sheet: table.sheet ?? "" });
  throw refuse("noRevenueHeader", { file: shown, sheet: table.sheet ?? "" });
}

// ---------------------------------------------------------------- CSV

export interface CsvTable<K> {
  path: string;
  shown: string;
  text: string;
  rows: string[][];
  /** The encoding the file was read as, named in the summary. */
  encoding: string;
  /** What its header row names (null: no header recognised). */
  kind: K | null;
}

type CloudCrmKind = { staff: boolean; revenue: boolean };
function cloudCrmKind(rows: RawTable): CloudCrmKind | null {
  const k = { staff: detectHeader(rows, STAFF_FIELDS) !== null, revenue: detectHeader(rows, REVENUE_FIELDS) !== null };
  return k.staff || k.revenue ? k : null;
}

/** Excel's "sep=;" first line names the delimiter; Excel hides that line, so row 1 is the next. */
const SEP_LINE = /^sep=(.)\r?\n/i;

/** Rows looked at to recognise a header: the header search depth, with room for a title. */
const HEADER_SAMPLE_ROWS = 60;

/**
 * A CSV file as Excel users' files come: the encoding detector's candidates in order, and for each
 * the delimiters, until `recognise` knows the header row (the encoding found is named to the user).
 */
export function readCsv<K>({ path, shown }: InputRef, recognise: (rows: RawTable) => K | null): CsvTable<K> {
  const bytes = readFileSync(path);
  let first: CsvTable<K> | undefined;
  for (const { encoding, text } of decodeCandidates(bytes)) {
    if (text.trim() === "") throw refuse("csvBlank", { file: shown });
    const table = tableOfText({ path, shown }, text, encoding, recognise);
    if (table.kind !== null) return table;
    first ??= table;
  }
  if (first) return first;
  return tableOfText({ path, shown }, new TextDecoder("utf-8").decode(bytes), "UTF-8", recognise);
}

/** Sniffed delimiter first; if no header is found with it, the other delimiters we read. */
function tableOfText<K>(
  { path, shown }: InputRef,
  decoded: string,
  encoding: string,
  recognise: (rows: RawTable) => K | null,
): CsvTable<K> {
  let text = decoded;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    text = text.slice(sep[0].length);
    const rows = parseCsv(text, sep[1]);
    return { path, shown, text, rows, encoding, kind: recognise(rows) };
  }
  const sniffed = sniffDelimiter(text);
  for (const d of [sniffed, ...CSV_DELIMITERS.filter((x) => x !== sniffed)]) {
    const kind = recognise(parseCsv(text, d, HEADER_SAMPLE_ROWS));
    if (kind !== null) return { path, shown, text, rows: parseCsv(text, d), encoding, kind };
  }
  return { path, shown, text, rows: parseCsv(text, sniffed), encoding, kind: null };
}

export function noHeader(t: CsvTable<unknown>, code: "csvNoHeader" | "scoreNoHeader" = "csvNoHeader"): Error {
  const other = foreignDelimiter(t.text);
  if (other) return refuse("csvForeignDelimiter", { file: t.shown, delimiter: delimiterName(other) });
  return refuse(code, { file: t.shown });
}

function loadCsvPair(a: InputRef, b: InputRef): LoadedTables {
  const x = readCsv(a, cloudCrmKind);
  const y = readCsv(b, cloudCrmKind);
  const kind = (t: CsvTable<CloudCrmKind>): CloudCrmKind => {
    if (t.kind === null) throw noHeader(t);
    return t.kind;
  };
  const [xk, yk] = [kind(x), kind(y)];
  let staff: CsvTable<CloudCrmKind>, revenue: CsvTable<CloudCrmKind>;
  if (xk.staff && yk.revenue) [staff, revenue] = [x, y];
  else if (yk.staff && xk.revenue) [staff, revenue] = [y, x];
  else {
    throw refuse(xk.staff ? "bothStaff" : "bothRevenue", { first: x.shown, second: y.shown });
  }
  const names = uniqueSheetNames([staff.path, revenue.path].map((p) => basename(p, extname(p))));
  const sheet = (t: CsvTable<CloudCrmKind>, name: string): InputSheet => plainSheet(name, t.rows);
  const sheets = [sheet(staff, names[0]), sheet(revenue, names[1])];
  // Issues name the file the user gave, which is what they will open to fix a row.
  return {
    format: "csv",
    encodings: [staff, revenue].map((t) => ({ file: t.shown, encoding: t.encoding })),
    sheets,
    staff: [{ values: staff.rows, sheet: basename(staff.path), originRow: 1, originColumn: 1 }],
    revenue: [{ values: revenue.rows, sheet: basename(revenue.path), originRow: 1, originColumn: 1 }],
  };
}
