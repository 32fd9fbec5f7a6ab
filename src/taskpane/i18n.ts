// Every word the task pane shows, in English and 简体中文. The report's own words (tier names,
// requirements, PASS/FAIL) come from the core, so the pane and the results sheet agree.
import type { Lang, LocalText, RevenueField, StaffField, TextParams } from "../core";
import { localText, tr, WORDS } from "../core";

const M = localText;

export const PANE_TEXT = {
  pageTitle: M("Cloud CRM competency", "云 CRM 能力评估"),
  subtitle: M("Silver and Gold check for Microsoft partners", "微软合作伙伴银牌 / 金牌资格检查"),
  loading: M("Loading…", "正在加载…"),
  outsideOffice: M(
    "This page is the task pane of an Excel add-in, and Office is not here. Open it from Excel: Home tab → Competency → Check competency.",
    "此页面是 Excel 加载项的任务窗格，但当前不在 Office 中。请在 Excel 中打开：“开始”选项卡 → 能力评估 → 检查能力。",
  ),
  otherHost: M("This add-in works in Excel only.", "此加载项仅适用于 Excel。"),
  dataHeading: M("Data", "数据"),
  staffSheet: M("Staff and exams sheet", "员工与考试表"),
  revenueSheet: M("Revenue sheet", "收入表"),
  autoSheet: M("Find automatically", "自动查找"),
  autoSheetFound: M("{sheet} (found automatically)", "{sheet}（自动找到）"),
  foundColumns: M("Header row {row}: {columns}", "标题行 {row}：{columns}"),
  column: M("{field} ({letter})", "{field}（{letter}）"),
  notFound: M("not found", "未找到"),
  noTableOn: M("No table with the expected headers on this sheet.", "此工作表中没有包含所需标题的表格。"),
  columnsHeading: M("Columns", "列"),
  autoColumn: M("Found automatically", "自动识别"),
  lookAgain: M("Look again", "重新查找"),
  rulesHeading: M("Rules", "规则"),
  asOf: M("As-of date", "评估日期"),
  today: M("Today", "今天"),
  asOfHint: M("Revenue counts for the 12 months up to this date.", "计入截至该日期的 12 个月收入。"),
  ruleVersion: M("Rule version", "规则版本"),
  autoVersion: M("{version} (in force on the as-of date)", "{version}（评估日期当天有效）"),
  versionOption: M("{version} (published {published})", "{version}（发布于 {published}）"),
  market: M("Market", "市场"),
  dateOrder: M("Dates like 03/04/2017", "03/04/2017 这类日期"),
  dateOrderHint: M(
    "Used only when a column does not show its order (a day over 12 does).",
    "仅在列中看不出顺序时使用（大于 12 的日即可看出）。",
  ),
  dateOrderAuto: M("Month first (with a warning)", "月在前（并给出警告）"),
  dateOrderMdy: M("Month/day/year", "月/日/年"),
  dateOrderDmy: M("Day/month/year", "日/月/年"),
  generate: M("Generate report", "生成报告"),
  reading: M("Reading the sheets…", "正在读取工作表…"),
  readingRows: M("Reading the sheets… {done} of {total} rows", "正在读取工作表… {done} / {total} 行"),
  evaluating: M("Evaluating…", "正在评估…"),
  writing: M("Writing the results sheet…", "正在写入结果表…"),
  resultHeading: M("Result", "结果"),
  resultTier: M("Result tier", "结果等级"),
  tierTableCaption: M("Each tier: revenue and exam slots", "各等级的收入与考试名额"),
  tierCol: M("Tier", "等级"),
  revenueCol: M("Revenue", "收入"),
  examsCol: M("Exam slots", "考试名额"),
  resultCol: M("Result", "结果"),
  revenueOf: M("{actual} of {required} USD", "{actual} / {required} 美元"),
  slotsOf: M("{filled} of {required}", "{filled} / {required}"),
  missingHeading: M("Missing exam slots", "缺少的考试名额"),
  issuesLine: M("Data issues — {counts} (listed on the results sheet).", "数据问题 — {counts}（详见结果表）。"),
  writtenTo: M("Results written to the sheet “{sheet}”.", "结果已写入工作表“{sheet}”。"),
  keptYours: M(
    "A sheet named “{base}” that the add-in did not create was left as it is.",
    "名为“{base}”的工作表不是本加载项创建的，已保持原样。",
  ),
  // issue 12: a copy of the results sheet
  ownerConflict: M(
    "Several sheets carry this add-in's results mark (a copy of the results sheet?), so none of them was overwritten: the report went to a new sheet. Delete the old ones when you no longer need them.",
    "有多个工作表带有本加载项的结果标记（可能复制过结果表），因此没有覆盖其中任何一个，报告已写入新的工作表。不再需要时可删除旧表。",
  ),
  inputsNote: M(
    "Staff from “{staff}”, revenue from “{revenue}”; those sheets were not changed.",
    "员工数据来自“{staff}”，收入数据来自“{revenue}”；这些工作表未被修改。",
  ),
  errorHeading: M("The report could not be made", "无法生成报告"),
  fixSheetChoice: M(
    "{what}. Choose another sheet above, or “Find automatically”.",
    "{what}。请在上方选择其他工作表，或选择“自动查找”。",
  ),
  fixNoTable: M("{what}. If yours is named differently, choose it above.", "{what}。如果名称不同，请在上方选择。"),
  errOptions: M("These settings cannot be used: {detail}", "这些设置无法使用：{detail}"),
  errExcel: M(
    "Excel could not finish: {detail}. Your input sheets were not changed; try again.",
    "Excel 未能完成操作：{detail}。输入工作表未被修改；请重试。",
  ),
  errSave: M("The choice could not be saved in the workbook: {detail}", "无法将选择保存到工作簿：{detail}"),
  // issue 15: the program selector and the capability score
  program: M("Program", "计划"),
  programCloudCrm: M("Cloud CRM competency (retired 2022-09-30)", "云 CRM 能力（已于 2022-09-30 停用）"),
  programBusinessApplications: M(
    "Solutions Partner for Business Applications",
    "Business Applications 解决方案合作伙伴",
  ),
  programHint: M(
    "Business Applications reads the certifications, revenue and usage sheets, found by their header rows or chosen below.",
    "Business Applications 读取认证表、收入表和使用量表，按标题行查找或在下方选择。",
  ),
  scoreCertsSheet: M("Certifications sheet", "认证表"),
  scoreUsageSheet: M("Usage sheet", "使用量表"),
  scoreSheetGone: M("{sheet} (not in this workbook)", "{sheet}（此工作簿中没有）"),
  scoreSheetsRead: M("Sheets read: {sheets}.", "读取的工作表：{sheets}。"),
  scoreTableSheets: M("{table} ({sheets})", "{table}（{sheets}）"),
  scoreSubtitle: M(
    "Capability score: 70 of 100 points, at least 1 in each metric",
    "合作伙伴能力得分：满分 100 分中达到 70 分，每项指标至少 1 分",
  ),
  scoreAsOfHint: M("The latest month is the month before this date's month.", "最近月份为该日期所在月份的上一个月。"),
  scoreHeading: M("Capability score", "合作伙伴能力得分"),
  scoreTrack: M("Track: {track}", "规模类型：{track}"),
  scoreMonths: M(
    "Latest month {month}, compared with {baseMonth}; rules {version}.",
    "最近月份 {month}，对比 {baseMonth}；规则 {version}。",
  ),
  scoreMetricsCaption: M(
    "Each metric: points against its maximum (at least 1 point needed in each)",
    "各指标得分与满分（每项至少需 1 分）",
  ),
  scoreMetricCol: M("Metric", "指标"),
  scorePointsCol: M("Points", "得分"),
  scoreAtLeastOneCol: M("≥ 1 point", "≥ 1 分"),
  scorePointsOf: M("{points} / {max}", "{points} / {max}"),
  scoreYes: M("Yes", "是"),
  scoreNo: M("No", "否"),
  scoreTotal: M("Total {total} of 100 (qualifying line {line})", "总分 {total} / 100（合格线 {line}）"),
  scoreQualified: M("QUALIFIED", "合格"),
  scoreNotQualified: M("NOT QUALIFIED", "不合格"),
  scorePlanHeading: M("Shortest way to {line}", "达到 {line} 分的最短路径"),
  scorePlanNone: M("Nothing to add: the partner qualifies.", "无需增加：已合格。"),
  scorePlanStep: M("{metric}: +{units} {unit} → +{points} points", "{metric}：+{units} {unit} → +{points} 分"),
  scorePlanBlockedBaseline: M(
    "No plan reaches {line}: usage growth cannot score until the base month's usage reaches the baseline.",
    "无法达到 {line} 分：基准月使用量未达到基线之前，使用量增长无法得分。",
  ),
  scorePlanBlockedUsage: M(
    "No plan reaches {line}: no usage table was found, so usage growth cannot score.",
    "无法达到 {line} 分：未找到使用量表，使用量增长无法得分。",
  ),
  scoreUnitNetCustomerAdds: M("customers", "个客户"),
  scoreUnitCertifications: M("people", "人"),
  scoreUnitUsageGrowth: M("% growth", "% 增长"),
  scoreUnitDeployments: M("deployments", "个部署"),
  scoreTablesLine: M("Read: {tables}. Not found: {missing}.", "已读取：{tables}。未找到：{missing}。"),
  scoreNone: M("none", "无"),
  scoreInputsNote: M(
    "The certification, revenue and usage sheets were not changed.",
    "认证表、收入表和使用量表未被修改。",
  ),
  scoreNoTables: M(
    "{what}. Add a sheet with one of those header rows (English or Chinese headers), or choose the sheets above.",
    "{what}。请添加带有上述标题行之一的工作表（英文或中文标题均可），或在上方选择工作表。",
  ),
  scoreIssues: M("Data issues — {count}.", "数据问题 — {count} 条。"),
} satisfies Record<string, LocalText>;

