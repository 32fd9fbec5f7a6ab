// Revenue by customer → eligible revenue per (tenant, NCA workload, month), in integer cents,
// for the months the score looks at (SPEC §7.3, §7.9). Rows are aggregated as they are read.
import type { Lang, TableInput } from "../types";
import { cellText, isBlankCell, parseCents, parseDay } from "../cells";
import type { IssueLog } from "../messages";
import { cleanText, memoByText } from "../text";
import { ExclusionCounter } from "./exclusions";
import { SCORE_REVENUE_FIELDS, type ScoreRevenueField } from "./fields";
import type { ScoreMessageCode } from "./messages";
import { monthOfDay, type Month } from "./months";
import { attributionMatcher, ncaWorkloadMatcher } from "./names";
import type { BusinessApplicationsRules } from "./rules-schema";
import { findTable } from "./score-tables";
import type { ColumnMapping } from "../types";

/** Month → "tenant\0workload" → cents. */
export type PairSums = Map<Month, Map<string, number>>;

export interface ActivityContext {
  rules: BusinessApplicationsRules;
  log: IssueLog<ScoreMessageCode>;
  lang: Lang;
  /** Months read into the sums (the six months up to L and their base months). */
  months: ReadonlySet<Month>;
  /** L and B: rows of other months count as "outside the two months". */
  latest: Month;
  base: Month;
}

export const PAIR_SEPARATOR = "\u0000";
export const tenantKey = memoByText((t: string) => cleanText(t).toLowerCase());

export function addTo(sums: PairSums, month: Month, key: string, amount: number): void {
  let m = sums.get(month);
  if (!m) sums.set(month, (m = new Map<string, number>()));
  m.set(key, (m.get(key) ?? 0) + amount);
}

export function readScoreRevenue(tables: readonly TableInput[], ctx: ActivityContext) {
  const sums: PairSums = new Map();
  const excluded = new ExclusionCounter("revenue");
  let mapping: ColumnMapping<ScoreRevenueField> | null = null;
  let counted = 0;
  const workloadOf = ncaWorkloadMatcher(ctx.rules);
  const attributionOf = attributionMatcher(ctx.rules);
  const ncaAttributions = new Set(ctx.rules.attributions.netCustomerAdds);
  const warned = new Set<string>();
  for (const t of tables) {
    const found = findTable(t, SCORE_REVENUE_FIELDS, ctx.log, "revenue", "FiscalMonthName, CustomerTenantID, Workloads, AdjustedRevenueAmtCD, PartnerAssociationType");
    if (!found) continue;
    mapping ??= found.mapping;
    const { columns: c, headers: h } = found.mapping;
    const { sheet, originRow } = found;
    const values = t.values;
    for (let r = found.mapping.headerRow + 1; r < values.length; r++) {
      const row = values[r];
      if (!row || row.every(isBlankCell)) continue;
      const excelRow = originRow + r;
      const problem = (code: ScoreMessageCode, column: string | undefined, params: Record<string, string> = {}) => {
        ctx.log.add(sheet, excelRow, column ?? null, "error", code, params);
        excluded.add("exclusion.unreadable");
      };
      const date = parseDay(row[c.month as number]);
      if (date.kind !== "ok") {
        problem(date.kind === "bad" ? "score.monthUnreadable" : "score.monthMissing", h.month, date.kind === "bad" ? { value: date.text } : {});
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
      const cents = parseCents(row[c.amount as number]);
      if (cents.kind !== "ok") {
        problem(cents.kind === "bad" ? "score.amountUnreadable" : "score.amountMissing", h.amount, cents.kind === "bad" ? { value: cents.text } : {});
        continue;
      }
      const month = monthOfDay(date.value);
      const inMonths = ctx.months.has(month);
      const workload = workloadOf(workloadText);
      const attributionText = c.attribution === undefined ? "" : cellText(row[c.attribution]).trim();
      const attribution = attributionOf(attributionText);
      const eligible = workload !== null && attribution.id !== null && ncaAttributions.has(attribution.id);
      if (inMonths && eligible) addTo(sums, month, tenant + PAIR_SEPARATOR + workload, cents.value);
      if (month !== ctx.latest && month !== ctx.base) excluded.add("exclusion.outsideMonths", "", cents.value);
      else if (!workload) excluded.add("exclusion.workload", cleanText(workloadText), cents.value);
      else if (!eligible) {
        excluded.add("exclusion.attribution", cleanText(attributionText), cents.value);
        if (attribution.id === null && attributionText && !warned.has(attributionText)) {
          warned.add(attributionText);
          ctx.log.add(sheet, excelRow, h.attribution ?? null, "warning", attribution.bareCpor ? "score.bareCpor" : "score.attributionUnknown", { value: attributionText });
        }
      } else counted++;
    }
  }
  return { sums, excluded, counted, mapping, found: mapping !== null };
}
