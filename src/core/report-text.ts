// Phrases every surface uses to describe a result (grid, terminal, task pane, GAPS function),
// so a requirement reads the same wherever a user meets it.
import type {
  Evaluation,
  ExclusionReason,
  GroupNeed,
  Lang,
  LocalText,
  RevenueExclusion,
  TierEvaluation,
} from "./types";
import { localText, MESSAGES, tr, WORDS, type MessageCode } from "./messages";

const M = localText;

export const LABELS = {
  title: M("Cloud CRM competency — results", "云客户关系管理能力 — 评估结果"),
  competency: M("Competency", "能力"),
  ruleVersion: M("Rule version", "规则版本"),
  market: M("Market", "市场"),
  asOf: M("As-of date", "评估日期"),
  asOfAssumedNote: M("not given: today was assumed", "未指定：按今天计算"),
  window: M("TTM window", "TTM 期间"),
  result: M("Result tier", "结果等级"),
  notice: M("Notice", "注意"),
  issuesCount: M("Data issues", "数据问题"),
  issuesSummary: M(
    "errors: {errors} · warnings: {warnings} · notes: {infos}",
    "错误：{errors} · 警告：{warnings} · 提示：{infos}",
  ),
  tiers: M("Tiers", "等级"),
  tier: M("Tier", "等级"),
  required: M("Revenue required (USD)", "收入要求（美元）"),
  actual: M("TTM revenue (USD)", "TTM 收入（美元）"),
  gap: M("Revenue gap (USD)", "收入差额（美元）"),
  slotsFilled: M("Slots filled", "已满足名额"),
  slotsRequired: M("Slots required", "要求名额"),
  revenueCheck: M("Revenue", "收入"),
  examsCheck: M("Exams", "考试"),
  slots: M("Exam slots (each slot is one distinct person)", "考试名额（每个名额须为不同的人）"),
  slot: M("Slot", "名额"),
  requirement: M("Requirement", "要求"),
  status: M("Status", "状态"),
  person: M("Person", "人员"),
  examsHeld: M("Exams held", "已通过考试"),
  candidates: M("Closest candidates (what each still needs)", "最接近的人选（各自还需）"),
  filled: M("Filled", "已满足"),
  missing: M("MISSING", "缺少"),
  missingPerson: M("— nobody yet —", "— 暂无 —"),
  noCandidates: M("no one on the staff sheet is free", "员工表中没有可用人选"),
  plan: M("Cheapest plan to {tier}", "达到{tier}的最省方案"),
  planAllMet: M("Every tier is met: no plan needed.", "所有等级均已满足，无需方案。"),
  planExams: M("Exams to pass", "需通过的考试"),
  planNone: M("The exam slots are already filled.", "考试名额均已满足。"),
  planTotal: M("{count} exam(s) in total.", "共需 {count} 门考试。"),
  planRevenueGap: M("Revenue still short by {gap} USD.", "收入仍差 {gap} 美元。"),
  newPerson: M("New person needed", "需新增人员"),
  revenueDetail: M("Revenue detail", "收入明细"),
  category: M("Category", "类别"),
  rows: M("Rows", "行数"),
  amount: M("Amount (USD)", "金额（美元）"),
  counted: M("Counted: {product}", "计入：{product}"),
  countedTotal: M("Counted total (TTM net new revenue)", "计入合计（TTM 净新收入）"),
  excluded: M("Excluded: {reason}", "排除：{reason}"),
  notAccepted: M("Exams not accepted under these rules", "在这些规则下不被接受的考试"),
  exam: M("Exam", "考试"),
  reason: M("Reason", "原因"),
  reasonExpired: M("past its acceptance window", "已超过接受期限"),
  reasonNotListed: M("not listed in this version; version {other} lists it", "本版本未列出；版本 {other} 列出了该考试"),
  reasonUnknown: M("not a known exam", "不是已知考试"),
  issues: M("Data issues", "数据问题"),
  sheet: M("Sheet", "工作表"),
  row: M("Row", "行"),
  column: M("Column", "列"),
  severity: M("Severity", "严重程度"),
  message: M("Message", "说明"),
  noIssues: M("No data issues.", "没有数据问题。"),
  pass: M("PASS", "通过"),
  fail: M("FAIL", "未通过"),
  none: M("None", "无"),
  or: M(" or ", " 或 "),
  and: M(" + ", " + "),
  error: M("error", "错误"),
  warning: M("warning", "警告"),
  info: M("note", "提示"),
  columnsUsed: M("Columns used", "使用的列"),
  table: M("Table", "表"),
  field: M("Field", "字段"),
  header: M("Header", "标题"),
  productsReadAs: M("Product texts and what they were read as", "产品文本及其识别结果"),
  productText: M("Product text", "产品文本"),
  readAs: M("Read as", "识别为"),
} satisfies Record<string, LocalText>;

/** "Business (MB2-714 or MB2-713) + Deployment (MB2-710 or MB2-706)". */
export function describeNeeds(needs: readonly GroupNeed[], e: Evaluation, lang: Lang): string {
  return needs
    .map((n) => `${e.rules.groupNames[n.group]?.[lang] ?? n.group} (${n.exams.join(tr(LABELS, "or", lang))})`)
    .join(tr(LABELS, "and", lang));
}

export function tierName(e: Evaluation, id: string, lang: Lang): string {
  if (id === "none") return tr(LABELS, "none", lang);
  return e.rules.tierNames.find((t) => t.id === id)?.name[lang] ?? id;
}

/** The tier a plan should aim at: the lowest tier above the result, or null when the top is met. */
export function nextTier(e: Evaluation): TierEvaluation | null {
  const at = e.tiers.findIndex((t) => t.id === e.tier);
  return e.tiers[at + 1] ?? null;
}

export function usdText(cents: number, lang: Lang): string {
  return (cents / 100).toLocaleString(lang === "zh-CN" ? "zh-CN" : "en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

const EXCLUSION_MESSAGES: Record<ExclusionReason, MessageCode> = {
  unreadable: "exclusion.unreadable",
  "before-window": "exclusion.beforeWindow",
  "after-window": "exclusion.afterWindow",
  straddle: "exclusion.straddle",
  product: "exclusion.product",
  attribution: "exclusion.attribution",
  currency: "exclusion.currency",
};

/** "Not DPOR: CPOR", "Not an eligible product: Azure", in the reader's language. */
export function exclusionText(x: Pick<RevenueExclusion, "reason" | "detail">, lang: Lang): string {
  const detail =
    x.reason === "attribution" && x.detail === ""
      ? WORDS.blank
      : x.reason === "attribution" && x.detail === "NO"
        ? WORDS.no
        : x.detail;
  return tr(MESSAGES, EXCLUSION_MESSAGES[x.reason], lang, { detail });
}

/** Which sheet and header each field was read from, table by table (staff, then revenue). */
export function columnsUsed(
  e: Evaluation,
  lang: Lang,
): { table: string; field: string; sheet: string; header: string }[] {
  const out: { table: string; field: string; sheet: string; header: string }[] = [];
  for (const table of ["staff", "revenue"] as const) {
    const m = e.columns[table];
    if (!m) continue;
    for (const [field, header] of Object.entries(m.headers) as [keyof typeof WORDS, string][])
      out.push({ table: WORDS[table][lang], field: WORDS[field]?.[lang] ?? field, sheet: m.sheet ?? "", header });
  }
  return out;
}
