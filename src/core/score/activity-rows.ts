// The rows of the score's revenue and usage tables, read the same way: each table found by its
// header row, then per row a month, a customer tenant, a workload text and a number (an amount in
// cents, or units to the hundredth). A row missing or misreading one of them is an error on that
// row and counted as unreadable; the reader of each table decides what the rest of the row means.
import type { ColumnMapping, PlainCell, TableInput } from "../types";
import { cellText, isBlankCell, parseCents } from "../cells";
import type { FieldSpec } from "../header-detection";
import type { ExclusionCounter } from "./exclusions";
import type { ScoreMessageCode } from "./messages";
import type { Month } from "./months";
import { attributionMatcher } from "./names";
import { monthReader, tenantKey, type ActivityContext } from "./read-revenue";
import { findTable } from "./score-tables";

export interface ActivityRow<F extends string> {
  sheet: string;
  excelRow: number;
  row: readonly PlainCell[];
  columns: ColumnMapping<F>["columns"];
  headers: ColumnMapping<F>["headers"];
  month: Month;
  tenant: string;
  workloadText: string;
  /** The amount in cents (revenue) or the units in hundredths (usage). */
  hundredths: number;
}

export interface ActivityTable<F extends string> {
  kind: "revenue" | "usage";
  specs: FieldSpec<F>[];
  /** Headers named when a table has none: what Partner Center's download calls them. */
  expected: string;
  /** The number column and its two messages. */
  number: { field: F; unreadable: ScoreMessageCode; missing: ScoreMessageCode };
}

/** Calls `onRow` for every readable row of every table; returns the first table's column mapping. */
export function readActivityRows<F extends string>(
  tables: readonly TableInput[],
  spec: ActivityTable<F>,
  ctx: ActivityContext,
  excluded: ExclusionCounter,
  onRow: (r: ActivityRow<F>) => void,
): ColumnMapping<F> | null {
  let mapping: ColumnMapping<F> | null = null;
  const monthOf = monthReader();
  for (const t of tables) {
    const found = findTable(t, spec.specs, ctx.log, spec.kind, spec.expected);
    if (!found) continue;
    mapping ??= found.mapping;
    const columns = found.mapping.columns as Partial<Record<string, number>>;
    const headers = found.mapping.headers as Partial<Record<string, string>>;
    const { sheet, originRow } = found;
    const values = t.values;
    let excelRow = originRow;
    const problem = (code: ScoreMessageCode, column: string | undefined, params: Record<string, string> = {}) => {
      ctx.log.add(sheet, excelRow, column ?? null, "error", code, params);
      excluded.add("exclusion.unreadable");
    };
    const numberField = spec.number.field as string;
    for (let r = found.mapping.headerRow + 1; r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      excelRow = originRow + r;
      const date = monthOf(row[columns.month as number]);
      // A blank row is skipped; only a row without a month needs the whole-row look.
      if (date.kind === "blank" && row.every(isBlankCell)) continue;
      if (date.kind !== "ok") {
        const bad = date.kind === "bad";
        problem(bad ? "score.monthUnreadable" : "score.monthMissing", headers.month, bad ? { value: date.text } : {});
        continue;
      }
      const tenant = tenantKey(cellText(row[columns.tenant as number]));
      if (!tenant) {
        problem("score.tenantMissing", headers.tenant);
        continue;
      }
      const workloadText = cellText(row[columns.workload as number]).trim();
      if (!workloadText) {
        problem("score.workloadMissing", headers.workload);
        continue;
      }
      // Amounts and units alike: thousands separators, two decimals, no other currency.
      const n = parseCents(row[columns[numberField] as number]);
      if (n.kind !== "ok") {
        const bad = n.kind === "bad";
        problem(bad ? spec.number.unreadable : spec.number.missing, headers[numberField], bad ? { value: n.text } : {});
        continue;
      }
      onRow({
        sheet,
        excelRow,
        row,
        columns: found.mapping.columns,
        headers: found.mapping.headers,
        month: date.value,
        tenant,
        workloadText,
        hundredths: n.value,
      });
    }
  }
  return mapping;
}

/** An attribution nobody recognises is said once per text (a bare "CPOR" with its own sentence). */
export function attributionWarner(
  ctx: ActivityContext,
): (
  r: { sheet: string; excelRow: number },
  column: string | undefined,
  text: string,
  a: ReturnType<ReturnType<typeof attributionMatcher>>,
) => void {
  const warned = new Set<string>();
  return (r, column, text, a) => {
    if (a.id !== null || !text || warned.has(text)) return;
    warned.add(text);
    ctx.log.add(
      r.sheet,
      r.excelRow,
      column ?? null,
      "warning",
      a.bareCpor ? "score.bareCpor" : "score.attributionUnknown",
      { value: text },
    );
  };
}
