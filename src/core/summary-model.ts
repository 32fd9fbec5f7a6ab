// The story of one Cloud CRM result, told once: the tier, each tier's verdict, the missing slots
// with the closest people, the cheapest plan, the revenue lines and the issue counts, as sentences
// in one language. The terminal summary, the task pane and the GAPS function only lay it out.
import type { Evaluation, Issue, Lang, LocalText, Severity, TextParams } from "./types";
import { toIso } from "./dates";
import { issueText, localText, tr } from "./messages";
import { describeNeeds, exclusionText, LABELS, nextTier, tierName, usdText } from "./report-text";

const M = localText;

/** Sentences about a result; the surfaces' own tables hold only their frames and controls. */
export const SUMMARY_TEXT = {
  rulesLine: M("Rule version {version} · {market}", "规则版本 {version} · {market}"),
  asOfLine: M("As of {asOf} · TTM {start} – {end}", "评估日期 {asOf} · TTM {start} 至 {end}"),
  windowRange: M("{start} to {end}", "{start} 至 {end}"),
  fails: M("FAIL ({what})", "未通过（{what}）"),
  failRevenue: M("revenue", "收入"),
  failExams: M("exams", "考试"),
  missingHeading: M("Missing exam slots", "缺少的考试名额"),
  missingSlot: M("{tier} slot {slot}: needs {needs}", "{tier} 名额 {slot}：需要 {needs}"),
  closest: M("closest candidates:", "最接近的人选："),
  needsWhat: M("{person} needs {needs}", "{person} 还需 {needs}"),
  noneMissing: M("Every exam slot of every tier is filled.", "所有等级的考试名额均已满足。"),
  planHeadingCount: M("Cheapest plan to {tier}: {count} exam(s)", "达到{tier}的最省方案：共 {count} 门考试"),
  planStep: M("{person} (slot {slot}): {needs}", "{person}（名额 {slot}）：{needs}"),
  planRevenueOnly: M(
    "Cheapest plan to {tier}: the exam slots are filled; revenue is short by {gap} USD.",
    "达到{tier}的最省方案：考试名额已满足；收入仍差 {gap} 美元。",
  ),
  revenueHeading: M(
    "Revenue: {counted} rows counted, {excluded} excluded",
    "收入：计入 {counted} 行，排除 {excluded} 行",
  ),
  ready: M("Report ready: {tier}.", "报告已生成：{tier}。"),
} satisfies Record<string, LocalText>;

export interface TierLine {
  id: string;
  name: string;
  requiredCents: number;
  actualCents: number;
  gapCents: number;
  slotsFilled: number;
  slotsRequired: number;
  revenuePass: boolean;
  examPass: boolean;
  pass: boolean;
  /** "PASS" / "FAIL". */
  verdict: string;
  /** "PASS", or "FAIL (revenue, exams)". */
  verdictWithReasons: string;
}

export interface MissingLine {
  tierId: string;
  tier: string;
  slot: number;
  requirement: string;
  /** "Gold slot 3: needs Business (…) + Deployment (…)". */
  sentence: string;
  candidates: { person: string; needs: string; sentence: string }[];
}

export interface PlanModel {
  /** The tier the plan aims at; null when every tier is met. */
  tierId: string | null;
  /** "Cheapest plan to Gold", or "Every tier is met: no plan needed." */
  heading: string;
  /** "Cheapest plan to Gold: 2 exam(s)" (null when no exam is needed or no tier is left). */
  headingWithCount: string | null;
  /** One sentence per person: "Li Na (slot 3): Deployment (MB2-710 or MB2-706)". */
  steps: { person: string; newPerson: boolean; slot: number; exams: string; sentence: string }[];
  /** "2 exam(s) in total." / "The exam slots are already filled." / "Revenue still short by …". */
  notes: string[];
  /** When the slots are filled but revenue is short: the whole plan in one sentence. */
  revenueOnly: string | null;
}

export interface RevenueLine {
  kind: "counted" | "excluded";
  label: string;
  rows: number;
  cents: number;
}

export interface IssueLine {
  sheet: string;
  row: number | null;
  column: string | null;
  severity: Severity;
  severityName: string;
  code: string;
  text: string;
}

/** An issue as a line every surface lays out (both programs); `severityName` in the report's language. */
export const issueLine = (i: Issue, severityName: string, lang: Lang): IssueLine => ({
  sheet: i.sheet,
  row: i.row,
  column: i.column,
  severity: i.severity,
  severityName,
  code: i.code,
  text: issueText(i, lang),
});

export interface ResultSummary {
  lang: Lang;
  title: string;
  tierId: string;
  tier: string;
  competency: string;
  rulesLine: string;
  asOf: string;
  asOfAssumed: boolean;
  window: string;
  asOfLine: string;
  retired: string | null;
  tiers: TierLine[];
  missing: MissingLine[];
  /** Set when nothing is missing. */
  noneMissing: string | null;
  plan: PlanModel;
  revenueHeading: string;
  revenue: RevenueLine[];
  issueCounts: Record<Severity, number>;
  /** "errors: 0 · warnings: 1 · notes: 2". */
  issueCountsLine: string;
  issues: IssueLine[];
  announcement: string;
}

