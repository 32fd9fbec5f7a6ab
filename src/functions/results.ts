// An evaluation → what each COMPETENCY function returns.
import type { Evaluation, Lang, MetricId, ScoreEvaluation } from "../core";
import { summaryModel, tierName, truncate2 } from "../core";
import { ft } from "./messages";

/** "Gold" / "Silver" / "None" in every language: formulas compare against these words. */
export function tierResult(e: Evaluation): string {
  return tierName(e, e.tier, "en");
}

/** TTM net new revenue in USD (cents are exact: the sum is kept in integer cents). */
export function revenueResult(e: Evaluation): number {
  return e.revenue.ttmCents / 100;
}

/** Whether the tier passes; a tier the rules do not define does not. */
export function meetsResult(e: Evaluation, tierId: string): boolean {
  return e.tiers.find((t) => t.id === tierId)?.pass ?? false;
}

/**
 * Header row, then one row per missing slot (of one tier, or of every tier): tier, slot,
 * requirement, the closest candidate and what they still need. Rectangular, all text.
 */
export function gapsResult(e: Evaluation, tierId: string | undefined, lang: Lang): string[][] {
  const rows: string[][] = [
    [
      ft("gapsTier", lang),
      ft("gapsSlot", lang),
      ft("gapsRequirement", lang),
      ft("gapsCandidate", lang),
      ft("gapsNeeds", lang),
    ],
  ];
  for (const m of summaryModel(e, lang).missing) {
    if (tierId !== undefined && m.tierId !== tierId) continue;
    const best = m.candidates[0];
    rows.push([
      m.tier,
      String(m.slot),
      m.requirement,
      best ? best.person : ft("gapsNoCandidate", lang),
      best ? best.needs : m.requirement,
    ]);
  }
  if (rows.length === 1) rows.push([ft("gapsNone", lang), "", "", "", ""]);
  return rows;
}

// issue 15: the capability score, truncated to 2 decimals as Partner Center shows it (69.996 → 69.99, never 70.00).
export function scoreResult(e: ScoreEvaluation): number {
  return truncate2(e.total);
}

export function pointsResult(e: ScoreEvaluation, metric: MetricId): number {
  const m = e.metrics.find((x) => x.id === metric);
  return m ? truncate2(m.points) : 0;
}
