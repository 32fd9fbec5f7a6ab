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

/**
 * A cell as the user sees it, the way Excel's `range.values` gives it: text, a number (dates as
 * serial numbers), a boolean, or empty. File readers may also pass a Date (a calendar day).
 */
export type PlainCell = string | number | boolean | Date | null | undefined;
/** What the cell parsers (cells.ts) accept: anything, read defensively (bad input never throws). */
export type RawCell = unknown;
/** The cells a reader passes to the evaluator. */
export type RawTable = readonly (readonly PlainCell[])[];

// ---------------------------------------------------------------- rules

/** Rule files: the types come from their schema (rules-schema.ts). */
export type { RuleSet, ExamDef, TierDef } from "./rules-schema";

// ---------------------------------------------------------------- parsed rows

export type StaffField = "person" | "personId" | "exam" | "passedOn" | "active" | "result";
export type RevenueField = "customer" | "product" | "date" | "amount" | "dpor" | "currency";

/** How slash dates with both parts ≤ 12 are read when their column gives no evidence. */
export type DateOrder = "dmy" | "mdy";

export interface ColumnMapping<F extends string> {
  /** The sheet the columns are on. */
  sheet?: string;
  /** 0-based row index in the given table of the header row. */
  headerRow: number;
  /** 0-based column index per field; absent = not found. */
  columns: Partial<Record<F, number>>;
  /** The header text of each mapped column, as written. */
  headers: Partial<Record<F, string>>;
}

// ---------------------------------------------------------------- input tables

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
  /**
   * Number format of a cell (0-based indexes into `values`), as Excel shows it. Readers pass the
   * formats of the chosen amount and date columns only; absent = General.
   */
  numberFormats?: (row: number, col: number) => string | undefined;
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

/** Why a sheet was not read for a table (rendered through messages `sheet.passedOver*`). */
export type SheetPassReason = "hidden" | "fewerFields" | "notExamCodes" | "examTitles";

/** Which sheets were read for each table, and which were passed over and why (issue 11). */
export interface SheetsReport {
  used: {
    table: TableKind;
    sheet: string;
    hidden: boolean;
    layout: "long" | "wide";
    range?: string;
    named?: boolean;
  }[];
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

// ---------------------------------------------------------------- by concern
// Rules (above, from their schema), evaluation, the JSON contract and the report grid each have
// their own module; importers keep importing from "./types" (or the core's index).

export type * from "./evaluation-types";
export type * from "./contract-types";
export type * from "./grid-types";
