// What an evaluation returns (and the options it takes): one result shared by every surface.
import type {
  DateOrder,
  Day,
  Lang,
  LocalText,
  Market,
  Severity,
  StaffField,
  RevenueField,
  ColumnMapping,
  RuleSet,
  SheetsReport,
} from "./types";

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
  /** Order of ambiguous slash dates in a column without evidence; absent = month first, with a warning. */
  dateOrder?: DateOrder;
  /** How the input sheets were chosen (locateTables); the report names them (issue 11). */
  sheets?: SheetsReport;
}

/** Why a revenue row does not count, in fix-it order. */
export type ExclusionReason =
  "unreadable" | "before-window" | "after-window" | "straddle" | "product" | "attribution" | "currency";

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
  /** Each distinct product text read as an eligible product, and the product it was read as. */
  productsReadAs: { text: string; product: string; rows: number }[];
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
  /** The sheets read and passed over for each table (issue 11). */
  sheets: SheetsReport;
  columns: {
    staff: ColumnMapping<StaffField> | null;
    revenue: ColumnMapping<RevenueField> | null;
  };
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
