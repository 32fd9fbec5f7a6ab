// Sentences only the command line says, in English and 简体中文. Report phrases shared with the
// other surfaces (tier names, requirement descriptions) come from the core's report-text.
import type { Lang, LocalText, TextParams } from "../core";
import { SHIPPED_RULES } from "../core";
import { localText, tr } from "../core";

const M = localText;

export const CLI_TEXT = {
  sampleAsOf: M(
    "{date} — the bundled sample's date; pass --as-of to change",
    "{date} — 内置示例的日期；可用 --as-of 指定其他日期",
  ),
  assumedAsOf: M("{date} — today (no --as-of given)", "{date} — 今天（未指定 --as-of）"),
  sheetWord: M("sheet", "工作表"),
  notice: M("NOTICE", "注意"),
  colRequired: M("Required", "要求"),
  colActual: M("TTM revenue", "TTM 收入"),
  colGap: M("Gap", "差额"),
  colSlots: M("Slots", "名额"),
  colResult: M("Result", "结果"),
  usdNote: M("(amounts in USD)", "（金额单位：美元）"),
  issuesHeading: M("Data issues: {summary}", "数据问题：{summary}"),
  issueMore: M("… and {count} more (see the results workbook or --json)", "… 另有 {count} 条（见结果工作簿或 --json）"),
  issueWhere: M("{sheet} row {row}", "{sheet} 第 {row} 行"),
  written: M("Results workbook: {path}", "结果工作簿：{path}"),
  // issue 11: what the readers saw (encodings, hidden rows) and an output that cannot be written
  readAs: M("Read {file} as {encoding}.", "{file} 按 {encoding} 编码读取。"),
  hiddenIncluded: M(
    "{rows} hidden rows were included (hidden rows count like any other; revenue counted from them: {counted} rows, ${amount}).",
    "已包含 {rows} 行隐藏行（隐藏行与其他行一样计算；其中计入的收入：{counted} 行，${amount}）。",
  ),
  hiddenScoreIncluded: M(
    "{rows} hidden rows were included (hidden rows count like any other).",
    "已包含 {rows} 行隐藏行（隐藏行与其他行一样计算）。",
  ),
  notWritten: M(
    "The results workbook could not be written to {path} ({reason}); the report above is complete — choose another place with --out.",
    "无法将结果工作簿写入 {path}（{reason}）；以上报告完整——请用 --out 选择其他位置。",
  ),
  folderNotWritable: M(
    "Cannot write the results workbook into {folder} ({reason}); choose another place with --out (or use --json alone).",
    "无法在 {folder} 中写入结果工作簿（{reason}）；请用 --out 选择其他位置（或只用 --json）。",
  ),
  reasonFull: M("the disk is full", "磁盘已满"),
  reasonDenied: M("permission denied", "没有写入权限"),
  reasonReadOnly: M("the folder is read-only", "文件夹为只读"),
  reasonFolder: M("a folder has that name", "已有同名文件夹"),
  reasonOther: M("error {code}", "错误 {code}"),
  reading: M("Reading {file}…", "正在读取 {file}…"),
  readingRows: M("Reading {sheet}: {rows} rows…", "正在读取 {sheet}：{rows} 行…"),
  evaluating: M("Evaluating…", "正在评估…"),
  writing: M("Writing {file}…", "正在写入 {file}…"),
  internalError: M(
    "Internal error: {detail}. Please report it with the input file if you can.",
    "内部错误：{detail}。如可能，请附上输入文件报告此问题。",
  ),
} satisfies Record<string, LocalText>;

export function say(key: keyof typeof CLI_TEXT, lang: Lang, params: TextParams = {}): string {
  return tr(CLI_TEXT, key, lang, params);
}

