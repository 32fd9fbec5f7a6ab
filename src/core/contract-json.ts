// Evaluation → the stable JSON contract of docs/rules.md §5 (CLI --json and any other consumer).
import type { ColumnMapping, ContractJson, Evaluation, GroupNeed, Issue, Lang } from "./types";
import { toIso } from "./dates";
import { issueText } from "./messages";
import { passedOverText } from "./sheet-report";

const codes = (needs: GroupNeed[]): string[][] => needs.map((n) => [...n.exams]);
const usd = (cents: number): number => cents / 100;

/** Field → the sheet and header it was read from. */
export function columnsOf<F extends string>(
  m: ColumnMapping<F> | null,
): Partial<Record<F, { sheet: string; header: string }>> {
  const out: Partial<Record<F, { sheet: string; header: string }>> = {};
  if (!m) return out;
  for (const [field, header] of Object.entries(m.headers) as [F, string][])
    if (field !== "ignored") out[field] = { sheet: m.sheet ?? "", header };
  return out;
}

/** An issue in the JSON contract (both programs): where, how serious, and its message in `lang`. */
export const issueJson = (i: Issue, lang: Lang) => ({
  sheet: i.sheet,
  row: i.row,
  column: i.column,
  severity: i.severity,
  message: issueText(i, lang),
});

/** The JSON contract, with each issue's message in `lang`. */
export function toContractJson(e: Evaluation, lang: Lang): ContractJson {
  return {
    asOf: toIso(e.asOf),
    tier: e.tier,
    rules: { id: e.rules.id, version: e.rules.version, market: e.rules.market },
    revenue: {
      ttmUsd: usd(e.revenue.ttmCents),
      windowStart: toIso(e.revenue.windowStart),
      windowEnd: toIso(e.revenue.windowEnd),
      countedRows: e.revenue.countedRows,
      excludedRows: e.revenue.excludedRows,
    },
    tiers: e.tiers.map((t) => ({
      id: t.id,
      pass: t.pass,
      revenuePass: t.revenuePass,
      examPass: t.examPass,
      requiredUsd: usd(t.requiredCents),
      gapUsd: usd(t.gapCents),
      slots: t.filled.map((s) => ({ requires: codes(s.requires), person: s.person, exams: [...s.exams] })),
      missing: t.missing.map((m) => ({
        requires: codes(m.requires),
        candidates: m.candidates.map((c) => ({ person: c.person, needs: codes(c.needs) })),
      })),
      plan: t.plan.map((p) => ({ person: p.person, exams: codes(p.exams) })),
    })),
    issues: e.issues.map((i) => issueJson(i, lang)),
    columns: { staff: columnsOf(e.columns.staff), revenue: columnsOf(e.columns.revenue) },
    sheets: {
      used: e.sheets.used.map((u) => ({
        table: u.table,
        sheet: u.sheet,
        layout: u.layout,
        ...(u.range ? { range: u.range } : {}),
        ...(u.hidden ? { hidden: true } : {}),
      })),
      passedOver: e.sheets.passedOver.map((p) => ({
        table: p.table,
        sheet: p.sheet,
        reason: p.reason,
        why: passedOverText(p, lang),
      })),
    },
  };
}
