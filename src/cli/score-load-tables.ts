// Input files → the certification, revenue and usage tables of the capability score: one .xlsx
// (tables found by their headers, several sheets combine), or 1 to 3 CSV files told apart by
// their headers (SPEC §7.9). Exit 2 only when none of the three is found.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { isResultsSheetName, locateScoreTables, scoreTableKind, type ScoreTable, type TableInput } from "../core";
import { refuse, oneLine } from "./cli-error";
import { CSV_DELIMITERS, decodeText, parseCsv, sniffDelimiter } from "./csv";
import { checkInputFile } from "./input-files";
import type { InputRef } from "./load-tables";
import { uniqueSheetNames } from "./sheet-names";
import { readXlsx, type InputSheet, type Progress } from "./xlsx-reader";

export interface LoadedScoreTables {
  format: "xlsx" | "csv";
  sheets: InputSheet[];
  tables: Record<ScoreTable, TableInput[]>;
}

export interface ScoreSheetFlags {
  certsSheet?: string;
  revenueSheet?: string;
  usageSheet?: string;
}

const EXPECTED_EN = "certifications (Email, TrainingTitle, TrainingCompletionDate), revenue (FiscalMonthName, CustomerTenantID, Workloads, AdjustedRevenueAmtCD) or usage (FiscalMonthName, CustomerTenantID, Workload, MAU)";
const EXPECTED_ZH = "认证（邮箱、认证、获得日期）、收入（月份、客户租户ID、工作负载、金额）或使用量（月份、客户租户ID、工作负载、月活跃用户）";
const KIND_ZH: Record<ScoreTable, string> = { certifications: "认证表", revenue: "收入表", usage: "使用量表" };

export async function loadScoreTables(files: readonly InputRef[], flags: ScoreSheetFlags, onProgress?: Progress): Promise<LoadedScoreTables> {
  const formats = files.map((f) => checkInputFile(f.path, f.shown));
  if (formats.length === 1 && formats[0] === "xlsx") return loadWorkbook(files[0], flags, onProgress);
  if (formats.length >= 1 && formats.length <= 3 && formats.every((f) => f === "csv")) {
    if (flags.certsSheet !== undefined || flags.revenueSheet !== undefined || flags.usageSheet !== undefined)
      throw refuse(
        "--certs-sheet, --revenue-sheet and --usage-sheet name sheets of an .xlsx workbook; CSV files are told apart by their headers: remove the flag.",
        "--certs-sheet、--revenue-sheet 和 --usage-sheet 用于指定 .xlsx 工作簿中的工作表；CSV 文件按标题行区分：请去掉该选项。",
      );
    return loadCsvFiles(files);
  }
  throw refuse(
    `Give one .xlsx workbook or 1 to 3 CSV files (certifications, revenue, usage), not ${files.length} files of these kinds (${formats.join(", ")}).`,
    `请提供一个 .xlsx 工作簿或 1 至 3 个 CSV 文件（认证、收入、使用量），而不是 ${files.length} 个此类文件（${formats.join("、")}）。`,
  );
}

async function loadWorkbook({ path, shown }: InputRef, flags: ScoreSheetFlags, onProgress?: Progress): Promise<LoadedScoreTables> {
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
  const located = locateScoreTables(
    sheets.map((s) => ({ name: s.name, values: s.values, originRow: s.originRow, originColumn: 1 })),
    { ...flags, exclude: isResultsSheetName },
  );
  if (!located.ok) {
    if (located.problem === "sheet-missing") {
      const names = sheets.map((s) => `"${s.name}"`).join(", ") || "—";
      throw refuse(`${shown} has no sheet named "${located.sheet}" (its sheets: ${names}); check the sheet flag.`, `${shown} 中没有名为“${located.sheet}”的工作表（现有工作表：${names}）；请检查工作表选项。`);
    }
    throw refuse(
      `${shown} has no certification, revenue or usage table: no sheet has a header row naming ${EXPECTED_EN} in its first 10 rows.`,
      `${shown} 中没有认证表、收入表或使用量表：没有工作表在前 10 行内包含${EXPECTED_ZH}的标题行。`,
    );
  }
  return { format: "xlsx", sheets, tables: located.tables };
}

function readCsvTable({ path, shown }: InputRef): { rows: string[][]; kind: ScoreTable } {
  const text = decodeText(readFileSync(path)).replace(/^sep=.\r?\n/i, "");
  const sniffed = sniffDelimiter(text);
  for (const d of [sniffed, ...CSV_DELIMITERS.filter((x) => x !== sniffed)]) {
    const rows = parseCsv(text, d);
    const kind = scoreTableKind(rows);
    if (kind) return { rows, kind };
  }
  throw refuse(
    `${shown}: no header row found in the first 10 rows; expected ${EXPECTED_EN}.`,
    `${shown}：前 10 行内未找到标题行；应为${EXPECTED_ZH}。`,
  );
}

function loadCsvFiles(files: readonly InputRef[]): LoadedScoreTables {
  const read = files.map((f) => ({ f, ...readCsvTable(f) }));
  const tables: Record<ScoreTable, TableInput[]> = { certifications: [], revenue: [], usage: [] };
  for (const r of read) {
    const twin = read.find((o) => o !== r && o.kind === r.kind);
    if (twin)
      throw refuse(
        `Both ${twin.f.shown} and ${r.f.shown} look like ${r.kind} tables; pass at most one CSV of each kind (certifications, revenue, usage).`,
        `${twin.f.shown} 和 ${r.f.shown} 看起来都是${KIND_ZH[r.kind]}；每种表（认证、收入、使用量）最多提供一个 CSV。`,
      );
    // Issues name the file the user gave, which is what they will open to fix a row.
    tables[r.kind].push({ values: r.rows, sheet: basename(r.f.path), originRow: 1, originColumn: 1 });
  }
  const names = uniqueSheetNames(read.map((r) => basename(r.f.path, extname(r.f.path))));
  const sheets: InputSheet[] = read.map((r, i) => ({ name: names[i], values: r.rows, originRow: 1, formats: [], hidden: false }));
  return { format: "csv", sheets, tables };
}
