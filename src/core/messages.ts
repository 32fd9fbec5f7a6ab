// Every sentence a user reads from the core, in English and 简体中文. Issues carry a stable
// code and params only; each surface renders them in its user's language (issueText).
import type { Issue, Lang, LocalText, Severity, TextParams } from "./types";

/** A sentence in both languages we ship. */
export const localText = (en: string, zh: string): LocalText => ({ en, "zh-CN": zh });

/** A sentence a function words for one language, in both (a refusal or a parameter that must travel in either). */
export const inBothLanguages = (text: (lang: Lang) => string): LocalText => ({
  en: text("en"),
  "zh-CN": text("zh-CN"),
});
const M = localText;

export const MESSAGES = {
  "table.noHeader": M(
    "No header row found in the first 50 rows; expected columns such as {expected}.",
    "前 50 行中未找到标题行；应包含 {expected} 等列。",
  ),
  "table.empty": M("The {table} table is empty.", "{table}表为空。"),
  "table.missingColumn": M("No {field} column; {consequence}", "缺少{field}列；{consequence}"),
  // issue 11: which sheets and cells reach the core ({table}/{table}, {field}/{field} come from WORDS)
  "sheet.passedOverHidden": M(
    'Hidden sheet "{sheet}" also looks like the {table} table; it was not read (name it to read it).',
    "隐藏工作表“{sheet}”看起来也是{table}表；未读取（指定该表即可读取）。",
  ),
  "sheet.passedOverFewerFields": M(
    'Sheet "{sheet}" was not read as the {table} table: "{chosen}" has more of its columns (missing here: {missing}).',
    "工作表“{sheet}”未作为{table}表读取：“{chosen}”包含更多所需列（此表缺少：{missing}）。",
  ),
  "sheet.passedOverNotExamCodes": M(
    'Sheet "{sheet}" was not read as the {table} table: fewer than half of its column "{column}" are recognised exam codes.',
    "工作表“{sheet}”未作为{table}表读取：其“{column}”列中可识别的考试代码不到一半。",
  ),
  "sheet.passedOverExamTitles": M(
    'Sheet "{sheet}" was not read as the {table} table: its column "{column}" holds exam titles, not people (an exam list).',
    "工作表“{sheet}”未作为{table}表读取：其“{column}”列是考试名称而不是人员（像是考试列表）。",
  ),
  "sheet.hiddenUsed": M(
    'No visible sheet has the {table} table; hidden sheet "{sheet}" was read.',
    "没有可见工作表包含{table}表；已读取隐藏工作表“{sheet}”。",
  ),
  "sheet.combined": M(
    "The {table} table combines {count} sheets with the same columns: {sheets}.",
    "{table}表合并了 {count} 个列相同的工作表：{sheets}。",
  ),
  "sheet.duplicateRow": M(
    'Row is identical to row {otherRow} of sheet "{other}"; counted once, so {amount} is not double counted.',
    "该行与工作表“{other}”第 {otherRow} 行完全相同；只计一次，{amount} 未重复计入。",
  ),
  "sheet.wideLayout": M(
    "Exams are listed one per column ({count} exam columns); each marked cell is read as a passed exam.",
    "考试按列列出（{count} 个考试列）；每个有标记的单元格按已通过的考试读取。",
  ),
  "staff.wideCellUnreadable": M(
    '"{value}" under exam {code} is neither a pass date nor yes/no; not counted as held.',
    "考试 {code} 下的“{value}”既不是通过日期也不是是/否；不计为已持有。",
  ),
  "cells.mergedOnce": M(
    "The {field} cell is merged over rows {first}–{last}; its value counts once, on row {first}.",
    "{field}单元格合并了第 {first}–{last} 行；其值只计一次，计在第 {first} 行。",
  ),
  "staff.noPerson": M("Row has exams but no name or ID; skipped.", "该行有考试但没有姓名或工号；已跳过。"),
  "staff.inactive": M("Inactive staff row ignored.", "非在职员工的行已忽略。"),
  "staff.passDateUnreadable": M(
    'Pass date "{value}" not understood; the exams on this row are not counted until it is fixed.',
    "无法识别通过日期“{value}”；修正之前不计入该行的考试。",
  ),
  "staff.passedAfterAsOf": M(
    "{person} passed {code} on {date}, after the as-of date {asOf}; not counted.",
    "{person} 于 {date} 通过 {code}，晚于评估日期 {asOf}；不计入。",
  ),
  "exam.unknown": M('"{value}" is not a recognised exam code.', "“{value}”不是可识别的考试代码。"),
  "exam.notListed": M(
    "{code} ({person}) is not accepted under rule version {version}; rule version {other} lists it.",
    "{code}（{person}）在规则版本 {version} 下不被接受；规则版本 {other} 接受该考试。",
  ),
  "exam.expired": M(
    "{code} ({person}) was accepted only until {until}; it no longer fills a slot on {asOf}.",
    "{code}（{person}）仅接受至 {until}；在 {asOf} 已不能用于满足要求。",
  ),
  "revenue.dateUnreadable": M('Date "{value}" not understood; row excluded.', "无法识别日期“{value}”；该行已排除。"),
  "revenue.dateMissing": M("No date; row excluded.", "缺少日期；该行已排除。"),
  "revenue.amountUnreadable": M(
    'Amount "{value}" not understood (expected USD such as 12,345.67 or (1,200.00)); row excluded.',
    "无法识别金额“{value}”（应为美元金额，如 12,345.67 或 (1,200.00)）；该行已排除。",
  ),
  "revenue.amountMissing": M("No amount; row excluded.", "缺少金额；该行已排除。"),
  "revenue.productMissing": M("No product; row excluded.", "缺少产品；该行已排除。"),
  "revenue.attributionUnreadable": M(
    'Partner-of-record value "{value}" not understood; row not counted as DPOR.',
    "无法识别记录在案的合作伙伴值“{value}”；该行不计为 DPOR。",
  ),
  // issue 10: values and columns
  "column.tie": M(
    'Columns "{column}" and "{other}" both look like the {field} column; the first, "{column}", is used. Choose the column if that is wrong.',
    "列“{column}”和“{other}”都像是{field}列；使用靠前的“{column}”。如不正确，请指定该列。",
  ),
  "column.penalised": M(
    '"{column}" is the only {field} column, but its header suggests {hint}; it is used. Check it is the right column.',
    "“{column}”是唯一的{field}列，但其标题看起来是{hint}；仍使用该列。请确认列是否正确。",
  ),
  "column.preferred": M(
    '"{column}" is used as the {field} column rather than "{other}".',
    "使用“{column}”作为{field}列，而不是“{other}”。",
  ),
  "column.multiplied": M(
    'The header "{column}" says the amounts are in {unit}: each amount is multiplied by {factor}.',
    "标题“{column}”表明金额以{unit}为单位：每个金额乘以 {factor}。",
  ),
  "column.dateOrderAssumed": M(
    'Dates in column "{column}" such as "{value}" could be day/month or month/day; read as month/day. Choose the date order (--date-order or the pane) if that is wrong.',
    "列“{column}”中的日期（如“{value}”）可能是日/月也可能是月/日；按月/日读取。如不正确，请选择日期顺序（--date-order 或任务窗格）。",
  ),
  "cell.dateAmbiguous": M(
    'Date "{value}" could be day/month or month/day, and this column uses both orders; row not counted until it is fixed.',
    "日期“{value}”可能是日/月也可能是月/日，而该列两种顺序都有；修正之前该行不计入。",
  ),
  "cell.amountNotationConflict": M(
    'Amount "{value}" reads differently with decimal commas and decimal points, and this column uses both; row excluded until it is fixed.',
    "金额“{value}”按小数逗号和小数点读法不同，而该列两种写法都有；修正之前该行已排除。",
  ),
  "cell.formulaWithoutValue": M(
    "Formula without a saved value: open and save the file in Excel; row not counted until then.",
    "公式没有已保存的值：请在 Excel 中打开并保存该文件；在此之前该行不计入。",
  ),
  "staff.statusUnreadable": M(
    'Employment status "{value}" of {person} not understood; the exams on this row are not counted until it is fixed.',
    "无法识别 {person} 的在职状态“{value}”；修正之前不计入该行的考试。",
  ),
  "staff.resultUnreadable": M(
    'Exam result "{value}" of {person} not understood; the exams on this row are not counted until it is fixed.',
    "无法识别 {person} 的考试结果“{value}”；修正之前不计入该行的考试。",
  ),
  "staff.failedAttempts": M(
    "{count} row(s) with a failed or blank exam result hold no exam.",
    "{count} 行的考试结果为未通过或空白，不计为持有考试。",
  ),
  "exclusion.straddle": M("Month straddles the window", "月份跨越 TTM 期间边界"),
  "exclusion.currency": M("Not USD: {detail}", "非美元：{detail}"),
  "rules.marketFallback": M(
    "Rule version {requested} does not define the {market} market; version {used} (the earliest that does) is used.",
    "规则版本 {requested} 未定义{market}；改用定义了该市场的最早版本 {used}。",
  ),
  "rules.retired": M("{note}", "{note}"),
  "options.badAsOf": M('as-of date "{value}" is not a date YYYY-MM-DD', "评估日期“{value}”不是 YYYY-MM-DD 格式的日期"),
  "options.unknownVersion": M(
    'unknown rule version "{value}" (known: {known})',
    "未知的规则版本“{value}”（可用：{known}）",
  ),
  "options.noMarket": M('no rule version defines the "{value}" market', "没有任何规则版本定义“{value}”市场"),
  "options.noRules": M("no rule versions loaded", "未加载任何规则版本"),
  "asOf.assumed": M("No as-of date given: evaluated as of today, {asOf}.", "未指定评估日期：按今天（{asOf}）评估。"),
  "issues.truncated": M('{count} more issues like "{code}" are not listed.', "另有 {count} 条“{code}”类问题未列出。"),
  "exclusion.unreadable": M("Unreadable date, amount or product", "日期、金额或产品无法识别"),
  "exclusion.product": M("Not an eligible product: {detail}", "非合格产品：{detail}"),
  "exclusion.beforeWindow": M("Dated before the TTM window", "早于 TTM 期间"),
  "exclusion.afterWindow": M("Dated after the as-of date", "晚于评估日期"),
  "exclusion.attribution": M("Not DPOR: {detail}", "非 DPOR：{detail}"),
} satisfies Record<string, LocalText>;

