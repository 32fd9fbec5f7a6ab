// issue 15: what the task pane shows for the Business Applications capability score — pure view
// models from a ScoreEvaluation (tested without a DOM); view.ts puts them on the page.
import type { Lang, MetricId, ScoreEvaluation, ScoreTable } from "../core";
import { fixed2, SCORE_WORDS, scoreSummaryModel, truncate2 } from "../core";
import type { AddinSettings } from "../excel/settings";
import { t, type PaneTextKey } from "./i18n";
import type { SelectView } from "./pane-views";

export function programView(s: AddinSettings, lang: Lang): SelectView {
  return {
    options: [
      { value: "cloud-crm", label: t("programCloudCrm", lang) },
      { value: "business-applications", label: t("programBusinessApplications", lang) },
    ],
    selected: s.program ?? "cloud-crm",
  };
}

export interface MetricBar {
  id: MetricId;
  name: string;
  /** "12.85 / 15", truncated like Partner Center. */
  text: string;
  /** Share of the bar filled, 0 to 1. */
  fill: number;
  atLeastOne: boolean;
  atLeastOneText: string;
}

export interface ScoreView {
  track: string;
  trackReason: string;
  months: string;
  metrics: MetricBar[];
  total: string;
  /** Share of 100 filled by the total, and where the qualifying line is, 0 to 1. */
  totalFill: number;
  lineAt: number;
  qualified: boolean;
  verdict: string;
  planHeading: string;
  /** One line per step, or one line saying there is nothing to add or why no plan exists. */
  plan: string[];
  planBlocked: boolean;
  tables: string;
  issues: string;
  note: string;
  announcement: string;
}

const UNIT: Record<MetricId, PaneTextKey> = {
  netCustomerAdds: "scoreUnitNetCustomerAdds",
  intermediateCertifications: "scoreUnitCertifications",
  advancedCertifications: "scoreUnitCertifications",
  usageGrowth: "scoreUnitUsageGrowth",
  deployments: "scoreUnitDeployments",
};

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

export function scoreView(e: ScoreEvaluation, lang: Lang): ScoreView {
  const line = e.qualifyingTotal;
  const s = scoreSummaryModel(e, lang);
  const metrics = s.metrics.map((m): MetricBar => ({
    id: m.id,
    name: m.name,
    text: t("scorePointsOf", lang, { points: fixed2(m.points), max: m.max }),
    fill: m.max > 0 ? clamp01(truncate2(m.points) / m.max) : 0,
    atLeastOne: m.atLeastOne,
    atLeastOneText: t(m.atLeastOne ? "scoreYes" : "scoreNo", lang),
  }));
  let plan: string[];
  if (e.planBlockedBy)
    plan = [
      t(e.planBlockedBy === "usageGrowthBaseline" ? "scorePlanBlockedBaseline" : "scorePlanBlockedUsage", lang, {
        line,
      }),
    ];
  else if (e.plan.length === 0) plan = [t("scorePlanNone", lang)];
  else
    plan = s.plan.map((p) =>
      t("scorePlanStep", lang, {
        metric: p.name,
        units: p.units,
        unit: t(UNIT[p.metric], lang),
        points: fixed2(p.points),
      }),
    );
  const tables = ["certifications", "revenue", "usage"] as ScoreTable[];
  const names = (found: boolean) =>
    tables
      .filter((x) => e.tablesFound[x] === found)
      .map((x) => SCORE_WORDS[x][lang])
      .join(lang === "en" ? ", " : "、") || t("scoreNone", lang);
  const total = fixed2(e.total);
  const verdict = t(e.qualified ? "scoreQualified" : "scoreNotQualified", lang);
  return {
    track: t("scoreTrack", lang, { track: s.track }),
    trackReason: s.trackReason,
    months: t("scoreMonths", lang, { month: e.month, baseMonth: e.baseMonth, version: e.rules.version }),
    metrics,
    total: t("scoreTotal", lang, { total, line }),
    totalFill: clamp01(truncate2(e.total) / 100),
    lineAt: clamp01(line / 100),
    qualified: e.qualified,
    verdict,
    planHeading: t("scorePlanHeading", lang, { line }),
    plan,
    planBlocked: e.planBlockedBy !== null,
    tables: t("scoreTablesLine", lang, { tables: names(true), missing: names(false) }),
    issues: e.issues.length ? t("scoreIssues", lang, { count: e.issues.length }) : "",
    note: t("scoreInputsNote", lang),
    announcement: `${t("scoreHeading", lang)}: ${total} — ${verdict}`,
  };
}
