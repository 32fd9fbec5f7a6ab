// From the tables the readers gave to the rows the staff and revenue readers read (issue 11):
// merged cells filled down or counted once, a wide staff layout turned long, rows repeated across
// combined revenue sheets counted once, and the revenue of several sheets added up.
import type { RawTable, RevenueSummary, TableInput } from "./types";
import { detectHeader, REVENUE_FIELDS, STAFF_FIELDS } from "./header-detection";
import { applyMergedAreas, REVENUE_MERGES, STAFF_MERGES } from "./merged-cells";
import type { IssueLog } from "./messages";
import { dropRowsRepeatedAcrossSheets } from "./duplicate-rows";
import { emptyRevenueSummary, orderRevenueSummary } from "./revenue";
import { detectWideStaff, wideToLong } from "./wide-staff";

/** One table, several tables, or bare values (named after the table). */
export function asTables(t: TableInput | readonly TableInput[] | RawTable, sheet: string): TableInput[] {
  if (!Array.isArray(t)) return [{ sheet, ...(t as TableInput) }];
  const list = t as readonly unknown[];
  if (list.length > 0 && list.every((x) => x !== null && typeof x === "object" && !Array.isArray(x)))
    return (list as TableInput[]).map((x) => ({ sheet, ...x }));
  return [{ values: t as RawTable, sheet }];
}

export function prepareStaffTable(table: TableInput, log: IssueLog): TableInput {
  const long = detectHeader(table.values, STAFF_FIELDS, table);
  if (long) return applyMergedAreas(table, long.mapping, STAFF_MERGES, log);
  const wide = detectWideStaff(table.values);
  if (!wide) return table;
  const filled = applyMergedAreas(
    table,
    { headerRow: wide.headerRow, columns: wide.columns, headers: wide.headers },
    STAFF_MERGES,
    log,
  );
  return wideToLong(filled, wide, log);
}

export function prepareRevenueTables(tables: readonly TableInput[], log: IssueLog): TableInput[] {
  const filled = tables.map((t) => {
    const m = detectHeader(t.values, REVENUE_FIELDS, t);
    return m ? applyMergedAreas(t, m.mapping, REVENUE_MERGES, log) : t;
  });
  return dropRowsRepeatedAcrossSheets(filled, log, REVENUE_FIELDS, { field: "amount", as: "usd" });
}

/** The revenue of several sheets as one summary (same window). */
export function combineRevenue(summaries: readonly RevenueSummary[]): RevenueSummary {
  if (summaries.length === 1) return summaries[0];
  const out = emptyRevenueSummary(summaries[0].windowStart, summaries[0].windowEnd);
  for (const s of summaries) {
    out.ttmCents += s.ttmCents;
    out.countedRows += s.countedRows;
    out.excludedRows += s.excludedRows;
    for (const e of s.excluded) {
      const same = out.excluded.find((x) => x.reason === e.reason && x.detail === e.detail);
      if (same) {
        same.rows += e.rows;
        same.cents += e.cents;
      } else out.excluded.push({ ...e });
    }
    out.productsReadAs.push(...s.productsReadAs);
    for (const p of s.byProduct) {
      const same = out.byProduct.find((x) => x.product === p.product);
      if (same) {
        same.rows += p.rows;
        same.cents += p.cents;
      } else out.byProduct.push({ ...p });
    }
  }
  const hidden = summaries.map((s) => s.hidden).filter((h) => h !== undefined);
  if (hidden.length)
    out.hidden = hidden.reduce((a, h) => ({
      rows: a.rows + h.rows,
      countedRows: a.countedRows + h.countedRows,
      countedCents: a.countedCents + h.countedCents,
    }));
  orderRevenueSummary(out);
  return out;
}
