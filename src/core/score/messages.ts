// Every sentence and word of the capability score (docs/rules.md §7), in English and 简体中文. Issues use
// the shared IssueLog with these codes; shared codes (table.*, options.*) come from MESSAGES.
import type { Lang, LocalText, TextParams } from "../types";
import type { ScoreTable } from "./types";
import { localText as M, MESSAGES, registerMessages, render } from "../messages";

export const SCORE_MESSAGES = {
  "score.tableMissing": M("No {table} table found; {metrics} score 0 points.", "未找到{table}表；{metrics}记 0 分。"),
  "score.noTables": M(
    "No certification, revenue or usage table found; every metric scores 0.",
    "未找到认证表、收入表或使用量表；所有指标均记 0 分。",
  ),
  "score.rulesBeforeFirst": M("{note}", "{note}"),
  "score.monthUnreadable": M('Month "{value}" not understood; row excluded.', "无法识别月份“{value}”；该行已排除。"),
  "score.monthMissing": M("No month or date; row excluded.", "缺少月份或日期；该行已排除。"),
  "score.amountUnreadable": M(
    'Amount "{value}" not understood (expected USD such as 12,345.67 or (1,200.00)); row excluded.',
    "无法识别金额“{value}”（应为美元金额，如 12,345.67 或 (1,200.00)）；该行已排除。",
  ),
  "score.amountMissing": M("No amount; row excluded.", "缺少金额；该行已排除。"),
  "score.unitsUnreadable": M(
    'Units "{value}" not understood (expected a number of users or profiles); row excluded.',
    "无法识别数量“{value}”（应为用户数或档案数）；该行已排除。",
  ),
  "score.unitsMissing": M("No units (MAU or profiles); row excluded.", "缺少数量（月活跃用户或档案数）；该行已排除。"),
  "score.tenantMissing": M("No customer tenant; row excluded.", "缺少客户租户；该行已排除。"),
  "score.workloadMissing": M("No workload; row excluded.", "缺少工作负载；该行已排除。"),
  "score.bareCpor": M(
    'Attribution "{value}" does not say which CPOR (RevRec, OSA, OSU…); it is not eligible for any metric.',
    "归属“{value}”未注明是哪种 CPOR（RevRec、OSA、OSU…）；不计入任何指标。",
  ),
  "score.metricTypeUnknown": M(
    'Metric type "{value}" is neither paid nor trial; its usage is counted as paid.',
    "指标类型“{value}”既不是付费也不是试用；其使用量按付费计入。",
  ),
  "score.attributionUnknown": M(
    'Attribution "{value}" is not a known partner association type; not counted.',
    "归属“{value}”不是已知的合作伙伴关联类型；不计入。",
  ),
  "cert.noPerson": M("Row has a certification but no name or email; skipped.", "该行有认证但没有姓名或邮箱；已跳过。"),
  "cert.earnedUnreadable": M(
    'Earned date "{value}" not understood; this certification is not counted until it is fixed.',
    "无法识别获得日期“{value}”；修正之前不计入该认证。",
  ),
  "cert.earnedBlank": M(
    "{person}: {cert} has no earned date; counted as earned before the as-of date.",
    "{person}：{cert} 没有获得日期；按评估日期之前获得计入。",
  ),
  "cert.earnedMonthOnly": M(
    '{person}: the earned date of {cert}, "{value}", names a month, not a day; read as its last day, {date}, so not counted. With the day it may count.',
    "{person}：{cert} 的获得日期“{value}”只有月份没有日；按该月最后一天 {date} 计算，因此不计入。写明具体日期后可能计入。",
  ),
  "cert.expiryUnreadable": M(
    'Expiry date "{value}" not understood; this certification is not counted until it is fixed.',
    "无法识别到期日期“{value}”；修正之前不计入该认证。",
  ),
  "cert.statusUnknown": M(
    'Status "{value}" ({person}) not understood; the row is not counted.',
    "无法识别状态“{value}”（{person}）；该行不计入。",
  ),
  "cert.unknown": M(
    '"{value}" is not a Business Applications certification; not counted.',
    "“{value}”不是业务应用程序认证；不计入。",
  ),
  "cert.notListed": M(
    "{cert} ({person}) does not count under rule version {version}; rule version {other} lists it.",
    "{cert}（{person}）在规则版本 {version} 下不计入；规则版本 {other} 列有该认证。",
  ),
  "cert.notYetAccepted": M(
    "{code} ({person}) counts as {cert} only from {from}.",
    "{code}（{person}）自 {from} 起才计为 {cert}。",
  ),
  "cert.notYetEarned": M(
    "{person} earned {cert} on {date}, after the as-of date {asOf}; not counted.",
    "{person} 于 {date} 获得 {cert}，晚于评估日期 {asOf}；不计入。",
  ),
  "cert.expired": M(
    "{cert} ({person}) expired on {date}; not counted.",
    "{cert}（{person}）已于 {date} 到期；不计入。",
  ),
  "cert.inactive": M(
    '{cert} ({person}) has status "{status}"; not counted.',
    "{cert}（{person}）状态为“{status}”；不计入。",
  ),
  "cert.retired": M(
    "{cert} ({person}) retired on {retires} and counted only until {until}; not counted.",
    "{cert}（{person}）已于 {retires} 退役，仅计入至 {until}；不计入。",
  ),
  "cert.earnedAfterRetirement": M(
    "{cert} ({person}) was earned on or after its retirement on {retires}; not counted.",
    "{cert}（{person}）在其退役日 {retires} 当天或之后获得；不计入。",
  ),
  "cert.ended": M(
    "{cert} ({person}) counts only before {until}; not counted.",
    "{cert}（{person}）仅在 {until} 之前计入；不计入。",
  ),
  "cert.prerequisite": M(
    "{person}: {code} is counted as {cert}; that certification also needs its associate prerequisite.",
    "{person}：{code} 计为 {cert}；该认证还需要相应的助理级先决认证。",
  ),
  "track.forced": M("{track}, as chosen.", "{track}（按指定）。"),
  "track.enterprise": M(
    "Enterprise: {now} workloads had a customer tenant with more than ${above} of eligible revenue in {month} and {base} in {baseMonth} (at least {needed} needed in both).",
    "企业：{month} 有 {now} 个工作负载、{baseMonth} 有 {base} 个工作负载存在合格收入超过 ${above} 的客户租户（两个月均需至少 {needed} 个）。",
  ),
  "track.smb": M(
    "SMB: {now} workloads had a customer tenant with more than ${above} of eligible revenue in {month} and {base} in {baseMonth}; Enterprise needs at least {needed} in both.",
    "中小企业：{month} 有 {now} 个工作负载、{baseMonth} 有 {base} 个工作负载存在合格收入超过 ${above} 的客户租户；企业轨道要求两个月均至少 {needed} 个。",
  ),
  "track.noRevenue": M(
    "SMB: no revenue table, so the Enterprise test cannot be met.",
    "中小企业：没有收入表，无法满足企业轨道的条件。",
  ),
  "exclusion.unreadable": M(
    "Unreadable month, tenant, workload, amount or units",
    "月份、租户、工作负载、金额或数量无法识别",
  ),
  "exclusion.outsideMonths": M("Outside the latest and base months", "不在最近月份和基准月份内"),
  "exclusion.workload": M("Workload not eligible: {detail}", "工作负载不合格：{detail}"),
  "exclusion.attribution": M("Attribution not eligible for this metric: {detail}", "归属不适用于该指标：{detail}"),
  "exclusion.trial": M("Trial usage", "试用使用量"),
  "exclusion.belowRevenueFloor": M(
    "(tenant, workload) pairs below ${floor} in {month}",
    "{month} 低于 ${floor} 的（租户，工作负载）组合",
  ),
  "exclusion.belowDeploymentFloor": M(
    "(tenant, workload) pairs below {floor} MCV in {month}",
    "{month} 低于 {floor} MCV 的（租户，工作负载）组合",
  ),
  "exclusion.certUnreadable": M("Unreadable earned or expiry date", "获得日期或到期日期无法识别"),
  "exclusion.certUnknown": M("Not a Business Applications certification", "非业务应用程序认证"),
  "exclusion.certNotListed": M("Not listed by this rule version", "本规则版本未列出"),
  "exclusion.certNotYetEarned": M("Earned after the as-of date", "晚于评估日期获得"),
  "exclusion.certExpired": M("Expired or inactive", "已到期或未激活"),
  "exclusion.certRetired": M("Retired", "已退役"),
  "exclusion.certStatus": M("Status not understood", "状态无法识别"),
  "exclusion.certNoPerson": M("No name or email", "没有姓名或邮箱"),
} satisfies Record<string, LocalText>;

