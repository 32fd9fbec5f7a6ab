/// <reference types="office-js" />
// What the task pane shows before a report: the sheets that could be inputs, which ones were
// found (or chosen) for staff and revenue, and how their columns map. Three syncs, header rows only.
import type { ColumnMapping, FieldSpec, RevenueField, StaffField } from "../core";
import { detectHeader, REVENUE_FIELDS, STAFF_FIELDS } from "../core";
import { inputSheetNames, tableLayout, type Located } from "./read-tables";
import type { SheetScan } from "./read-workbook";
import type { AddinSettings } from "./settings";

/** A table's sheet and its columns as they will be read (the user's column letters included). */
export interface DetectedTable<F extends string> {
  sheet: SheetScan;
  mapping: ColumnMapping<F> | null;
  /** The columns found by header text alone: what "Found automatically" gives. */
  detected: Partial<Record<F, number>>;
}

/** The columns of a sheet's scanned header rows, with the user's letters honoured as the core does. */
export function detectTable<F extends string>(
  sheet: SheetScan,
  specs: FieldSpec<F>[],
  letters: Partial<Record<string, string>> | undefined,
): DetectedTable<F> {
  const layout = tableLayout(sheet, letters);
  const mapping = detectHeader(sheet.head, specs, layout)?.mapping ?? null;
  const detected = layout.columns ? detectHeader(sheet.head, specs)?.mapping : mapping;
  return { sheet, mapping, detected: detected?.columns ?? {} };
}

export interface Detection {
  /** Sheets the user may pick as inputs (ours excluded), in workbook order. */
  candidates: string[];
  located: Located;
  staff: DetectedTable<StaffField> | null;
  revenue: DetectedTable<RevenueField> | null;
}

export function describeScan(sheets: readonly SheetScan[], located: Located, choice: AddinSettings): Detection {
  // The columns shown are those of the first sheet of each table (combined sheets share their fields).
  const staff = located.ok ? located.staff[0].sheet : null;
  const revenue = located.ok ? located.revenue[0].sheet : null;
  return {
    candidates: inputSheetNames(sheets),
    located,
    staff: staff && detectTable(staff, STAFF_FIELDS, choice.staffColumns),
    revenue: revenue && detectTable(revenue, REVENUE_FIELDS, choice.revenueColumns),
  };
}
