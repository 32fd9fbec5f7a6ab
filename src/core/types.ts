// Data types shared by every surface. The core is pure TypeScript: no Office, no Node.

/** A calendar day as days since 1970-01-01 (no time of day, no time zone). */
export type Day = number;

export type Lang = "en" | "zh-CN";

/** Text shown to users, in every language we ship. */
export interface LocalText {
  en: string;
  "zh-CN": string;
}

export type Market = "developed" | "developing";
export type Severity = "error" | "warning" | "info";

/** A raw cell as Excel (`range.values`) or a file reader gives it. */
export type RawCell = unknown;
export type RawTable = readonly (readonly RawCell[])[];

// ---------------------------------------------------------------- rules

/** Rule files: the types come from their schema (rules-schema.ts). */
import type { RuleSet } from "./rules-schema";
export type { RuleSet, ExamDef, TierDef } from "./rules-schema";

// ---------------------------------------------------------------- parsed rows

export type StaffField = "person" | "personId" | "exam" | "passedOn" | "active";
export type RevenueField = "customer" | "product" | "date" | "amount" | "dpor";

export interface ColumnMapping<F extends string> {
  /** 0-based row index in the given table of the header row. */
  headerRow: number;
  /** 0-based column index per field; absent = not found. */
  columns: Partial<Record<F, number>>;
  /** The header text of each mapped column, as written. */
  headers: Partial<Record<F, string>>;
}

export interface StaffRow {
  /** Row number as the user sees it in Excel. */
  row: number;
  personKey: string;
  personName: string;
  exams: string[];
  /** undefined = blank pass date (counts as held). */
  passedOn?: Day;
  active: boolean;
}

export interface RevenueRow {
  row: number;
  customer: string;
  product: string;
  /** Product id from the rule set, or null when not eligible. */
  productId: string | null;
  date: Day;
  cents: number;
  /** Normalized attribution: "DPOR", "CPOR", …, "YES", "NO", or "" when blank. */
  attribution: string;
}

/** Parameters of a sentence: plain values, or words in both languages (rendered in the reader's). */
export type TextParams = Record<string, string | number | LocalText>;

/** A data issue as a value: rendered in the reader's language by `issueText` at the edge. */
export interface Issue {
  sheet: string;
  row: number | null;
  column: string | null;
  severity: Severity;
  /** Stable machine code, e.g. "revenue.amountUnreadable" (a key of MESSAGES). */
  code: string;
  params: TextParams;
}

// ---------------------------------------------------------------- evaluation

export interface TableInput {
  values: RawTable;
  /** Sheet name for issues. */
  sheet?: string;
  /** Excel row / column (1-based) of values[0][0]; default 1, 1. */
  originRow?: number;
  originColumn?: number;
  /** Explicit header row (0-based within values) and columns; wins over detection. */
  headerRow?: number;
  columns?: Record<string, number>;
  /** Date system of the workbook the values come from: numbers in date columns are its serials (default 1900). */
  dateSystem?: "1900" | "1904";
  /** 0-based indexes into values of rows hidden by a filter or by hand (CLI only; issue 11). */
  hiddenRows?: ReadonlySet<number>;
}

export interface EvaluateOptions {
  /** ISO date or Day; default: today (the caller's clock, passed in by the surface). */
  asOf: string | Day;
  /** A whole catalog of versions, or a single rule set (a user's file). */
  rules?: RuleSet | RuleSet[];
  /** Pick this version from the catalog instead of the one in force on asOf. */
  ruleVersion?: string;
  market?: Market;
  lang?: Lang;
  /** Whether asOf was given by the user or defaulted to today (the report says which). */
  asOfAssumed?: boolean;
}

/** Why a revenue row does not count, in fix-it order. */
export type ExclusionReason = "unreadable" | "before-window" | "after-window" | "product" | "attribution";

export interface RevenueExclusion {
  reason: ExclusionReason;
  /**
   * The untranslated detail: the product text, or the attribution ("" = blank, "NO" = a plain no,
   * "—" = no attribution column). The same in every language; `exclusionText` renders it.
   */
  detail: string;
  rows: number;
  cents: number;
}