export type ScoreMessageCode = keyof typeof SCORE_MESSAGES | keyof typeof MESSAGES;
export const SCORE_TEXTS: Record<string, LocalText> = { ...MESSAGES, ...SCORE_MESSAGES };

/** A sentence as a value: a message code and its parameters (words in both languages), rendered at the edge. */
export interface ScoreMessage<C extends ScoreMessageCode = ScoreMessageCode> {
  code: C;
  params: TextParams;
}

/** A score sentence in one language. */
export function scoreText(m: ScoreMessage, lang: Lang): string {
  return render(SCORE_TEXTS[m.code][lang], m.params, lang);
}

registerMessages(SCORE_MESSAGES);

/** Words the score puts into sentences and the report. */
export const SCORE_WORDS = {
  certifications: M("certifications", "认证"),
  revenue: M("revenue", "收入"),
  usage: M("usage", "使用量"),
  netCustomerAdds: M("Net customer adds", "净新增客户"),
  intermediateCertifications: M("Intermediate certifications", "中级认证"),
  advancedCertifications: M("Advanced certifications", "高级认证"),
  usageGrowth: M("Usage growth", "使用量增长"),
  deployments: M("Deployments", "部署"),
  intermediate: M("intermediate", "中级"),
  advanced: M("advanced", "高级"),
  enterprise: M("Enterprise", "企业"),
  smb: M("SMB", "中小企业"),
  certMetrics: M("intermediate and advanced certifications", "中级认证和高级认证"),
  revenueMetrics: M("net customer adds", "净新增客户"),
  usageMetrics: M("usage growth and deployments", "使用量增长和部署"),
} satisfies Record<string, LocalText>;

/** "No usage table found; usage growth and deployments score 0 points.": the words, in both languages. */
export function tableMissingParams(table: ScoreTable): TextParams {
  const metrics = { certifications: "certMetrics", revenue: "revenueMetrics", usage: "usageMetrics" } as const;
  return { table: SCORE_WORDS[table], metrics: SCORE_WORDS[metrics[table]] };
}
