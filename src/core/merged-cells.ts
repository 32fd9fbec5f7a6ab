// Vertically merged cells (issue 11). Excel keeps a merged area's value in its top-left cell and
// leaves the others blank. A merged person, ID, status, customer or product belongs to every row
// of the area; a merged amount or date is one value, so it counts once (on the area's first row)
// and the user is told.
import type { ColumnMapping, PlainCell as RawCell, TableInput } from "./types";
import type { IssueLog } from "./messages";
import { wordsOf } from "./messages";

export interface MergePolicy {
  /** Fields whose merged value fills every row of the area. */
  fill: readonly string[];
  /** Fields whose merged value counts once, with a warning. */
  once: readonly string[];
}

export const STAFF_MERGES: MergePolicy = { fill: ["person", "personId", "active", "exam", "passedOn"], once: [] };
export const REVENUE_MERGES: MergePolicy = { fill: ["customer", "product", "dpor"], once: ["date", "amount"] };

/** The table with merged values filled down as the policy says; rows not touched are shared. */
export function applyMergedAreas(
  table: TableInput,
  mapping: ColumnMapping<string>,
  policy: MergePolicy,
  log: IssueLog,
): TableInput {
  const areas = table.mergedAreas ?? [];
  if (!areas.length) return table;
  const sheet = table.sheet ?? "";
  const originRow = table.originRow ?? 1;
  const excelRow = (r: number) => table.rowNumbers?.[r] ?? originRow + r;
  const fieldAt = new Map<number, string>();
  for (const [field, col] of Object.entries(mapping.columns)) if (col !== undefined) fieldAt.set(col, field);
  let values: (readonly RawCell[])[] | null = null;
  const copied = new Set<number>();
  for (const a of areas) {
    const first = Math.max(a.row, mapping.headerRow + 1);
    const last = a.row + a.rows - 1;
    if (a.rows < 2 || last <= mapping.headerRow) continue;
    for (let c = a.col; c < a.col + a.cols; c++) {
      const field = fieldAt.get(c);
      if (!field) continue;
      if (policy.once.includes(field)) {
        log.add(sheet, excelRow(first), mapping.headers[field] ?? null, "warning", "cells.mergedOnce", {
          field: wordsOf(field),
          first: excelRow(first),
          last: excelRow(last),
        });
        continue;
      }
      if (!policy.fill.includes(field) || a.row <= mapping.headerRow) continue;
      values ??= table.values.slice();
      const top = values[a.row]?.[a.col] ?? null;
      for (let r = a.row + 1; r <= last && r < values.length; r++) {
        if (!copied.has(r)) {
          values[r] = [...(values[r] ?? [])];
          copied.add(r);
        }
        (values[r] as RawCell[])[c] = top;
      }
    }
  }
  return values ? { ...table, values } : table;
}
