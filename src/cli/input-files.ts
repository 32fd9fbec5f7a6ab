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
    if (code === "EACCES" || code === "EPERM")
      throw refuse(`Cannot read ${shown}: permission denied; check the file's permissions.`, `无法读取 ${shown}：没有权限；请检查文件权限。`);
    throw refuse(
      `${shown}: no such file; check the path (or run without FILE to use the bundled sample).`,
      `${shown}：文件不存在；请检查路径（或不带文件参数运行以使用内置示例）。`,
    );
  }
  if (stat.isDirectory())
    throw refuse(
      `${shown} is a folder, not a file; give the .xlsx workbook (or the staff and revenue .csv files) inside it.`,
      `${shown} 是文件夹而不是文件；请指定其中的 .xlsx 工作簿（或员工和收入两个 .csv 文件）。`,
    );
  if (stat.size === 0)
    throw refuse(`${shown} is empty (0 bytes); export or save the workbook again.`, `${shown} 是空文件（0 字节）；请重新导出或保存工作簿。`);

  const ext = extname(path).toLowerCase();
  let kind;
  try {
    kind = sniffFileKind(path, (p) => readFileSync(p));
  } catch {
    throw refuse(`Cannot read ${shown}; check that it is a readable file.`, `无法读取 ${shown}；请确认文件可读。`);
  }
  switch (kind) {
    case "encrypted":
      throw refuse(
        `${shown} is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, and run again.`,
        `${shown} 受密码保护；请在 Excel 中打开，取消密码（文件 > 信息 > 保护工作簿 > 用密码进行加密），保存后重试。`,
      );
    case "legacy-xls":
      throw refuse(`${shown} is an old-format Excel 97-2003 (.xls) workbook; open it in Excel and Save As .xlsx.`, `${shown} 是旧版 Excel 97-2003（.xls）工作簿；请在 Excel 中打开并另存为 .xlsx。`);
    case "ole":
    case "binary":
      throw refuse(
        `${shown} is neither an Excel workbook (.xlsx) nor a CSV text file; save the data from Excel as .xlsx or CSV.`,
        `${shown} 既不是 Excel 工作簿（.xlsx）也不是 CSV 文本文件；请在 Excel 中另存为 .xlsx 或 CSV。`,
      );
    case "html":
      throw refuse(
        `${shown} is a web page (an HTML table, as many ERPs and web portals export under an .xls name), not an Excel workbook; open it in Excel and Save As Excel Workbook (.xlsx), or run: soffice --headless --convert-to xlsx "${shown}".`,
        `${shown} 是网页（HTML 表格，许多 ERP 和网站导出时使用 .xls 扩展名），不是 Excel 工作簿；请在 Excel 中打开并另存为 Excel 工作簿（.xlsx），或运行：soffice --headless --convert-to xlsx "${shown}"。`,
      );
    case "xml-spreadsheet":
      throw refuse(
        `${shown} is an Excel 2003 XML Spreadsheet, not an .xlsx workbook; open it in Excel and Save As Excel Workbook (.xlsx), or run: soffice --headless --convert-to xlsx "${shown}".`,
        `${shown} 是 Excel 2003 XML 电子表格，不是 .xlsx 工作簿；请在 Excel 中打开并另存为 Excel 工作簿（.xlsx），或运行：soffice --headless --convert-to xlsx "${shown}"。`,
      );
    case "empty":
      throw refuse(`${shown} is empty (0 bytes); export or save the workbook again.`, `${shown} 是空文件（0 字节）；请重新导出或保存工作簿。`);
    case "text":
      if (XLSX_EXT.has(ext) || ext === ".xls")
        throw refuse(
          `${shown} is a text file, not an Excel workbook (it was probably renamed); if it is CSV, rename it to .csv and pass the staff and revenue files.`,
          `${shown} 是文本文件而不是 Excel 工作簿（可能被改过扩展名）；如果是 CSV，请改名为 .csv 并同时提供员工和收入两个文件。`,
        );
      return "csv";
    case "zip":
      if (CSV_EXT.has(ext))
        throw refuse(`${shown} is an Excel workbook, not CSV text; rename it to .xlsx and pass it alone.`, `${shown} 是 Excel 工作簿而不是 CSV 文本；请改名为 .xlsx 并单独提供。`);
      checkWorkbookZip(path, shown);
      return "xlsx";
  }
}

function checkWorkbookZip(path: string, shown: string): void {
  const names = zipEntryNames(path);
  if (names === null)
    throw refuse(
      `${shown} is damaged (its zip structure is incomplete or corrupt, e.g. a partial download); save or download it again.`,
      `${shown} 已损坏（zip 结构不完整或有误，例如下载不完整）；请重新保存或下载。`,
    );
  if (names.includes("mimetype") && names.includes("content.xml"))
    throw refuse(
      `${shown} is an OpenDocument spreadsheet (.ods, from LibreOffice, OpenOffice or WPS), not an Excel workbook; open it and Save As Excel 2007-365 (.xlsx), or run: soffice --headless --convert-to xlsx "${shown}".`,
      `${shown} 是 OpenDocument 电子表格（.ods，来自 LibreOffice、OpenOffice 或 WPS），不是 Excel 工作簿；请打开后另存为 Excel 2007-365（.xlsx），或运行：soffice --headless --convert-to xlsx "${shown}"。`,
    );
  if (names.includes("xl/workbook.bin"))
    throw refuse(`${shown} is a binary workbook (.xlsb); open it in Excel and Save As .xlsx.`, `${shown} 是二进制工作簿（.xlsb）；请在 Excel 中打开并另存为 .xlsx。`);
  if (!names.includes("xl/workbook.xml"))
    throw refuse(
      `${shown} is a zip file but not an Excel workbook (no xl/workbook.xml); save the data from Excel as .xlsx.`,
      `${shown} 是 zip 文件而不是 Excel 工作簿（缺少 xl/workbook.xml）；请在 Excel 中另存为 .xlsx。`,
    );
}