/** Both languages, one after the other: --help is read before anyone picks a language. */
export function usage(): string {
  const versions = (lang: Lang) => SHIPPED_RULES.map((r) => `  ${r.version}  ${r.changes[lang]}`).join("\n");
  return `Usage: npm run report -- [FILE.xlsx | STAFF.csv REVENUE.csv] [options]

Evaluates the Microsoft Cloud CRM competency (Silver / Gold) from a staff-and-exams table and a
revenue table, found by their header rows. With no FILE, runs on the bundled sample workbook.

Options:
  --as-of YYYY-MM-DD     evaluation date (default: today; the bundled sample: its own date)
  --rules FILE           your own rule file (JSON, schema "competency-rules/1")
  --rule-version V       use this rule version instead of the one in force on the as-of date
  --market M             developed (default) or developing
  --date-order dmy|mdy   how to read slash dates such as 03/04/2017 when a column does not show
                         its order (default: month first, with a warning)
  --staff-sheet NAME     the sheet holding the staff table (default: found by its header row);
                         give it again to combine several sheets (one per team)
  --revenue-sheet NAME   the sheet holding the revenue table (default: found by its header row);
                         give it again to combine several sheets (one per month or year)
  --out FILE             results workbook to write (default: NAME.results.xlsx beside the input)
  --json                 print only the JSON result on stdout; no workbook unless --out is given
  --lang en|zh-CN        language of the report (default: from LANG / LC_ALL)
  --force                replace an existing output file (never the input)
  --help                 this text

Solutions Partner for Business Applications (the successor, docs/rules.md §7):
  --program business-applications   score from 1-3 CSVs (certifications, revenue, usage: Partner
                         Center downloads or your own sheets) or one workbook; no FILE: the bundled
                         sample at its own date. (--program cloud-crm is the default.)
  --month YYYY-MM        latest month L (default: the month before the as-of date's month)
  --track enterprise|smb force the track (default: the automatic $5,000 / five-workload test)
  --certs-sheet NAME / --usage-sheet NAME / --revenue-sheet NAME   sheets of a workbook

Exit codes: 0 evaluated (whatever the tier); 2 unusable input, with a one-line reason on stderr.

Shipped rule versions (by publication date):
${versions("en")}

用法：npm run report -- [文件.xlsx | 员工.csv 收入.csv] [选项]

根据员工考试表和收入表（按标题行自动识别）评估 Microsoft 云客户关系管理（Cloud CRM）能力的
银牌 / 金牌。不提供文件时，使用内置的示例工作簿。

选项：
  --as-of YYYY-MM-DD     评估日期（默认：今天；内置示例：示例自身的日期）
  --rules 文件           自定义规则文件（JSON，schema 为 "competency-rules/1"）
  --rule-version 版本    使用指定的规则版本，而不是评估日期时生效的版本
  --market 市场          developed（成熟市场，默认）或 developing（发展中市场）
  --date-order dmy|mdy   列中看不出顺序时如何读取 03/04/2017 这类斜杠日期（默认：月在前，并给出警告）
  --staff-sheet 名称     员工表所在的工作表（默认：按标题行识别）；
                         可多次指定以合并多个工作表（如每个团队一张）
  --revenue-sheet 名称   收入表所在的工作表（默认：按标题行识别）；
                         可多次指定以合并多个工作表（如每月或每年一张）
  --out 文件             要写入的结果工作簿（默认：输入文件旁的 名称.results.xlsx）
  --json                 只在标准输出打印 JSON 结果；除非同时指定 --out，否则不写工作簿
  --lang en|zh-CN        报告语言（默认：取自 LANG / LC_ALL）
  --force                覆盖已存在的输出文件（绝不覆盖输入文件）
  --help                 显示本说明

业务应用程序解决方案合作伙伴（后继计划，docs/rules.md §7）：
  --program business-applications   根据 1-3 个 CSV（认证、收入、使用量：合作伙伴中心下载文件或
                         自己的表）或一个工作簿计算得分；不提供文件时使用内置示例及其日期。
                         （默认为 --program cloud-crm。）
  --month YYYY-MM        最近月份 L（默认：评估日期所在月份的上一个月）
  --track enterprise|smb 指定轨道（默认：按 5,000 美元 / 五个工作负载的测试自动判断）
  --certs-sheet 名称 / --usage-sheet 名称 / --revenue-sheet 名称   工作簿中的工作表

退出码：0 已完成评估（无论等级）；2 输入无法使用，标准错误输出一行原因。

内置规则版本（按发布日期）：
${versions("zh-CN")}
`;
}
