// Usage → eligible MCV per (tenant, rate-card workload, month), in thousandths of MCV (the
// rates are multiples of 0.1 and units are read to the hundredth), for the months the score looks
// at (docs/rules.md §7.3, §7.8, §7.9). Rows are aggregated as they are read.
import type { TableInput } from "../types";
import { cleanText, looseKey, memoByText } from "../text";
import { ExclusionCounter } from "./exclusions";
import { USAGE_FIELDS, type UsageField } from "./fields";
import { attributionMatcher, usageWorkloadIndex } from "./names";
import { PairSums } from "./pair-sums";
import {
  attributionWarning,
  oncePerText,
  readActivityRows,
  textOf,
  type ActivityContext,
  type ActivityTable,
} from "./activity-rows";

export const MCV_SCALE = 1000;
/**
 * A metric type: paid (or blank), trial ("Trial", "Trial (30 days)", "试用"), or neither — counted as
 * paid with a warning, once per text ("Non-trial" and "Paid (converted from trial)" are not trials).
 */
const metricTypeOf = memoByText((t: string): "paid" | "trial" | "unknown" => {
  const key = looseKey(t);
  if (key === "" || key === "paid" || key.startsWith("付费") || key.startsWith("已付费")) return "paid";
  return key.startsWith("trial") || key.startsWith("试用") ? "trial" : "unknown";
});

const USAGE_TABLE: ActivityTable<UsageField> = {
  kind: "usage",
  specs: USAGE_FIELDS,
  expected: "FiscalMonthName, CustomerTenantID, Workload, MAU, MetricType, PartnerAssociationType",
  number: { field: "units", unreadable: "score.unitsUnreadable", missing: "score.unitsMissing" },
};

export function readScoreUsage(tables: readonly TableInput[], ctx: ActivityContext) {
  const { rules, months, latest, base } = ctx;
  const workloads = rules.usageWorkloads;
  const sums = new PairSums(workloads.map((w) => w.id));
  const excluded = new ExclusionCounter("usage");
  let counted = 0,
    outside = 0;
  const workloadOf = usageWorkloadIndex(rules);
  const attributionOf = attributionMatcher(rules);
  const eligibleFor = {
    dynamics365: new Set(rules.attributions.usage.dynamics365),
    powerPlatform: new Set(rules.attributions.usage.powerPlatform),
  };
  // MCV per hundredth of a unit, in thousandths of MCV (rates are multiples of 0.1).
  const tenthsOfRate = workloads.map((w) => Math.round(w.rate * 10));
  const warn = oncePerText<UsageField>(ctx);
  const clean = memoByText(cleanText);
  const mapping = readActivityRows(tables, USAGE_TABLE, ctx, excluded, (s) => {
    const ac = s.columns.attribution,
      tc = s.columns.metricType;
    return (row, r, month, tenant, workloadText, hundredths) => {
      const w = workloadOf(workloadText);
      const attributionText = ac === undefined ? "" : textOf(row[ac]);
      const attribution = attributionOf(attributionText);
      const typeText = tc === undefined ? "" : textOf(row[tc]);
      const type = metricTypeOf(typeText);
      if (type === "unknown") warn(s, r, "metricType", "score.metricTypeUnknown", typeText);
      const trial = type === "trial";
      const attributionOk = w >= 0 && attribution.id !== null && eligibleFor[workloads[w].family].has(attribution.id);
      if (attributionOk && !trial && months.has(month)) sums.add(month, tenant, w, hundredths * tenthsOfRate[w]);
      if (month !== latest && month !== base) outside++;
      else if (w < 0) excluded.add("exclusion.workload", clean(workloadText));
      else if (!attributionOk) {
        excluded.add("exclusion.attribution", clean(attributionText));
        const code = attributionWarning(attribution);
        if (code) warn(s, r, "attribution", code, attributionText);
      } else if (trial) excluded.add("exclusion.trial");
      else counted++;
    };
  });
  // Most rows of a long download are of other months: counted here, added once.
  if (outside) excluded.add("exclusion.outsideMonths", "", 0, outside);
  return { sums, excluded, counted, mapping, found: mapping !== null };
}
