/// <reference types="office-js" />
// What the task pane shows before a report: the sheets that could be inputs, which ones were
// found (or chosen) for staff and revenue, and how their columns map. Three syncs, header rows only.
import type { ColumnMapping, RevenueField, StaffField } from "../core";
import { detectHeader, REVENUE_FIELDS, STAFF_FIELDS } from "../core";
import { inputSheetNames, tableLayout, type Located } from "./read-tables";
import type { SheetScan } from "./read-workbook";
import type { AddinSettings } from "./settings";

export interface Detection {
  /** Sheets the user may pick as inputs (ours excluded), in workbook order. */
  candidates: string[];
  located: Located;
  staff: { sheet: SheetScan; mapping: ColumnMapping<StaffField> | null } | null;
  revenue: { sheet: SheetScan; mapping: ColumnMapping<RevenueField> | null } | null;
}

export function describeScan(sheets: readonly SheetScan[], located: Located, choice: AddinSettings): Detection {
  // The columns shown are those of the first sheet of each table (combined sheets share their fields).
  const staff = located.ok ? located.staff[0].sheet : null;
  const revenue = located.ok ? located.revenue[0].sheet : null;
  return {
    candidates: inputSheetNames(sheets),
    located,
    staff: staff && {
      sheet: staff,
      mapping: detectHeader(staff.head, STAFF_FIELDS, tableLayout(staff, choice.staffColumns))?.mapping ?? null,
    },
    revenue: revenue && {
      sheet: revenue,
      mapping: detectHeader(revenue.head, REVENUE_FIELDS, tableLayout(revenue, choice.revenueColumns))?.mapping ?? null,
    },
  };
}
