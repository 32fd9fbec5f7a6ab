// Usage → eligible MCV per (tenant, rate-card workload, month), in thousandths of MCV (the
// rates are multiples of 0.1 and units are read to the hundredth), for the months the score looks
// at (docs/rules.md §7.3, §7.8, §7.9). Rows are aggregated as they are read.
import type { TableInput } from "../types";
import { cellText } from "../cells";
import { cleanText, looseKey, memoByText } from "../text";
import { ExclusionCounter } from "./exclusions";
import { USAGE_FIELDS, type UsageField } from "./fields";
import { attributionMatcher, usageWorkloadMatcher } from "./names";
import { attributionWarner, readActivityRows, type ActivityTable } from "./activity-rows";
import { addTo, type ActivityContext, type PairSums } from "./read-revenue";

export const MCV_SCALE = 1000;
const isTrial = memoByText((t: string) => looseKey(t).includes("trial") || t.includes("试用"));

export function readScoreUsage(tables: readonly TableInput[], ctx: ActivityContext) {
  const sums: PairSums = new Map();
  const excluded = new ExclusionCounter("usage");
  let counted = 0;
  const workloadOf = usageWorkloadMatcher(ctx.rules);
  const attributionOf = attributionMatcher(ctx.rules);
  const eligibleFor = {
    dynamics365: new Set(ctx.rules.attributions.usage.dynamics365),
    powerPlatform: new Set(ctx.rules.attributions.usage.powerPlatform),
  };
  const warn = attributionWarner(ctx);
  const clean = memoByText(cleanText);
  const spec: ActivityTable<UsageField> = {
    kind: "usage",
    specs: USAGE_FIELDS,
    expected: "FiscalMonthName, CustomerTenantID, Workload, MAU, MetricType, PartnerAssociationType",
    number: { field: "units", unreadable: "score.unitsUnreadable", missing: "score.unitsMissing" },
  };
  const mapping = readActivityRows(tables, spec, ctx, excluded, (r) => {
    const workload = workloadOf(r.workloadText);
    const attributionText = r.columns.attribution === undefined ? "" : cellText(r.row[r.columns.attribution]).trim();
    const attribution = attributionOf(attributionText);
    const trial = r.columns.metricType !== undefined && isTrial(cellText(r.row[r.columns.metricType]));
    const attributionOk =
      workload !== null && attribution.id !== null && eligibleFor[workload.family].has(attribution.id);
    if (workload && attributionOk && !trial && ctx.months.has(r.month))
      addTo(sums, r.month, r.tenant, workload.id, r.hundredths * Math.round(workload.rate * 10));
    if (r.month !== ctx.latest && r.month !== ctx.base) excluded.add("exclusion.outsideMonths");
    else if (!workload) excluded.add("exclusion.workload", clean(r.workloadText));
    else if (!attributionOk) {
      excluded.add("exclusion.attribution", clean(attributionText));
      warn(r, r.headers.attribution, attributionText, attribution);
    } else if (trial) excluded.add("exclusion.trial");
    else counted++;
  });
  return { sums, excluded, counted, mapping, found: mapping !== null };
}
