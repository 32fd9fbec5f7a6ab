// An evaluation → what each COMPETENCY function returns.
import type { Evaluation, Lang } from "../core";
import { describeNeeds, tierName } from "../core";
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
  const rows: string[][] = [[ft("gapsTier", lang), ft("gapsSlot", lang), ft("gapsRequirement", lang), ft("gapsCandidate", lang), ft("gapsNeeds", lang)]];
  for (const t of e.tiers) {
    if (tierId !== undefined && t.id !== tierId) continue;
    for (const m of t.missing) {
      const best = m.candidates[0];
      rows.push([
        tierName(e, t.id, lang),
        String(m.slot),
        describeNeeds(m.requires, e, lang),
        best ? best.person : ft("gapsNoCandidate", lang),
        best ? describeNeeds(best.needs, e, lang) : describeNeeds(m.requires, e, lang),
      ]);
    }
  }
  if (rows.length === 1) rows.push([ft("gapsNone", lang), "", "", "", ""]);
  return rows;
}
