// Revenue by customer → eligible revenue per (tenant, NCA workload, month), in integer cents,
// for the months the score looks at (docs/rules.md §7.3, §7.9). Rows are aggregated as they are read.
import type { Lang, TableInput } from "../types";
import { cellText, isBlankCell, parseCents, parseDay, plainCell, type Parsed } from "../cells";
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

/** Month → tenant → workload id → sum (nested: no per-row key strings on a million rows). */
export type PairSums = Map<Month, Map<string, Map<string, number>>>;

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
  let mapping: ColumnMapping<ScoreRevenueField> | null = null;
  let counted = 0;
  const workloadOf = ncaWorkloadMatcher(ctx.rules);
  const attributionOf = attributionMatcher(ctx.rules);
  const ncaAttributions = new Set(ctx.rules.attributions.netCustomerAdds);
  const warned = new Set<string>();
  const monthOf = monthReader();
  const clean = memoByText(cleanText);
  for (const t of tables) {
    const found = findTable(
      t,
      SCORE_REVENUE_FIELDS,
      ctx.log,
      "revenue",
      "FiscalMonthName, CustomerTenantID, Workloads, AdjustedRevenueAmtCD, PartnerAssociationType",
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
      const cents = parseCents(row[c.amount as number]);
      if (cents.kind !== "ok") {
        problem(
          cents.kind === "bad" ? "score.amountUnreadable" : "score.amountMissing",
          h.amount,
          cents.kind === "bad" ? { value: cents.text } : {},
        );
        continue;
      }
      const month = date.value;
      const inMonths = ctx.months.has(month);
      const workload = workloadOf(workloadText);
      const attributionText = c.attribution === undefined ? "" : cellText(row[c.attribution]).trim();
      const attribution = attributionOf(attributionText);
      const eligible = workload !== null && attribution.id !== null && ncaAttributions.has(attribution.id);
      if (inMonths && eligible) addTo(sums, month, tenant, workload, cents.value);
      if (month !== ctx.latest && month !== ctx.base) excluded.add("exclusion.outsideMonths", "", cents.value);
      else if (!workload) excluded.add("exclusion.workload", clean(workloadText), cents.value);
      else if (!eligible) {
        excluded.add("exclusion.attribution", clean(attributionText), cents.value);
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
      } else counted++;
    }
  }
  return { sums, excluded, counted, mapping, found: mapping !== null };
}
