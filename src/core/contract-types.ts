// The stable JSON contract of the CLI's --json (docs/rules.md §5).
import type { Market, SheetPassReason, Severity, TableKind } from "./types";

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
  /** Issue 11: the sheets read for each table, and those passed over with the reason. */
  sheets: {
    used: { table: TableKind; sheet: string; layout: "long" | "wide"; range?: string; hidden?: boolean }[];
    passedOver: { table: TableKind; sheet: string; reason: SheetPassReason; why: string }[];
  };
}
