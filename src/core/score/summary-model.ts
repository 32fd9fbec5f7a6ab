// The story of one capability score, told once in one language: the track and why, each metric's
// verdict, the total, the plan to 70 (or why there is none), the excluded rows and the issues. The
// results sheet, the terminal summary and the task pane lay out these sentences.
import type { Lang } from "../types";
import { issueLine, type IssueLine } from "../summary-model";
import { scoreExclusionText } from "./exclusions";
import { fixed2 } from "./fraction";
import { PLAN_UNIT_LABEL, scoreLabel, type ScoreLabel } from "./labels";
import { SCORE_WORDS, scoreText } from "./messages";
import type { MetricResult, ScoreEvaluation, ScoreExclusion, ScorePlanStep } from "./types";

export interface ScoreSummary {
  lang: Lang;
  title: string;
  designation: string;
  track: string;
  trackReason: string;
  /** "QUALIFIED" / "NOT QUALIFIED". */
  verdict: string;
  /** "42.50 of 100 (70 needed, at least 1 in each metric)". */
  totalOf: string;
  /** Each metric with its name and "PASS" / "FAIL" (at least 1 point). */
  metrics: (MetricResult & { name: string; verdict: string })[];
  /** When no plan is listed: "Qualified: nothing to add.", or why no plan exists. */
  planNote: string | null;
  /** Each step with its metric's name and its unit ("advanced-certified people"). */
  plan: (ScorePlanStep & { name: string; unit: string })[];
  /** Each exclusion with its table's name and its reason as a sentence. */
  exclusions: (ScoreExclusion & { tableName: string; text: string })[];
  issues: IssueLine[];
}

/** The score as sentences in `lang`; every surface lays out these. */
export function scoreSummaryModel(e: ScoreEvaluation, lang: Lang): ScoreSummary {
  const L = (k: ScoreLabel, p?: Record<string, string | number>) => scoreLabel(k, lang, p);
  const blocked = e.planBlockedBy === "usageGrowthBaseline" ? "blockedBaseline" : "blockedMissing";
  return {
    lang,
    title: L("title"),
    designation: e.rules.name[lang],
    track: SCORE_WORDS[e.track][lang],
    trackReason: scoreText(e.trackReason, lang),
    verdict: L(e.qualified ? "qualified" : "notQualified"),
    totalOf: L("totalOf", { total: fixed2(e.total) }),
    metrics: e.metrics.map((m) => ({ ...m, name: SCORE_WORDS[m.id][lang], verdict: L(m.atLeastOne ? "yes" : "no") })),
    planNote: e.qualified ? L("planNone") : e.planBlockedBy ? L("planBlocked", { why: L(blocked) }) : null,
    plan: e.plan.map((p) => ({ ...p, name: SCORE_WORDS[p.metric][lang], unit: L(PLAN_UNIT_LABEL[p.metric]) })),
    exclusions: e.exclusions.map((x) => ({
      ...x,
      tableName: SCORE_WORDS[x.table][lang],
      text: scoreExclusionText(x, lang),
    })),
    issues: e.issues.map((i) => issueLine(i, L(i.severity), lang)),
  };
}