export type PaneTextKey = keyof typeof PANE_TEXT;

export function t(key: PaneTextKey, lang: Lang, params: TextParams = {}): string {
  return tr(PANE_TEXT, key, lang, params);
}

/** Field names for the column lists ("Name", "Exam", …). */
export const FIELD_NAMES: Record<StaffField | RevenueField, LocalText> = {
  person: M("Name", "姓名"),
  personId: M("ID / email", "工号 / 邮箱"),
  exam: M("Exam", "考试"),
  passedOn: M("Passed on", "通过日期"),
  active: M("Active", "在职"),
  customer: M("Customer", "客户"),
  product: M("Product", "产品"),
  date: M("Date", "日期"),
  amount: M("Amount", "金额"),
  dpor: M("DPOR", "记录在案的合作伙伴"),
  result: M("Exam result", "考试结果"),
  currency: M("Currency", "币种"),
};

const FIELD_WORDS: Partial<Record<string, LocalText>> = { ...WORDS, ...FIELD_NAMES };

/** A field's name in a column list: the pane's own (Cloud CRM's fields), else the core's word, capitalised. */
export function fieldName(field: string, lang: Lang): string {
  const word = FIELD_WORDS[field]?.[lang] ?? field;
  return word.charAt(0).toUpperCase() + word.slice(1);
}
