// ScoreEvaluation → the JSON contract of docs/rules.md §7.7 (CLI --json). Points and totals are exact
// inside and truncated to 2 decimals here (69.996 → 69.99); the track's reason and each issue's message
// are in `lang`.
import type { Lang } from "../types";
import { toIso } from "../dates";
import { truncate2, type Fraction } from "./fraction";
import { columnsOf, issueJson } from "../contract-json";
import { scorePassedOverText } from "./locate";
import { scoreText } from "./messages";
import type { ScoreEvaluation } from "./types";

const out = (f: Fraction | null) => (f === null ? null : truncate2(f));

export function toScoreContractJson(e: ScoreEvaluation, lang: Lang) {
  return {
    program: e.program,
    asOf: toIso(e.asOf),
    month: e.month,
    baseMonth: e.baseMonth,
    rules: { id: e.rules.id, version: e.rules.version },
    track: e.track,
    trackReason: scoreText(e.trackReason, lang),
    metrics: e.metrics.map((m) => ({
      id: m.id,
      points: out(m.points),
      max: m.max,
      units: out(m.units),
      now: out(m.now),
      base: out(m.base),
    })),
    total: out(e.total),
    qualified: e.qualified,
    planBlockedBy: e.planBlockedBy,
    plan: e.plan.map((p) => ({ metric: p.metric, units: p.units, points: out(p.points) })),
    months: e.months.map((m) => ({ month: m.month, track: m.track, total: out(m.total), qualified: m.qualified })),
    people: { intermediate: e.people.intermediate.map((p) => p.name), advanced: e.people.advanced.map((p) => p.name) },
    pairs: e.pairs,
    excluded: e.exclusions.map((x) => ({
      table: x.table,
      reason: x.reason.replace(/^exclusion\./, ""),
      detail: x.detail,
      rows: x.rows,
      ...(x.cents === null ? {} : { usd: x.cents / 100 }),
    })),
    issues: e.issues.map((i) => issueJson(i, lang)),
    // As Cloud CRM's contract (issue 11): the column of each field, and the sheets read or passed over.
    columns: {
      certifications: columnsOf(e.columns.certifications),
      revenue: columnsOf(e.columns.revenue),
      usage: columnsOf(e.columns.usage),
    },
    sheets: {
      used: e.sheets.used.map((u) => ({ table: u.table, sheet: u.sheet, ...(u.hidden ? { hidden: true } : {}) })),
      passedOver: e.sheets.passedOver.map((p) => ({
        table: p.table,
        sheet: p.sheet,
        reason: p.reason,
        why: scorePassedOverText(p, lang),
      })),
    },
  };
}

export type ScoreContractJson = ReturnType<typeof toScoreContractJson>;