const say = (key: keyof typeof SUMMARY_TEXT, lang: Lang, params: TextParams = {}) =>
  tr(SUMMARY_TEXT, key, lang, params);

/** The result as sentences in `lang`; every surface lays out these and nothing else. */
export function summaryModel(e: Evaluation, lang: Lang): ResultSummary {
  const L = (k: keyof typeof LABELS, p: TextParams = {}) => tr(LABELS, k, lang, p);
  const tier = tierName(e, e.tier, lang);
  const start = toIso(e.revenue.windowStart);
  const end = toIso(e.revenue.windowEnd);
  const issueCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of e.issues) issueCounts[i.severity]++;

  const tiers: TierLine[] = e.tiers.map((t) => {
    const why = [!t.revenuePass ? say("failRevenue", lang) : "", !t.examPass ? say("failExams", lang) : ""].filter(
      Boolean,
    );
    return {
      id: t.id,
      name: tierName(e, t.id, lang),
      requiredCents: t.requiredCents,
      actualCents: e.revenue.ttmCents,
      gapCents: t.gapCents,
      slotsFilled: t.slotsFilled,
      slotsRequired: t.slotsRequired,
      revenuePass: t.revenuePass,
      examPass: t.examPass,
      pass: t.pass,
      verdict: L(t.pass ? "pass" : "fail"),
      verdictWithReasons: t.pass ? L("pass") : say("fails", lang, { what: why.join(lang === "zh-CN" ? "、" : ", ") }),
    };
  });

  const missing: MissingLine[] = e.tiers.flatMap((t) =>
    t.missing.map((m) => {
      const name = tierName(e, t.id, lang);
      const requirement = describeNeeds(m.requires, e, lang);
      return {
        tierId: t.id,
        tier: name,
        slot: m.slot,
        requirement,
        sentence: say("missingSlot", lang, { tier: name, slot: m.slot, needs: requirement }),
        candidates: m.candidates.map((c) => {
          const needs = describeNeeds(c.needs, e, lang);
          return { person: c.person, needs, sentence: say("needsWhat", lang, { person: c.person, needs }) };
        }),
      };
    }),
  );

  const next = nextTier(e);
  const plan: PlanModel = {
    tierId: null,
    heading: L("planAllMet"),
    headingWithCount: null,
    steps: [],
    notes: [],
    revenueOnly: null,
  };
  if (next) {
    const target = tierName(e, next.id, lang);
    plan.tierId = next.id;
    plan.heading = L("plan", { tier: target });
    plan.steps = next.plan.map((p) => {
      const person = p.person ?? L("newPerson");
      const exams = describeNeeds(p.exams, e, lang);
      return {
        person,
        newPerson: p.person === null,
        slot: p.slot,
        exams,
        sentence: say("planStep", lang, { person, slot: p.slot, needs: exams }),
      };
    });
    if (next.plan.length) {
      plan.headingWithCount = say("planHeadingCount", lang, { tier: target, count: next.planExamCount });
      plan.notes.push(L("planTotal", { count: next.planExamCount }));
    } else {
      plan.notes.push(L("planNone"));
      plan.revenueOnly = say("planRevenueOnly", lang, { tier: target, gap: usdText(next.gapCents, lang) });
    }
    if (next.gapCents > 0) plan.notes.push(L("planRevenueGap", { gap: usdText(next.gapCents, lang) }));
  }

  const revenue: RevenueLine[] = [
    ...e.revenue.byProduct.map((p) => ({
      kind: "counted" as const,
      label: L("counted", { product: p.product }),
      rows: p.rows,
      cents: p.cents,
    })),
    ...e.revenue.excluded.map((x) => ({
      kind: "excluded" as const,
      label: L("excluded", { reason: exclusionText(x, lang) }),
      rows: x.rows,
      cents: x.cents,
    })),
  ];

  return {
    lang,
    title: L("title"),
    tierId: e.tier,
    tier,
    competency: e.rules.name[lang],
    rulesLine: say("rulesLine", lang, { version: e.rules.version, market: e.rules.marketName }),
    asOf: toIso(e.asOf),
    asOfAssumed: e.asOfAssumed,
    window: say("windowRange", lang, { start, end }),
    asOfLine: say("asOfLine", lang, { asOf: toIso(e.asOf), start, end }),
    retired: e.retired ? e.retired.note[lang] : null,
    tiers,
    missing,
    noneMissing: missing.length ? null : say("noneMissing", lang),
    plan,
    revenueHeading: say("revenueHeading", lang, { counted: e.revenue.countedRows, excluded: e.revenue.excludedRows }),
    revenue,
    issueCounts,
    issueCountsLine: L("issuesSummary", {
      errors: issueCounts.error,
      warnings: issueCounts.warning,
      infos: issueCounts.info,
    }),
    issues: e.issues.map((i) => issueLine(i, L(i.severity), lang)),
    announcement: say("ready", lang, { tier }),
  };
}
