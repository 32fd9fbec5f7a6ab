// Revenue by customer → eligible revenue per (tenant, NCA workload, month), in integer cents,
// for the months the score looks at (docs/rules.md §7.3, §7.9). Rows are aggregated as they are read.
import type { TableInput } from "../types";
import { cleanText, memoByText } from "../text";
import { ExclusionCounter } from "./exclusions";
import { SCORE_REVENUE_FIELDS, type ScoreRevenueField } from "./fields";
import { attributionMatcher, ncaWorkloadIndex } from "./names";
import { PairSums } from "./pair-sums";
import {
  attributionWarning,
  oncePerText,
  readActivityRows,
  textOf,
  type ActivityContext,
  type ActivityTable,
} from "./activity-rows";

const REVENUE_TABLE: ActivityTable<ScoreRevenueField> = {
  kind: "revenue",
  specs: SCORE_REVENUE_FIELDS,
  expected: "FiscalMonthName, CustomerTenantID, Workloads, AdjustedRevenueAmtCD, PartnerAssociationType",
  number: { field: "amount", unreadable: "score.amountUnreadable", missing: "score.amountMissing" },
};

export function readScoreRevenue(tables: readonly TableInput[], ctx: ActivityContext) {
  const { rules, months, latest, base } = ctx;
  const sums = new PairSums(rules.ncaWorkloads.map((w) => w.id));
  const excluded = new ExclusionCounter("revenue");
  let counted = 0,
    outside = 0,
    outsideCents = 0;
  const workloadOf = ncaWorkloadIndex(rules);
  const attributionOf = attributionMatcher(rules);
  const ncaAttributions = new Set(rules.attributions.netCustomerAdds);
  const warn = oncePerText<ScoreRevenueField>(ctx);
  const clean = memoByText(cleanText);
  const mapping = readActivityRows(tables, REVENUE_TABLE, ctx, excluded, (s) => {
    const ac = s.columns.attribution;
    return (row, r, month, tenant, workloadText, cents, currency) => {
      const workload = workloadOf(workloadText);
      const attributionText = ac === undefined ? "" : textOf(row[ac]);
      const attribution = attributionOf(attributionText);
      const eligible = workload >= 0 && attribution.id !== null && ncaAttributions.has(attribution.id);
      if (eligible && currency === null && months.has(month)) sums.add(month, tenant, workload, cents);
      if (month !== latest && month !== base) {
        outside++;
        outsideCents += cents;
      } else if (workload < 0) excluded.add("exclusion.workload", clean(workloadText), cents);
      else if (!eligible) {
        excluded.add("exclusion.attribution", clean(attributionText), cents);
        const code = attributionWarning(attribution);
        if (code) warn(s, r, "attribution", code, attributionText);
      } else if (currency !== null) excluded.add("exclusion.currency", currency, cents);
      else counted++;
    };
  });
  // Most rows of a long download are of other months: counted here, added once.
  if (outside) excluded.add("exclusion.outsideMonths", "", outsideCents, outside);
  return { sums, excluded, counted, mapping, found: mapping !== null };
}
