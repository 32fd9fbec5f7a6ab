// Data of the capability-score evaluation (docs/rules.md §7): what every surface of the program reads.
import type { ColumnMapping, DateOrder, Day, Issue, LocalText, RawTable, TableInput } from "../types";
import type { Fraction } from "./fraction";
import type { CertificationField, ScoreRevenueField, UsageField } from "./fields";
import type { ScoreMessage, ScoreMessageCode } from "./messages";
import type { TrackId } from "./rules-schema";

export const METRIC_IDS = [
  "netCustomerAdds",
  "intermediateCertifications",
  "advancedCertifications",
  "usageGrowth",
  "deployments",
] as const;
export type MetricId = (typeof METRIC_IDS)[number];
export const SCORE_TABLES = ["certifications", "revenue", "usage"] as const;
export type ScoreTable = (typeof SCORE_TABLES)[number];
export type PlanBlock = "usageGrowthBaseline" | "usageTableMissing";

export type TablesArg = TableInput | RawTable | readonly TableInput[] | null | undefined;

export interface ScoreTables {
  certifications?: TablesArg;
  revenue?: TablesArg;
  usage?: TablesArg;
}

export interface ScoreOptions {
  /** ISO date or Day; with `month` and no asOf: the last day of the month after it. */
  asOf?: string | Day;
  /** The latest month L, "YYYY-MM"; default: the month before the as-of date's month. */
  month?: string;
  /** Forced track; default: the automatic test. */
  track?: TrackId;
  ruleVersion?: string;
  /** How ambiguous slash dates read (absent: month first, with a warning), as for Cloud CRM. */
  dateOrder?: DateOrder;
  asOfAssumed?: boolean;
  /** Which sheets were read (score/locate.ts): a hidden one read is a warning, one passed over a note. */
  sheets?: ScoreSheetsReport;
}

/**
 * The sheets read for each table (named by the user, or found by header row) and the hidden sheets
 * passed over because a visible one holds their table: issue 11's report, for the score's tables.
 */
export interface ScoreSheetsReport {
  used: { table: ScoreTable; sheet: string; hidden: boolean; named?: boolean }[];
  passedOver: { table: ScoreTable; sheet: string; reason: "hidden" }[];
}

export interface MetricResult {
  id: MetricId;
  points: Fraction;
  max: number;
  /** The scored quantity: net adds, people, growth percent, net deployments. */
  units: Fraction;
  /** L counts (MCV for usage growth; people for certifications). */
  now: Fraction;
  /** B counts; null for the certification metrics. */
  base: Fraction | null;
  atLeastOne: boolean;
  /** Usage growth only: why it cannot score. */
  blockedBy: PlanBlock | null;
}

export interface ScorePlanStep {
  metric: MetricId;
  units: number;
  points: Fraction;
}

export interface MonthTotal {
  month: string;
  track: TrackId;
  total: Fraction;
  qualified: boolean;
}

/** Why rows or pairs do not count: an exclusion.* message code. */
export type ScoreExclusionReason = Extract<ScoreMessageCode, `exclusion.${string}`>;

export interface ScoreExclusion {
  table: ScoreTable;
  reason: ScoreExclusionReason;
  /** Untranslated detail (workload or attribution as written, month). */
  detail: string;
  rows: number;
  /** Revenue rows: their amount; otherwise null. */
  cents: number | null;
  /** Pairs below a floor: the track's floor (USD of revenue, MCV of usage); otherwise null. */
  floor: number | null;
}

export type TrackReasonCode = "track.forced" | "track.enterprise" | "track.smb" | "track.noRevenue";

export interface CountedPerson {
  key: string;
  name: string;
  /** Certification titles that count, in rule order. */
  certifications: string[];
}

/** The result of one score evaluation: values, codes and parameters only, never rendered text. */
export interface ScoreEvaluation {
  program: "business-applications";
  asOf: Day;
  asOfAssumed: boolean;
  month: string;
  baseMonth: string;
  rules: { id: string; version: string; name: LocalText; published: string };
  track: TrackId;
  trackForced: boolean;
  /** Why this track: the test's counts, or "as chosen"; words in both languages. */
  trackReason: ScoreMessage<TrackReasonCode>;
  metrics: MetricResult[];
  total: Fraction;
  qualified: boolean;
  qualifyingTotal: number;
  /** The track's usage baseline in MCV: below it in B, usage growth cannot score. */
  usageBaselineMcv: number;
  plan: ScorePlanStep[];
  planBlockedBy: PlanBlock | null;
  months: MonthTotal[];
  people: { intermediate: CountedPerson[]; advanced: CountedPerson[] };
  /** Distinct (tenant, workload) pairs counted in L and B. */
  pairs: { customerAdds: { now: number; base: number }; deployments: { now: number; base: number } };
  tablesFound: Record<ScoreTable, boolean>;
  exclusions: ScoreExclusion[];
  issues: Issue[];
  /** The sheets read for each table and the hidden ones passed over (the tables' own sheets when none was given). */
  sheets: ScoreSheetsReport;
  /** Each table's columns (of its first sheet), with the sheet they are on. */
  columns: {
    certifications: ColumnMapping<CertificationField> | null;
    revenue: ColumnMapping<ScoreRevenueField> | null;
    usage: ColumnMapping<UsageField> | null;
  };
}
