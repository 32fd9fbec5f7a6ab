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

export interface ExamDef {
  code: string;
  title: LocalText;
  /** Last day (ISO) on which this exam still fills a slot; absent = no end. */
  acceptedUntil?: string;
}

export interface ExamGroupDef {
  id: string;
  name: LocalText;
  exams: string[];
}

export interface SlotDef {
  /** How many distinct people this requirement needs. */
  count: number;
  /** Exam group ids; one person must hold an accepted exam of each. */
  requires: string[];
}

export interface TierDef {
  id: string;
  name: LocalText;
  slots: SlotDef[];
}

export interface MarketDef {
  name: LocalText;
  /** Net new revenue threshold per tier id, in whole USD (cents allowed as decimals). */
  revenueUsd: Record<string, number>;
}

export interface ProductDef {
  id: string;
  name: string;
  aliases: string[];
}

export interface RuleSet {
  schema: "competency-rules/1";
  id: string;
  version: string;
  /** ISO date Microsoft published this version. */
  published: string;
  name: LocalText;
  summary: LocalText;
  /** What changed from the previous version (for --help and the pane). */
  changes: LocalText;
  source?: string;
  currency: "USD";
  markets: Partial<Record<Market, MarketDef>>;
  exams: ExamDef[];
  examGroups: ExamGroupDef[];
  /** Ascending: the result tier is the highest passing one. */
  tiers: TierDef[];
  products: ProductDef[];
  attribution: {
    /** Attribution types that count (e.g. DPOR). A plain "yes" counts too. */
    counts: string[];
    /** Types known not to count, reported as excluded by reason. */
    known: string[];
  };
  retired?: { on: string; note: LocalText };
}

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

export interface Issue {
  sheet: string;
  row: number | null;
  column: string | null;
  severity: Severity;
  /** Stable machine code, e.g. "amount.unreadable". */
  code: string;
  params: Record<string, string | number>;
  message: string;
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
  /** Merged cell areas, 0-based within values (issue 11). */
  mergedAreas?: readonly MergedArea[];
  /** Excel row of each values row, for tables the core derived (wide staff layout); default originRow + index. */
  rowNumbers?: readonly number[];
}

/** A merged area of cells, 0-based within a table's values. */
export interface MergedArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type TableKind = "staff" | "revenue";

/** Why a sheet was not read for a table (rendered through messages `sheetReason.*`). */
export type SheetPassReason = "hidden" | "fewerFields" | "notExamCodes" | "examTitles";

/** Which sheets were read for each table, and which were passed over and why. */
export interface SheetsReport {
  used: { table: TableKind; sheet: string; hidden: boolean; layout: "long" | "wide"; range?: string; named?: boolean }[];
  passedOver: {
    table: TableKind;
    sheet: string;
    reason: SheetPassReason;
    /** fewerFields: the sheet chosen instead and the field ids missing here. */
    chosen?: string;
    missing?: string[];
    /** notExamCodes / examTitles: the header of the column that does not look right. */
    column?: string;
  }[];
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
  /** How the input sheets were chosen (locateTables); the report names them. */
  sheets?: SheetsReport;
}

export interface RevenueExclusion {
  reason: string;
  /** The untranslated detail (product text, attribution type): the same in every language. */
  detail: string;
  label: string;
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

export interface Evaluation {
  asOf: Day;
  asOfAssumed: boolean;
  lang: Lang;
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
  retired: { on: string; message: string } | null;
  tier: string;
  tiers: TierEvaluation[];
  revenue: RevenueSummary;
  people: PersonSummary[];
  issues: Issue[];
  /** The sheets read and passed over for each table. */
  sheets: SheetsReport;
  columns: {
    staff: ColumnMapping<StaffField> | null;
    revenue: ColumnMapping<RevenueField> | null;
  };
}

/** SPEC §5 JSON contract. */
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
  sheets: {
    used: { table: TableKind; sheet: string; layout: "long" | "wide"; range?: string; hidden?: boolean }[];
    passedOver: { table: TableKind; sheet: string; reason: SheetPassReason; why: string }[];
  };
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
