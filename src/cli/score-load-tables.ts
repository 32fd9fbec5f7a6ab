// Input files → the certification, revenue and usage tables of the capability score: one .xlsx
// (tables found by their headers, several sheets combine), or 1 to 3 CSV files told apart by
// their headers (docs/rules.md §7.9). Exit 2 only when none of the three is found.
import { basename, extname } from "node:path";
import {
  inBothLanguages,
  isResultsSheetName,
  locateProblemText,
  locateScoreTables,
  SCORE_FIELD_SPECS,
  SCORE_TABLES,
  scoreTableKind,
  type ScoreSheetsReport,
  type ScoreTable,
  type TableInput,
} from "../core";
import { refuse } from "./cli-error";
import { checkInputFile } from "./input-files";
import {
  hiddenDataRows,
  noHeader,
  readCsv,
  readWorkbookSheets,
  sheetValues,
  withFormats,
  withHiddenRows,
  type InputRef,
} from "./load-tables";
import { uniqueSheetNames } from "./sheet-names";
import { plainSheet, workbookDateSystem, type InputSheet, type Progress } from "./xlsx-reader";

export interface LoadedScoreTables {
  format: "xlsx" | "csv";
  sheets: InputSheet[];
  tables: Record<ScoreTable, TableInput[]>;
  /** The sheets read for each table (a workbook only): hidden ones read or passed over become issues. */
  sheetsRead?: ScoreSheetsReport;
  /** CSV inputs: each file and the encoding it was read as (named in the summary). */
  encodings?: { file: string; encoding: string }[];
  /** Hidden rows of the tables read that hold anything: counted like any other, and said so. */
  hiddenRows?: number;
}

export interface ScoreSheetFlags {
  certsSheet?: string;
  revenueSheet?: string;
  usageSheet?: string;
}

/** A table's kind in a refusal, in both languages. */
const SCORE_TABLE_WORDS: Record<ScoreTable, { en: string; "zh-CN": string }> = {
  certifications: { en: "certification", "zh-CN": "认证表" },
  revenue: { en: "revenue", "zh-CN": "收入表" },
  usage: { en: "usage", "zh-CN": "使用量表" },
};

const SHEET_FLAGS: Record<ScoreTable, string> = {
  certifications: "--certs-sheet",
  revenue: "--revenue-sheet",
  usage: "--usage-sheet",
};

export async function loadScoreTables(
  files: readonly InputRef[],
  flags: ScoreSheetFlags,
  onProgress?: Progress,
): Promise<LoadedScoreTables> {
  const formats = files.map((f) => checkInputFile(f.path, f.shown));
  if (formats.length === 1 && formats[0] === "xlsx") return loadWorkbook(files[0], flags, onProgress);
  if (formats.length >= 1 && formats.length <= 3 && formats.every((f) => f === "csv")) {
    if (flags.certsSheet !== undefined || flags.revenueSheet !== undefined || flags.usageSheet !== undefined)
      throw refuse("scoreSheetFlagsWithCsv");
    return loadCsvFiles(files);
  }
  throw refuse("scoreFileKinds", { count: files.length, kinds: formats.join(", ") });
}

async function loadWorkbook(
  { path, shown }: InputRef,
  flags: ScoreSheetFlags,
  onProgress?: Progress,
): Promise<LoadedScoreTables> {
  const sheets = await readWorkbookSheets({ path, shown }, onProgress);
  const named = { certifications: flags.certsSheet, revenue: flags.revenueSheet, usage: flags.usageSheet };
  const located = locateScoreTables(sheets.map(sheetValues), { named, exclude: isResultsSheetName });
  if (!located.ok) {
    if (located.problem === "sheet-missing") {
      const ctx = { book: shown, sheet: located.sheet, sheets: sheets.map((s) => s.name) };
      const what = inBothLanguages((lang) => locateProblemText("sheet-missing", lang, ctx));
      throw refuse("sheetNotThere", { what, flag: SHEET_FLAGS[located.table] });
    }
    throw refuse("scoreNoTable", {
      what: inBothLanguages((lang) => locateProblemText("no-score-tables", lang, { book: shown })),
    });
  }
  // As the Cloud CRM tables: the workbook's date system, the number formats (another currency), merged cells.
  const dateSystem = workbookDateSystem(sheets);
  const asRead = (t: TableInput): TableInput => {
    const merged = sheets.find((s) => s.name === t.sheet)?.mergedAreas;
    return withFormats({ ...t, dateSystem, ...(merged?.length ? { mergedAreas: merged } : {}) }, sheets);
  };
  const tables = {
    certifications: located.tables.certifications.map(asRead),
    revenue: located.tables.revenue.map(asRead),
    usage: located.tables.usage.map(asRead),
  };
  const hiddenRows = SCORE_TABLES.reduce(
    (n, kind) =>
      n + tables[kind].reduce((m, t) => m + hiddenDataRows(withHiddenRows(t, sheets), SCORE_FIELD_SPECS[kind]), 0),
    0,
  );
  return { format: "xlsx", sheets, tables, sheetsRead: located.sheets, hiddenRows };
}

function loadCsvFiles(files: readonly InputRef[]): LoadedScoreTables {
  const read = files.map((f) => {
    const t = readCsv(f, scoreTableKind);
    if (t.kind === null) throw noHeader(t, "scoreNoHeader");
    return { f, rows: t.rows, kind: t.kind, encoding: t.encoding };
  });
  const tables: Record<ScoreTable, TableInput[]> = { certifications: [], revenue: [], usage: [] };
  for (const r of read) {
    const twin = read.find((o) => o !== r && o.kind === r.kind);
    if (twin)
      throw refuse("scoreTwoOfAKind", { first: twin.f.shown, second: r.f.shown, kind: SCORE_TABLE_WORDS[r.kind] });
    // Issues name the file the user gave, which is what they will open to fix a row.
    tables[r.kind].push({ values: r.rows, sheet: basename(r.f.path), originRow: 1, originColumn: 1 });
  }
  const names = uniqueSheetNames(read.map((r) => basename(r.f.path, extname(r.f.path))));
  const sheets: InputSheet[] = read.map((r, i) => plainSheet(names[i], r.rows));
  return { format: "csv", sheets, tables, encodings: read.map((r) => ({ file: r.f.shown, encoding: r.encoding })) };
}