export type MessageCode = keyof typeof MESSAGES;

const isLocalText = (v: unknown): v is LocalText => typeof v === "object" && v !== null && "en" in v;

/**
 * Fills `{name}` placeholders; unknown names stay as written. A parameter that is a LocalText
 * (a field, a table, a market, a rule file's note) is put in the template's language.
 */
export function render(template: string, params: TextParams, lang: Lang = "en"): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const v = params[name];
    return isLocalText(v) ? v[lang] : String(v);
  });
}

/** The one text lookup: a key of any bilingual table, in one language, with its parameters filled. */
export function tr<K extends string>(
  table: Readonly<Record<K, LocalText>>,
  key: K,
  lang: Lang,
  params: TextParams = {},
): string {
  return render(table[key][lang], params, lang);
}

/** Message tables of other programs (the capability score's), registered by their modules. */
const PROGRAM_MESSAGES: Record<string, LocalText>[] = [];

/** Lets `issueText` render a program's own codes (score/messages.ts registers its table). */
export function registerMessages(table: Record<string, LocalText>): void {
  if (!PROGRAM_MESSAGES.includes(table)) PROGRAM_MESSAGES.push(table);
}

/** An issue's sentence in the reader's language. */
export function issueText(issue: Issue, lang: Lang): string {
  const known =
    (MESSAGES as Record<string, LocalText>)[issue.code] ?? PROGRAM_MESSAGES.find((t) => issue.code in t)?.[issue.code];
  return known ? render(known[lang], issue.params, lang) : issue.code;
}

