// The stable JSON contract of the CLI's --json (docs/rules.md §5).
import type { Market, RevenueField, SheetPassReason, Severity, StaffField, TableKind } from "./types";

/** docs/rules.md §5 JSON contract. */
export interface ContractJson {
  asOf: string;
  tier: string;
  rules: { id: string; version: string; market: Market };
  revenue: {
    ttmUsd: number;
    windowStart: string;
    windowEnd: string;
    countedRows: number;
    excludedRows: number;
  };
  tiers: {
    id: string;
    pass: boolean;
    revenuePass: boolean;
    examPass: boolean;
    requiredUsd: number;
    gapUsd: number;
    slots: { requires: string[][]; person: string; exams: string[] }[];
    missing: { requires: string[][]; candidates: { person: string; needs: string[][] }[] }[];
    plan: { person: string | null; exams: string[][] }[];
  }[];
  issues: { sheet: string; row: number | null; column: string | null; severity: Severity; message: string }[];
  /** The sheet and header each number came from, per field found. */
  columns: {
    staff: Partial<Record<StaffField, { sheet: string; header: string }>>;
    revenue: Partial<Record<RevenueField, { sheet: string; header: string }>>;
  };
  /** Issue 11: the sheets read for each table, and those passed over with the reason. */
  sheets: {
    used: { table: TableKind; sheet: string; layout: "long" | "wide"; range?: string; hidden?: boolean }[];
    passedOver: { table: TableKind; sheet: string; reason: SheetPassReason; why: string }[];
  };
}
