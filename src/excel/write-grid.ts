/// <reference types="office-js" />
// Writes the report grid to our results sheet in a handful of batched operations: number formats
// for the whole grid (text cells become "@" before any value lands), all values in one
// assignment, one multi-area range per style, column widths, frozen header. One sync, plus one
// per extra block when a huge report would not fit one request, plus one to mark a new sheet.
import type { DateSystem, ReportGrid } from "../core";
import { planGrid, type GridPlan } from "./grid-plan";
import { jsonBytes, SYNC_BUDGET_BYTES } from "./payload";
import { newOwnerToken, ownedSheet, readResultsOwner, writeResultsOwner, type MarkedSheet } from "./results-owner";
import type { SettingsStore } from "./settings";
import { OWNER_KEY, pickResultsSheet, type SheetRef } from "./sheet-ownership";

export interface WriteResult {
  /** The sheet written: the grid's name, or "… (2)" when a sheet of ours did not hold that name. */
  name: string;
  created: boolean;
  /** Several sheets carried our mark (a copy of the results sheet): none was trusted. */
  ownerConflict?: boolean;
}

export interface WriteOptions {
  /** Document settings: where the results sheet's record (token and name) is kept. */
  ownership: SettingsStore;
  /** The workbook's date system (dates are written as its serials); default 1900. */
  dateSystem?: DateSystem;
}

/** Consecutive row spans of the grid whose values and formats fit one request each. */
export function writeBlocks(plan: GridPlan, budget = SYNC_BUDGET_BYTES): { row: number; rows: number }[] {
  const out: { row: number; rows: number }[] = [];
  let start = 0,
    bytes = 0;
  for (let r = 0; r < plan.rows; r++) {
    const rowBytes = jsonBytes([plan.values[r]]) + jsonBytes([plan.numberFormats[r]]);
    if (r > start && bytes + rowBytes > budget) {
      out.push({ row: start, rows: r - start });
      start = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (plan.rows > start) out.push({ row: start, rows: plan.rows - start });
  return out;
}

function applyStyles(sheet: Excel.Worksheet, plan: GridPlan): void {
  for (const { look, addresses } of plan.styles)
    for (const address of addresses) {
      const areas = sheet.getRanges(address);
      if (look.fill) areas.format.fill.color = look.fill;
      if (look.fontColor) areas.format.font.color = look.fontColor;
      if (look.bold) areas.format.font.bold = true;
      if (look.italic) areas.format.font.italic = true;
      if (look.size) areas.format.font.size = look.size;
    }
  plan.columnWidths.forEach((w, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
  });
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
}

/**
 * `sheets` is the workbook's sheet list with our ownership marks (from the scan). Only a sheet we
 * own is cleared and rewritten; otherwise a new sheet is added. Either way the sheet gets the
 * token in its custom property and the document settings get the token with its name.
 */
export async function writeResultsSheet(
  ctx: Excel.RequestContext,
  grid: ReportGrid,
  sheets: readonly (SheetRef & MarkedSheet)[],
  options: WriteOptions,
): Promise<WriteResult> {
  const plan = planGrid(grid, options.dateSystem);
  const owner = readResultsOwner(options.ownership);
  const conflict = ownedSheet(sheets, owner).conflict;
  const target = pickResultsSheet(sheets, grid.sheetName);
  const token = target.kind === "reuse" && owner ? owner.token : newOwnerToken();
  let sheet: Excel.Worksheet;
  if (target.kind === "reuse") {
    sheet = ctx.workbook.worksheets.getItem(target.sheet.id);
    sheet.getRange().clear();
    sheet.freezePanes.unfreeze();
  } else {
    sheet = ctx.workbook.worksheets.add(target.name);
  }
  const blocks = writeBlocks(plan);
  for (const [i, b] of blocks.entries()) {
    if (b.rows === 0) continue;
    const range = sheet.getRangeByIndexes(b.row, 0, b.rows, plan.cols);
    // Formats first: a value lands in a cell that is already text.
    range.numberFormat = plan.numberFormats.slice(b.row, b.row + b.rows);
    range.values = plan.values.slice(b.row, b.row + b.rows);
    if (i < blocks.length - 1) await ctx.sync();
  }
  applyStyles(sheet, plan);
  // Adding an existing key overwrites its value (WorksheetCustomPropertyCollection.add).
  sheet.customProperties.add(OWNER_KEY, token);
  sheet.activate();
  await ctx.sync();
  const name = target.kind === "reuse" ? target.sheet.name : target.name;
  await writeResultsOwner(options.ownership, { token, name });
  return { name, created: target.kind === "create", ...(conflict ? { ownerConflict: true } : {}) };
}
