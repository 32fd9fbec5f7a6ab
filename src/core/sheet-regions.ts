// Two tables side by side on one sheet (issue 11): staff in A:E, revenue in G:K, separated by
// empty columns. Columns empty in every row of the header search split a sheet into regions.
import type { MergedArea, RawTable } from "./types";
import { isBlankCell } from "./cells";
import { HEADER_SCAN_ROWS } from "./header-detection";

export interface ColumnRegion {
  /** 0-based first column and width within the sheet's values. */
  col: number;
  cols: number;
}

/** Runs of columns with something in the first HEADER_SCAN_ROWS rows, left to right. */
export function columnRegions(values: RawTable): ColumnRegion[] {
  const rows = values.slice(0, HEADER_SCAN_ROWS);
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const regions: ColumnRegion[] = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    const filled = c < width && rows.some((r) => r && !isBlankCell(r[c]));
    if (filled && start < 0) start = c;
    if (!filled && start >= 0) {
      regions.push({ col: start, cols: c - start });
      start = -1;
    }
  }
  return regions;
}

/** The region's columns of every row (rows keep their positions). */
export function sliceColumns(values: RawTable, region: ColumnRegion): RawTable {
  return values.map((r) => (r ? r.slice(region.col, region.col + region.cols) : []));
}

/** Merged areas inside the region, moved to its columns. */
export function mergedAreasIn(areas: readonly MergedArea[] | undefined, region: ColumnRegion): MergedArea[] | undefined {
  if (!areas) return undefined;
  return areas.filter((a) => a.col >= region.col && a.col + a.cols <= region.col + region.cols).map((a) => ({ ...a, col: a.col - region.col }));
}
