// Checks each input path before reading it, so every unusable file gets one sentence that says
// what it is and what to do: missing, a folder, empty, a renamed text file, damaged, encrypted.
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { refuse } from "./cli-error";
import { sniffFileKind } from "./file-kind";
import { zipEntryNames } from "./zip-directory";

export type InputFormat = "xlsx" | "csv";

const XLSX_EXT = new Set([".xlsx", ".xlsm", ".xltx", ".xltm"]);
const CSV_EXT = new Set([".csv", ".tsv", ".txt", ".tab"]);

export function checkInputFile(path: string, shown: string): InputFormat {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw refuse("permissionDenied", { file: shown });
    throw refuse("noSuchFile", { file: shown });
  }
  if (stat.isDirectory()) throw refuse("inputIsFolder", { file: shown });
  if (stat.size === 0) throw refuse("emptyFile", { file: shown });

  const ext = extname(path).toLowerCase();
  let kind;
  try {
    kind = sniffFileKind(path, (p) => readFileSync(p));
  } catch {
    throw refuse("unreadableFile", { file: shown });
  }
  switch (kind) {
    case "encrypted":
      throw refuse("passwordProtected", { file: shown });
    case "legacy-xls":
      throw refuse("legacyXls", { file: shown });
    case "ole":
    case "binary":
      throw refuse("notWorkbookOrCsv", { file: shown });
    case "html":
      throw refuse("htmlAsXls", { file: shown });
    case "xml-spreadsheet":
      throw refuse("xmlSpreadsheet", { file: shown });
    case "empty":
      throw refuse("emptyFile", { file: shown });
    case "text":
      if (XLSX_EXT.has(ext) || ext === ".xls") throw refuse("textNotWorkbook", { file: shown });
      return "csv";
    case "zip":
      if (CSV_EXT.has(ext)) throw refuse("workbookNotCsv", { file: shown });
      checkWorkbookZip(path, shown);
      return "xlsx";
  }
}

function checkWorkbookZip(path: string, shown: string): void {
  const names = zipEntryNames(path);
  if (names === null) throw refuse("damagedZip", { file: shown });
  if (names.includes("mimetype") && names.includes("content.xml")) throw refuse("odsWorkbook", { file: shown });
  if (names.includes("xl/workbook.bin")) throw refuse("binaryWorkbook", { file: shown });
  if (!names.includes("xl/workbook.xml")) throw refuse("zipNotWorkbook", { file: shown });
}
