// Every refusal the command line gives (exit 2, one line on stderr), in English and 简体中文:
// what is wrong and how to fix it. Call sites name a sentence and pass its values; a value that
// differs by language (a list joined with "、", a capitalized phrase) is given as LocalText.
import type { Lang, LocalText } from "../core";
import { localText, render } from "../core";

const M = localText;

export const REFUSALS = {
  // ---- flags (args.ts)
  unknownOption: M(
    'Unknown option "{flag}"; run with --help to see the options.',
    "未知选项“{flag}”；运行 --help 查看可用选项。",
  ),
  flagTakesNoValue: M('{flag} takes no value; remove "{value}".', "{flag} 不带参数值；请去掉“{value}”。"),
  flagNeedsValue: M("{flag} needs a value, e.g. {example}.", "{flag} 需要一个值，例如 {example}。"),
  badLang: M('--lang must be en or zh-CN, not "{value}".', "--lang 只能是 en 或 zh-CN，而不是“{value}”。"),
  badAsOf: M(
    '--as-of "{value}" is not a date; write it as YYYY-MM-DD, e.g. --as-of 2018-06-30.',
    "--as-of “{value}”不是有效日期；请写成 YYYY-MM-DD，例如 --as-of 2018-06-30。",
  ),
  badMarket: M(
    '--market must be developed or developing, not "{value}".',
    "--market 只能是 developed 或 developing，而不是“{value}”。",
  ),
  badDateOrder: M(
    '--date-order must be dmy (day/month/year) or mdy (month/day/year), not "{value}".',
    "--date-order 只能是 dmy（日/月/年）或 mdy（月/日/年），而不是“{value}”。",
  ),
  badProgram: M(
    '--program must be cloud-crm or business-applications, not "{value}".',
    "--program 只能是 cloud-crm 或 business-applications，而不是“{value}”。",
  ),
  badMonth: M(
    '--month "{value}" is not a month; write it as YYYY-MM, e.g. --month 2026-10.',
    "--month “{value}”不是有效月份；请写成 YYYY-MM，例如 --month 2026-10。",
  ),
  badTrack: M(
    '--track must be enterprise or smb, not "{value}".',
    "--track 只能是 enterprise 或 smb，而不是“{value}”。",
  ),
  scoreOnlyFlag: M(
    "{flag} applies to --program business-applications; add that flag or remove {flag}.",
    "{flag} 仅适用于 --program business-applications；请加上该选项或去掉 {flag}。",
  ),
  // ---- the capability score (score-load-tables.ts, score-run.ts; issue 15)
  scoreSheetFlagsWithCsv: M(
    "--certs-sheet, --revenue-sheet and --usage-sheet name sheets of an .xlsx workbook; CSV files are told apart by their headers: remove the flag.",
    "--certs-sheet、--revenue-sheet 和 --usage-sheet 用于指定 .xlsx 工作簿中的工作表；CSV 文件按标题行区分：请去掉该选项。",
  ),
  scoreFileKinds: M(
    "Give one .xlsx workbook or 1 to 3 CSV files (certifications, revenue, usage), not {count} files of these kinds ({kinds}).",
    "请提供一个 .xlsx 工作簿或 1 至 3 个 CSV 文件（认证、收入、使用量），而不是 {count} 个此类文件（{kinds}）。",
  ),
  scoreNoTable: M("{what}.", "{what}。"),
  scoreNoHeader: M(
    "{file}: no header row found in the first 50 rows; expected certifications (Email, TrainingTitle, TrainingCompletionDate), revenue (FiscalMonthName, CustomerTenantID, Workloads, AdjustedRevenueAmtCD) or usage (FiscalMonthName, CustomerTenantID, Workload, MAU).",
    "{file}：前 50 行内未找到标题行；应为认证（邮箱、认证、获得日期）、收入（月份、客户租户ID、工作负载、金额）或使用量（月份、客户租户ID、工作负载、月活跃用户）。",
  ),
  scoreTwoOfAKind: M(
    "Both {first} and {second} look like {kind} tables; pass at most one CSV of each kind (certifications, revenue, usage).",
    "{first} 和 {second} 看起来都是{kind}；每种表（认证、收入、使用量）最多提供一个 CSV。",
  ),
  scoreSampleMissing: M(
    'The bundled sample {file} is missing; run "npm run sample:business-applications" to make it, or pass a FILE.',
    '内置示例 {file} 不存在；请运行 "npm run sample:business-applications" 生成，或指定文件。',
  ),
  crmOnlyFlags: M(
    "--rules and --market apply to the Cloud CRM competency, not to --program business-applications; remove them.",
    "--rules 和 --market 仅适用于 Cloud CRM 能力，不适用于 --program business-applications；请去掉。",
  ),
  badScoreOptions: M(
    "{problem}; check --as-of, --month and --rule-version.",
    "选项有误：{problem}；请检查 --as-of、--month 和 --rule-version。",
  ),
  badOptions: M(
    "{problem}; check --as-of, --rule-version, --market and --rules.",
    "选项有误：{problem}；请检查 --as-of、--rule-version、--market 和 --rules。",
  ),

  // ---- input files (input-files.ts)
  permissionDenied: M(
    "Cannot read {file}: permission denied; check the file's permissions.",
    "无法读取 {file}：没有权限；请检查文件权限。",
  ),
  noSuchFile: M(
    "{file}: no such file; check the path (or run without FILE to use the bundled sample).",
    "{file}：文件不存在；请检查路径（或不带文件参数运行以使用内置示例）。",
  ),
  inputIsFolder: M(
    "{file} is a folder, not a file; give the .xlsx workbook (or the staff and revenue .csv files) inside it.",
    "{file} 是文件夹而不是文件；请指定其中的 .xlsx 工作簿（或员工和收入两个 .csv 文件）。",
  ),
  emptyFile: M(
    "{file} is empty (0 bytes); export or save the workbook again.",
    "{file} 是空文件（0 字节）；请重新导出或保存工作簿。",
  ),
  unreadableFile: M("Cannot read {file}; check that it is a readable file.", "无法读取 {file}；请确认文件可读。"),
  passwordProtected: M(
    "{file} is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, and run again.",
    "{file} 受密码保护；请在 Excel 中打开，取消密码（文件 > 信息 > 保护工作簿 > 用密码进行加密），保存后重试。",
  ),
  htmlAsXls: M(
    '{file} is a web page (an HTML table, as many ERPs and web portals export under an .xls name), not an Excel workbook; open it in Excel and Save As Excel Workbook (.xlsx), or run: soffice --headless --convert-to xlsx "{file}".',
    '{file} 是网页（HTML 表格，许多 ERP 和网站导出时使用 .xls 扩展名），不是 Excel 工作簿；请在 Excel 中打开并另存为 Excel 工作簿（.xlsx），或运行：soffice --headless --convert-to xlsx "{file}"。',
  ),
  xmlSpreadsheet: M(
    '{file} is an Excel 2003 XML Spreadsheet, not an .xlsx workbook; open it in Excel and Save As Excel Workbook (.xlsx), or run: soffice --headless --convert-to xlsx "{file}".',
    '{file} 是 Excel 2003 XML 电子表格，不是 .xlsx 工作簿；请在 Excel 中打开并另存为 Excel 工作簿（.xlsx），或运行：soffice --headless --convert-to xlsx "{file}"。',
  ),
  odsWorkbook: M(
    '{file} is an OpenDocument spreadsheet (.ods, from LibreOffice, OpenOffice or WPS), not an Excel workbook; open it and Save As Excel 2007-365 (.xlsx), or run: soffice --headless --convert-to xlsx "{file}".',
    '{file} 是 OpenDocument 电子表格（.ods，来自 LibreOffice、OpenOffice 或 WPS），不是 Excel 工作簿；请打开后另存为 Excel 2007-365（.xlsx），或运行：soffice --headless --convert-to xlsx "{file}"。',
  ),
  legacyXls: M(
    "{file} is an old-format Excel 97-2003 (.xls) workbook; open it in Excel and Save As .xlsx.",
    "{file} 是旧版 Excel 97-2003（.xls）工作簿；请在 Excel 中打开并另存为 .xlsx。",
  ),
  notWorkbookOrCsv: M(
    "{file} is neither an Excel workbook (.xlsx) nor a CSV text file; save the data from Excel as .xlsx or CSV.",
    "{file} 既不是 Excel 工作簿（.xlsx）也不是 CSV 文本文件；请在 Excel 中另存为 .xlsx 或 CSV。",
  ),
  textNotWorkbook: M(
    "{file} is a text file, not an Excel workbook (it was probably renamed); if it is CSV, rename it to .csv and pass the staff and revenue files.",
    "{file} 是文本文件而不是 Excel 工作簿（可能被改过扩展名）；如果是 CSV，请改名为 .csv 并同时提供员工和收入两个文件。",
  ),
  workbookNotCsv: M(
    "{file} is an Excel workbook, not CSV text; rename it to .xlsx and pass it alone.",
    "{file} 是 Excel 工作簿而不是 CSV 文本；请改名为 .xlsx 并单独提供。",
  ),
  damagedZip: M(
    "{file} is damaged (its zip structure is incomplete or corrupt, e.g. a partial download); save or download it again.",
    "{file} 已损坏（zip 结构不完整或有误，例如下载不完整）；请重新保存或下载。",
  ),
  binaryWorkbook: M(
    "{file} is a binary workbook (.xlsb); open it in Excel and Save As .xlsx.",
    "{file} 是二进制工作簿（.xlsb）；请在 Excel 中打开并另存为 .xlsx。",
  ),
  zipNotWorkbook: M(
    "{file} is a zip file but not an Excel workbook (no xl/workbook.xml); save the data from Excel as .xlsx.",
    "{file} 是 zip 文件而不是 Excel 工作簿（缺少 xl/workbook.xml）；请在 Excel 中另存为 .xlsx。",
  ),

  // ---- finding the tables (load-tables.ts)
  sheetFlagsWithCsv: M(
    "--staff-sheet and --revenue-sheet name sheets of an .xlsx workbook; with CSV files, the headers tell staff from revenue: remove the flag.",
    "--staff-sheet 和 --revenue-sheet 用于指定 .xlsx 工作簿中的工作表；CSV 文件按标题行区分员工和收入：请去掉该选项。",
  ),
  oneCsv: M(
    "{file} is one CSV table; pass two CSV files, the staff table and the revenue table (in any order), or one .xlsx holding both.",
    "{file} 只是一张 CSV 表；请提供两个 CSV 文件（员工表和收入表，顺序不限），或一个包含两张表的 .xlsx。",
  ),
  wrongFileMix: M(
    "Give either one .xlsx workbook or two CSV files (staff and revenue), not {count} files of these kinds ({formats}).",
    "请提供一个 .xlsx 工作簿或两个 CSV 文件（员工和收入），而不是 {count} 个此类文件（{formats}）。",
  ),
  unreadableWorkbook: M(
    "{file} could not be read as an Excel workbook ({detail}); open it in Excel, save it as .xlsx, and run again.",
    "无法将 {file} 作为 Excel 工作簿读取（{detail}）；请在 Excel 中打开并另存为 .xlsx 后重试。",
  ),
  // the core says what is missing (locate-text.ts); the command line says how to fix it
  sheetNotThere: M("{what}; check {flag}.", "{what}；请检查 {flag}。"),
  tableNotFound: M(
    "{what}; add that header row, or name the sheet with {flag}.",
    "{what}；请添加标题行，或用 {flag} 指定工作表。",
  ),
  noStaffHeader: M(
    'Sheet "{sheet}" of {file} has no staff header row in its first 50 rows (expected columns such as Name, Exam, Passed on, Active); add the header row.',
    "{file} 的工作表“{sheet}”前 50 行内没有员工表标题行（应包含 姓名、考试、通过日期、在职 等列）；请添加标题行。",
  ),
  noRevenueHeader: M(
    'Sheet "{sheet}" of {file} has no revenue header row in its first 50 rows (expected columns such as Customer, Product, Date, Amount, DPOR); add the header row.',
    "{file} 的工作表“{sheet}”前 50 行内没有收入表标题行（应包含 客户、产品、日期、金额、DPOR 等列）；请添加标题行。",
  ),
  csvBlank: M(
    "{file} holds no data (only blank lines); export the table again.",
    "{file} 没有数据（只有空行）；请重新导出该表。",
  ),
  csvForeignDelimiter: M(
    "{file}: no header row found; the file seems to separate columns with {delimiter}; save it as CSV with comma, semicolon or tab separators.",
    "{file}：未找到标题行；该文件似乎用 {delimiter} 分隔各列；请另存为以逗号、分号或制表符分隔的 CSV。",
  ),
  csvNoHeader: M(
    "{file}: no header row found in the first 50 rows; a staff table needs columns such as Name, Exam, Passed on, Active, a revenue table Customer, Product, Date, Amount, DPOR.",
    "{file}：前 50 行内未找到标题行；员工表应包含 姓名、考试、通过日期、在职 等列，收入表应包含 客户、产品、日期、金额、DPOR 等列。",
  ),
  bothStaff: M(
    "Both {first} and {second} look like staff tables; pass one staff CSV and one revenue CSV.",
    "{first} 和 {second} 看起来都是员工表；请提供一个员工 CSV 和一个收入 CSV。",
  ),
  bothRevenue: M(
    "Both {first} and {second} look like revenue tables; pass one staff CSV and one revenue CSV.",
    "{first} 和 {second} 看起来都是收入表；请提供一个员工 CSV 和一个收入 CSV。",
  ),

  // ---- the results workbook (output-path.ts, main.ts)
  outNotXlsx: M(
    '--out must name an .xlsx file (got "{value}"), e.g. --out results.xlsx.',
    "--out 必须是 .xlsx 文件（收到“{value}”），例如 --out results.xlsx。",
  ),
  outFolderMissing: M(
    "The folder {folder} does not exist; create it or choose another --out.",
    "文件夹 {folder} 不存在；请先创建或换一个 --out。",
  ),
  outIsInput: M(
    "Refusing to write the results over the input {file}; choose another --out.",
    "拒绝用结果覆盖输入文件 {file}；请换一个 --out。",
  ),
  outIsFolder: M("{file} is a folder; choose a file name with --out.", "{file} 是文件夹；请用 --out 指定文件名。"),
  outExists: M(
    "{file} already exists; pass --force to replace it, or --out to choose another name.",
    "{file} 已存在；如需覆盖请加 --force，或用 --out 指定其他文件名。",
  ),
  cannotWrite: M(
    "Cannot write {file} ({detail}); check the folder's permissions and free space, or choose another --out.",
    "无法写入 {file}（{detail}）；请检查文件夹权限和剩余空间，或换一个 --out。",
  ),
  sampleMissing: M(
    'The bundled sample {file} is missing; run "npm run sample" to make it, or pass a FILE.',
    '内置示例 {file} 不存在；请运行 "npm run sample" 生成，或指定文件。',
  ),

  // ---- a user's rule file (main.ts)
  rulesIsFolder: M(
    "--rules {file} is a folder; give the rule file (JSON).",
    "--rules {file} 是文件夹；请指定规则文件（JSON）。",
  ),
  rulesUnreadable: M(
    "--rules {file}: cannot read the file ({code}); check the path.",
    "--rules {file}：无法读取文件（{code}）；请检查路径。",
  ),
  readError: M("error", "错误"),
  rulesInvalid: M(
    "Rule file {file} is invalid: {error}{more}; fix that field and run again.",
    "规则文件 {file} 无效：{error}{more}；请修正该字段后重试。",
  ),
  moreErrors: M(" (+{count} more)", "（另有 {count} 处）"),
} satisfies Record<string, LocalText>;

export type RefusalKey = keyof typeof REFUSALS;
/** A value for a sentence: the same in both languages, or one per language. */
export type RefusalParam = string | number | LocalText;

/** The sentence in both languages, each with the values in its own language. */
export function refusalText(key: RefusalKey, params: Record<string, RefusalParam> = {}): LocalText {
  const inLang = (lang: Lang) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "object" ? v[lang] : v]));
  return { en: render(REFUSALS[key].en, inLang("en")), "zh-CN": render(REFUSALS[key]["zh-CN"], inLang("zh-CN")) };
}
