// The results sheet as data (report-grid.ts builds it; each writer renders it).

/** Semantic styles; each writer maps them through STYLE_PALETTE (report-grid.ts). */
export type CellStyle =
  "title" | "section" | "header" | "label" | "plain" | "pass" | "fail" | "missing" | "note" | "warning";
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
