// Revenue by customer → eligible revenue per (tenant, NCA workload, month), in integer cents,
// for the months the score looks at (docs/rules.md §7.3, §7.9). Rows are aggregated as they are read.
import type { TableInput } from "../types";
import { cellText, parseDay, plainCell, type Parsed } from "../cells";
import type { IssueLog } from "../messages";
import { cleanText, memoByText } from "../text";
import { ExclusionCounter } from "./exclusions";
import { SCORE_REVENUE_FIELDS, type ScoreRevenueField } from "./fields";
import type { ScoreMessageCode } from "./messages";
import { monthOfDay, type Month } from "./months";
import { attributionMatcher, ncaWorkloadMatcher } from "./names";
import type { BusinessApplicationsRules } from "./rules-schema";
import { attributionWarner, readActivityRows, type ActivityTable } from "./activity-rows";

/** Month → tenant → workload id → sum (nested: no per-row key strings on a million rows). */
export type PairSums = Map<Month, Map<string, Map<string, number>>>;

export interface ActivityContext {
  rules: BusinessApplicationsRules;
  log: IssueLog<ScoreMessageCode>;
  /** Months read into the sums (the six months up to L and their base months). */
  months: ReadonlySet<Month>;
  /** L and B: rows of other months count as "outside the two months". */
  latest: Month;
  base: Month;
}

export const tenantKey = memoByText((t: string) => cleanText(t).toLowerCase());

export function addTo(sums: PairSums, month: Month, tenant: string, workload: string, amount: number): void {
  let m = sums.get(month);
  if (!m) sums.set(month, (m = new Map<string, Map<string, number>>()));
  let t = m.get(tenant);
  if (!t) m.set(tenant, (t = new Map<string, number>()));
  t.set(workload, (t.get(workload) ?? 0) + amount);
}

/** Every (tenant, workload) sum of a month. */
export function* pairsOf(sums: PairSums | null, month: Month): Generator<{ workload: string; value: number }> {
  for (const t of sums?.get(month)?.values() ?? []) for (const [workload, value] of t) yield { workload, value };
}

/** Month cells repeat ("2026-10" on every row): parsed once per distinct value. */
export function monthReader(): (raw: unknown) => Parsed<Month> {
  const cache = new Map<unknown, Parsed<Month>>();
  return (raw) => {
    const v = typeof raw === "object" && raw !== null ? plainCell(raw) : raw;
    const cacheable = typeof v === "string" || typeof v === "number";
    let hit = cacheable ? cache.get(v) : undefined;
    if (hit === undefined) {
      const d = parseDay(v);
      hit = d.kind === "ok" ? { kind: "ok", value: monthOfDay(d.value) } : d;
      if (cacheable) cache.set(v, hit);
    }
    return hit;
  };
}

export function readScoreRevenue(tables: readonly TableInput[], ctx: ActivityContext) {
  const sums: PairSums = new Map();
  const excluded = new ExclusionCounter("revenue");
  let counted = 0;
  const workloadOf = ncaWorkloadMatcher(ctx.rules);
  const attributionOf = attributionMatcher(ctx.rules);
  const ncaAttributions = new Set(ctx.rules.attributions.netCustomerAdds);
  const warn = attributionWarner(ctx);
  const clean = memoByText(cleanText);
  const spec: ActivityTable<ScoreRevenueField> = {
    kind: "revenue",
    specs: SCORE_REVENUE_FIELDS,
    expected: "FiscalMonthName, CustomerTenantID, Workloads, AdjustedRevenueAmtCD, PartnerAssociationType",
    number: { field: "amount", unreadable: "score.amountUnreadable", missing: "score.amountMissing" },
  };
  const mapping = readActivityRows(tables, spec, ctx, excluded, (r) => {
    const cents = r.hundredths;
    const inMonths = ctx.months.has(r.month);
    const workload = workloadOf(r.workloadText);
    const attributionText = r.columns.attribution === undefined ? "" : cellText(r.row[r.columns.attribution]).trim();
    const attribution = attributionOf(attributionText);
    const eligible = workload !== null && attribution.id !== null && ncaAttributions.has(attribution.id);
    if (inMonths && eligible) addTo(sums, r.month, r.tenant, workload, cents);
    if (r.month !== ctx.latest && r.month !== ctx.base) excluded.add("exclusion.outsideMonths", "", cents);
    else if (!workload) excluded.add("exclusion.workload", clean(r.workloadText), cents);
    else if (!eligible) {
      excluded.add("exclusion.attribution", clean(attributionText), cents);
      warn(r, r.headers.attribution, attributionText, attribution);
    } else counted++;
  });
  return { sums, excluded, counted, mapping, found: mapping !== null };
}
