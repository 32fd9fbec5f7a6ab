/// <reference types="office-js" />
// Reading the workbook through Office.js in a fixed number of syncs: list the sheets, then every
// sheet's used range and our ownership mark, then the first rows of each (to find the tables by
// their headers), then the two tables in blocks that fit Excel's payload limits.
import { ByteEstimate, isPayloadError, rowsPerBlock, SYNC_BUDGET_BYTES } from "./payload";
import { probeDateSystem } from "./date-system";
import { ownedSheet, readResultsOwner } from "./results-owner";
import type { SettingsStore } from "./settings";
import { OWNER_KEY } from "./sheet-ownership";
import type { DateSystem, PlainCell } from "../core";

export interface UsedArea {
  /** 0-based, as Office.js gives them. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetScan {
  id: string;
  name: string;
  /** Our results sheet (see results-owner.ts): its mark and name match the document's record. */
  owned: boolean;
  /** Our custom property's value on this sheet, or null. */
  mark: string | null;
  used: UsedArea | null;
  /** The first rows of the used range (up to HEADER_SCAN_ROWS), to find a table's header row. */
  head: PlainCell[][];
  /** Worksheet.visibility, as the core wants it (issue 11: hidden sheets are skipped unless named). */
  visibility: "visible" | "hidden" | "veryHidden";
  /** Merged areas, 0-based within the used range (ExcelApi 1.13; none where unsupported). */
  merged: UsedArea[];
}

export interface WorkbookScan {
  sheets: SheetScan[];
  estimate: ByteEstimate;
  /** The workbook's date system: Range.values gives serials of this system. */
  dateSystem: DateSystem;
}

/** Rows read to find a header: as many as the core searches (50). */
export const HEADER_SCAN_ROWS = 50;

export interface Block {
  sheetId: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Number formats of some columns of a block: 0-based sheet column → one format per block row. */
export type BlockFormats = Map<number, string[]>;

/**
 * Reads blocks of cells, as many per sync as fit the payload budget by our estimate. When Excel
 * still refuses a sync for its size, the batch (or the block) is halved and read again.
 * `formatColumns` names the sheet columns of a block whose number formats are wanted: they are
 * loaded in the same sync as the values (one column each, never the whole block).
 */
export async function readBlocks(
  ctx: Excel.RequestContext,
  blocks: readonly Block[],
  estimate: ByteEstimate,
  onBlock: (block: Block, values: PlainCell[][], formats: BlockFormats) => void,
  formatColumns: (block: Block) => readonly number[] = () => [],
): Promise<void> {
  const queue = [...blocks];
  while (queue.length) {
    const batch: Block[] = [queue.shift() as Block];
    let cells = batch[0].rows * batch[0].cols;
    while (queue.length && estimate.cellsFor(SYNC_BUDGET_BYTES) >= cells + queue[0].rows * queue[0].cols) {
      const next = queue.shift() as Block;
      cells += next.rows * next.cols;
      batch.push(next);
    }
    const ranges = batch.map((b) =>
      ctx.workbook.worksheets.getItem(b.sheetId).getRangeByIndexes(b.row, b.col, b.rows, b.cols).load("values"),
    );
    const formatRanges = batch.map((b) =>
      formatColumns(b).map(
        (c) =>
          [
            c,
            ctx.workbook.worksheets.getItem(b.sheetId).getRangeByIndexes(b.row, c, b.rows, 1).load("numberFormat"),
          ] as const,
      ),
    );
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      estimate.rejected();
      if (batch.length > 1) queue.unshift(...batch);
      else if (batch[0].rows > 1) queue.unshift(...halve(batch[0]));
      else throw e;
      continue;
    }
    batch.forEach((b, i) => {
      const values = ranges[i].values as PlainCell[][];
      estimate.observe(values);
      const formats: BlockFormats = new Map(
        formatRanges[i].map(([c, r]) => [c, (r.numberFormat as unknown[][]).map((row) => String(row[0]))]),
      );
      onBlock(b, values, formats);
    });
  }
}

function halve(b: Block): Block[] {
  const top = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: top },
    { ...b, row: b.row + top, rows: b.rows - top },
  ];
}

/** Splits a used area into row blocks sized by its column count. */
export function blocksOf(sheetId: string, area: UsedArea): Block[] {
  const step = rowsPerBlock(area.cols);
  const out: Block[] = [];
  for (let r = 0; r < area.rows; r += step)
    out.push({ sheetId, row: area.row + r, col: area.col, rows: Math.min(step, area.rows - r), cols: area.cols });
  return out;
}

/** Range.getMergedAreasOrNullObject is ExcelApi 1.13 (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)). */
function mergedAreasSupported(): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.13");
}

const VISIBILITY: Record<string, SheetScan["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/**
 * Two syncs: the sheets with their visibility, then each one's used range, ownership mark and
 * merged areas. `ownership` is the document settings holding our results sheet's record (none: no
 * sheet is ours).
 */
export async function listSheets(ctx: Excel.RequestContext, ownership?: SettingsStore): Promise<SheetScan[]> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/name,items/id,items/visibility");
  await ctx.sync();
  const items = worksheets.items;
  const used = items.map((s) => s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
  const marks = items.map((s) => s.customProperties.getItemOrNullObject(OWNER_KEY).load("value"));
  // The whole sheet's merged areas (a used range may be a null object; the whole sheet never is).
  const merges = mergedAreasSupported()
    ? items.map((s) =>
        s
          .getRange()
          .getMergedAreasOrNullObject()
          .load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount"),
      )
    : null;
  await ctx.sync();
  const marked = items.map((s, i) => ({ id: s.id, name: s.name, mark: marks[i].isNullObject ? null : marks[i].value }));
  const ours = ownedSheet(marked, readResultsOwner(ownership)).id;
  return items.map((s, i) => {
    const area = used[i].isNullObject
      ? null
      : { row: used[i].rowIndex, col: used[i].columnIndex, rows: used[i].rowCount, cols: used[i].columnCount };
    const m = merges?.[i];
    const merged =
      !area || !m || m.isNullObject
        ? []
        : m.areas.items.map((a) => ({
            row: a.rowIndex - area.row,
            col: a.columnIndex - area.col,
            rows: a.rowCount,
            cols: a.columnCount,
          }));
    return {
      ...marked[i],
      owned: s.id === ours,
      used: area,
      head: [],
      visibility: VISIBILITY[s.visibility] ?? "visible",
      merged,
    };
  });
}

/** Three syncs whatever the workbook holds (more only for workbooks with enormous header rows). */
export async function scanWorkbook(ctx: Excel.RequestContext, ownership?: SettingsStore): Promise<WorkbookScan> {
  const dates = probeDateSystem(ctx); // rides with the first sync of listSheets
  const sheets = await listSheets(ctx, ownership);
  const estimate = new ByteEstimate();
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const heads: Block[] = [];
  for (const s of sheets)
    if (s.used && !s.owned)
      heads.push({
        sheetId: s.id,
        row: s.used.row,
        col: s.used.col,
        rows: Math.min(HEADER_SCAN_ROWS, s.used.rows),
        cols: s.used.cols,
      });
  await readBlocks(ctx, heads, estimate, (b, values) => {
    (byId.get(b.sheetId) as SheetScan).head.push(...values);
  });
  return { sheets, estimate, dateSystem: dates.system() };
}