const ISSUE_CAP_PER_CODE = 500;

/**
 * Collects issues for one evaluation; caps each code so a million bad rows stay readable. A
 * program with its own sentences (the capability score) passes its table and code type.
 */
export class IssueLog<C extends string = MessageCode> {
  readonly issues: Issue[] = [];
  private readonly counts = new Map<string, number>();

  add(
    sheet: string,
    row: number | null,
    column: string | null,
    severity: Severity,
    code: C,
    params: TextParams = {},
  ): void {
    const key = `${sheet}\u0000${code}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n > ISSUE_CAP_PER_CODE) return;
    this.issues.push({ sheet, row, column, severity, code, params });
  }

  /** Issues in reading order (sheet by sheet, top to bottom), then one "N more" line per capped code. */
  finish(): Issue[] {
    const sheetOrder = new Map<string, number>();
    for (const i of this.issues) if (!sheetOrder.has(i.sheet)) sheetOrder.set(i.sheet, sheetOrder.size);
    this.issues.sort(
      (a, b) =>
        (sheetOrder.get(a.sheet) as number) - (sheetOrder.get(b.sheet) as number) || (a.row ?? 0) - (b.row ?? 0),
    );
    for (const [key, n] of this.counts) {
      if (n <= ISSUE_CAP_PER_CODE) continue;
      const [sheet, code] = key.split("\u0000");
      const params = { count: n - ISSUE_CAP_PER_CODE, code };
      this.issues.push({ sheet, row: null, column: null, severity: "info", code: "issues.truncated", params });
    }
    return this.issues;
  }
}

/** Word ids as one parameter in both languages: ["date", "amount"] → "date, amount" / "日期、金额". */
export function wordsOf(ids: string | readonly string[]): LocalText {
  const list = typeof ids === "string" ? [ids] : ids;
  const word = (id: string, lang: Lang) => (WORDS as Record<string, LocalText>)[id]?.[lang] ?? id;
  return { en: list.map((id) => word(id, "en")).join(", "), "zh-CN": list.map((id) => word(id, "zh-CN")).join("、") };
}

/** Labels for words the core puts into messages and reports. */
/** A field, table or unit id as a word in both languages; an id we have no word for stays as written. */
export function wordOf(id: string): LocalText | string {
  return Object.prototype.hasOwnProperty.call(WORDS, id) ? WORDS[id as keyof typeof WORDS] : id;
}

export const WORDS = {
  // Fields of the capability score's tables (column notes, merged cells).
  month: M("month", "月份"),
  tenant: M("customer tenant", "客户租户"),
  workload: M("workload", "工作负载"),
  units: M("units", "数量"),
  attribution: M("attribution", "归属"),
  metricType: M("metric type", "指标类型"),
  certification: M("certification", "认证"),
  corpEmail: M("corporate email", "公司邮箱"),
  firstName: M("first name", "名"),
  lastName: M("last name", "姓"),
  earnedOn: M("earned date", "获得日期"),
  expiresOn: M("expiry date", "到期日期"),
  status: M("status", "状态"),
  staff: M("staff", "员工"),
  revenue: M("revenue", "收入"),
  person: M("name", "姓名"),
  personId: M("ID", "工号"),
  exam: M("exam", "考试"),
  passedOn: M("pass date", "通过日期"),
  active: M("active", "在职"),
  customer: M("customer", "客户"),
  product: M("product", "产品"),
  date: M("date", "日期"),
  amount: M("amount", "金额"),
  dpor: M("DPOR", "记录在案的合作伙伴"),
  result: M("exam result", "考试结果"),
  currency: M("currency", "币种"),
  staffExpected: M("Name, Exam, Passed on, Active", "姓名、考试、通过日期、在职"),
  revenueExpected: M("Customer, Product, Date, Amount, DPOR", "客户、产品、日期、金额、DPOR"),
  thousands: M("thousands", "千"),
  tenThousands: M("ten thousands (万)", "万"),
  localCurrency: M("a local currency", "本币金额"),
  grossOrTax: M("an amount with tax or a gross amount", "含税或毛额金额"),
  otherDate: M("a hire, start or birth date", "入职、开始或出生日期"),
  developed: M("developed market", "成熟市场"),
  developing: M("developing market", "发展中市场"),
  noDporConsequence: M("no revenue row counts as DPOR.", "所有收入行均不计为 DPOR。"),
  blank: M("blank", "空白"),
  no: M("No", "否"),
} satisfies Record<string, LocalText>;
