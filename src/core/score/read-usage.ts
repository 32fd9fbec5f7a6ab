// Usage → eligible MCV per (tenant, rate-card workload, month), in thousandths of MCV (the
// rates are multiples of 0.1 and units are read to the hundredth), for the months the score looks
// at (docs/rules.md §7.3, §7.8, §7.9). Rows are aggregated as they are read.
import type { ColumnMapping, TableInput } from "../types";
import { cellText, isBlankCell, parseCents } from "../cells";
import { cleanText, looseKey, memoByText } from "../text";
import { ExclusionCounter } from "./exclusions";
import { USAGE_FIELDS, type UsageField } from "./fields";
import type { ScoreMessageCode } from "./messages";
import { attributionMatcher, usageWorkloadMatcher } from "./names";
import { addTo, monthReader, tenantKey, type ActivityContext, type PairSums } from "./read-revenue";
import { findTable } from "./score-tables";

export const MCV_SCALE = 1000;
const isTrial = memoByText((t: string) => looseKey(t).includes("trial") || t.includes("试用"));

export function readScoreUsage(tables: readonly TableInput[], ctx: ActivityContext) {
  const sums: PairSums = new Map();
  const excluded = new ExclusionCounter("usage");
  let mapping: ColumnMapping<UsageField> | null = null;
  let counted = 0;
  const workloadOf = usageWorkloadMatcher(ctx.rules);
  const attributionOf = attributionMatcher(ctx.rules);
  const eligibleFor = {
    dynamics365: new Set(ctx.rules.attributions.usage.dynamics365),
    powerPlatform: new Set(ctx.rules.attributions.usage.powerPlatform),
  };
  const warned = new Set<string>();
  const monthOf = monthReader();
  const clean = memoByText(cleanText);
  for (const t of tables) {
    const found = findTable(
      t,
      USAGE_FIELDS,
      ctx.log,
      "usage",
      "FiscalMonthName, CustomerTenantID, Workload, MAU, MetricType, PartnerAssociationType",
    );
    if (!found) continue;
    mapping ??= found.mapping;
    const { columns: c, headers: h } = found.mapping;
    const { sheet, originRow } = found;
    const values = t.values;
    let excelRow = originRow;
    const problem = (code: ScoreMessageCode, column: string | undefined, params: Record<string, string> = {}) => {
      ctx.log.add(sheet, excelRow, column ?? null, "error", code, params);
      excluded.add("exclusion.unreadable");
    };
    for (let r = found.mapping.headerRow + 1; r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      excelRow = originRow + r;
      const date = monthOf(row[c.month as number]);
      // A blank row is skipped; only a row without a month needs the whole-row look.
      if (date.kind === "blank" && row.every(isBlankCell)) continue;
      if (date.kind !== "ok") {
        problem(
          date.kind === "bad" ? "score.monthUnreadable" : "score.monthMissing",
          h.month,
          date.kind === "bad" ? { value: date.text } : {},
        );
        continue;
      }
      const tenant = tenantKey(cellText(row[c.tenant as number]));
      if (!tenant) {
        problem("score.tenantMissing", h.tenant);
        continue;
      }
      const workloadText = cellText(row[c.workload as number]).trim();
      if (!workloadText) {
        problem("score.workloadMissing", h.workload);
        continue;
      }
      // Units to the hundredth, with the amount reader (thousands separators, no currency).
      const units = parseCents(row[c.units as number]);
      if (units.kind !== "ok") {
        problem(
          units.kind === "bad" ? "score.unitsUnreadable" : "score.unitsMissing",
          h.units,
          units.kind === "bad" ? { value: units.text } : {},
        );
        continue;
      }
      const month = date.value;
      const workload = workloadOf(workloadText);
      const attributionText = c.attribution === undefined ? "" : cellText(row[c.attribution]).trim();
      const attribution = attributionOf(attributionText);
      const trial = c.metricType !== undefined && isTrial(cellText(row[c.metricType]));
      const attributionOk =
        workload !== null && attribution.id !== null && eligibleFor[workload.family].has(attribution.id);
      if (workload && attributionOk && !trial && ctx.months.has(month))
        addTo(sums, month, tenant, workload.id, units.value * Math.round(workload.rate * 10));
      if (month !== ctx.latest && month !== ctx.base) excluded.add("exclusion.outsideMonths");
      else if (!workload) excluded.add("exclusion.workload", clean(workloadText));
      else if (!attributionOk) {
        excluded.add("exclusion.attribution", clean(attributionText));
        if (attribution.id === null && attributionText && !warned.has(attributionText)) {
          warned.add(attributionText);
          ctx.log.add(
            sheet,
            excelRow,
            h.attribution ?? null,
            "warning",
            attribution.bareCpor ? "score.bareCpor" : "score.attributionUnknown",
            { value: attributionText },
          );
        }
      } else if (trial) excluded.add("exclusion.trial");
      else counted++;
    }
  }
  return { sums, excluded, counted, mapping, found: mapping !== null };
}