export interface RevenueSummary {
  windowStart: Day;
  windowEnd: Day;
  ttmCents: number;
  countedRows: number;
  excludedRows: number;
  excluded: RevenueExclusion[];
  /** Counted cents per eligible product name. */
  byProduct: { product: string; rows: number; cents: number }[];
  /** Only when the table says which rows are hidden: hidden data rows evaluated, and what they counted. */
  hidden?: HiddenRowsTally;
}

export interface HiddenRowsTally {
  rows: number;
  countedRows: number;
  countedCents: number;
}

export interface GroupNeed {
  group: string;
  /** Accepted exam codes of that group (any one will do). */
  exams: string[];
}

export interface FilledSlot {
  slot: number;
  requires: GroupNeed[];
  personKey: string;
  person: string;
  exams: string[];
}

export interface Candidate {
  personKey: string;
  person: string;
  needs: GroupNeed[];
}

export interface MissingSlot {
  slot: number;
  requires: GroupNeed[];
  candidates: Candidate[];
}

export interface PlanStep {
  /** null = no current person; someone new is needed. */
  personKey: string | null;
  person: string | null;
  slot: number;
  exams: GroupNeed[];
}

export interface TierEvaluation {
  id: string;
  name: LocalText;
  pass: boolean;
  revenuePass: boolean;
  examPass: boolean;
  requiredCents: number;
  gapCents: number;
  slotsRequired: number;
  slotsFilled: number;
  filled: FilledSlot[];
  missing: MissingSlot[];
  plan: PlanStep[];
  planExamCount: number;
}

export interface NotAccepted {
  code: string;
  reason: "expired" | "not-listed" | "unknown" | "not-yet-passed";
  /** The version that lists / accepts it, if any. */
  acceptedBy?: string;
}

export interface PersonSummary {
  key: string;
  name: string;
  /** Accepted exam codes held on asOf. */
  exams: string[];
  notAccepted: NotAccepted[];
}

/** The result of one evaluation: values, codes and parameters only, never rendered text. */
export interface Evaluation {
  asOf: Day;
  asOfAssumed: boolean;
  rules: {
    id: string;
    version: string;
    market: Market;
    name: LocalText;
    published: string;
    marketName: LocalText;
    /** Exam group id → its name, for describing requirements. */
    groupNames: Record<string, LocalText>;
    /** Tier ids in ascending order with their names. */
    tierNames: { id: string; name: LocalText }[];
  };
  /** Set when asOf is after the program's retirement. */
  retired: { on: string; note: LocalText } | null;
  tier: string;
  tiers: TierEvaluation[];
  revenue: RevenueSummary;
  people: PersonSummary[];
  issues: Issue[];
  columns: {
    staff: ColumnMapping<StaffField> | null;
    revenue: ColumnMapping<RevenueField> | null;
  };
}

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
}

// ---------------------------------------------------------------- report grid

/** Semantic styles; each writer maps them through STYLE_PALETTE (report-grid.ts). */
export type CellStyle = "title" | "section" | "header" | "label" | "plain" | "pass" | "fail" | "missing" | "note" | "warning";
/** usd: "$#,##0.00"; date: value is an ISO date string, written as a real date "yyyy-mm-dd". */
export type CellFormat = "text" | "general" | "integer" | "usd" | "date";

export interface GridCell {
  value: string | number | boolean | null;
  format?: CellFormat;
  style?: CellStyle;
  /** Longer than its column: writers wrap the text (and may grow the row). */
  wrap?: boolean;
}

/** The results sheet as data: computed once, rendered by each writer. */
export interface ReportGrid {
  sheetName: string;
  /** Rectangular: every row has `width` cells. */
  rows: GridCell[][];
  width: number;
  /** Column widths in characters. */
  columnWidths: number[];
  /** Rows kept visible at the top (the summary header). */
  frozenRows: number;
}
