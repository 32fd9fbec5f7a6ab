// The results workbook: the report grid rendered as the first sheet, then a values copy of the
// input's sheets. Written by ExcelJS's streaming writer to a temporary file beside the target and
// renamed into place, so a failure never leaves a partial workbook behind.
import { renameSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import {
  cellText, FORMULA_WITHOUT_VALUE, isResultsSheetName, LABELS, NUMBER_FORMATS, parseIsoDay, STYLE_PALETTE,
  type GridCell, type ReportGrid,
} from "../core";
import type { PlainCell } from "./excel-cells";
import type { InputSheet } from "./xlsx-reader";
import { uniqueSheetNames } from "./sheet-names";

const MS_PER_DAY = 86_400_000;
const EXCEL_TEXT_MAX = 32_767;
const DEFAULT_DATE_FORMAT = NUMBER_FORMATS.date;
const WIDTH_SAMPLE_ROWS = 2_000;
const LINE_HEIGHT_PT = 15;
const YIELD_EVERY = 5_000;

export interface ResultsWorkbook {
  path: string;
  grid: ReportGrid;
  inputSheets: readonly InputSheet[];
  onProgress?: (rows: number) => void;
}

/** Writes the workbook; returns the name the results sheet got. */
export async function writeResultsWorkbook(w: ResultsWorkbook): Promise<string> {
  // A results sheet we wrote on an earlier run is replaced; a user's sheet of that name is kept.
  const copies = w.inputSheets.filter((s) => !isOurResultsSheet(s));
  const [resultsName] = uniqueSheetNames([w.grid.sheetName], copies.map((s) => s.name));
  const temp = join(dirname(w.path), `.${basename(w.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: true });
    wb.creator = "competency-evaluator";
    writeGrid(wb, resultsName, w.grid);
    let rows = 0;
    for (const s of copies)
      await writeCopy(wb, s, async () => {
        if (++rows % YIELD_EVERY !== 0) return;
        w.onProgress?.(rows);
        // Let the zip stream compress and flush what is written so far (memory stays flat).
        await new Promise((resolve) => setImmediate(resolve));
      });
    await wb.commit();
    renameSync(temp, w.path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    throw e;
  }
  return resultsName;
}

function isOurResultsSheet(s: InputSheet): boolean {
  if (!isResultsSheetName(s.name) || s.originRow !== 1) return false;
  const a1 = cellText(s.values[0]?.[0]).trim();
  return Object.values(LABELS.title).includes(a1);
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function utcDate(iso: string): Date | null {
  const day = parseIsoDay(iso);
  return day === null ? null : new Date(day * MS_PER_DAY);
}

function writeGrid(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, grid: ReportGrid): void {
  const ws = wb.addWorksheet(name, {
    views: grid.frozenRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: grid.frozenRows }] : [],
    // Printed (or exported to PDF) one page wide, so a page shows whole rows.
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = grid.columnWidths.map((width) => ({ width }));
  for (const cells of grid.rows) {
    const row = ws.addRow([]);
    let lines = 1;
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      renderCell(cell, c);
      // The grid marks prose longer than its column; it wraps inside it, and the row is made
      // tall enough, since not every reader re-measures wrapped rows.
      const room = (grid.columnWidths[i] ?? 10) - 1;
      const w = typeof c.value === "string" ? textWidth(c.value) : 0;
      if (c.wrap) {
        cell.alignment = { wrapText: true, vertical: "top" };
        lines = Math.max(lines, Math.ceil(w / room));
      }
    });
    if (lines > 1) {
      row.height = lines * LINE_HEIGHT_PT;
      cells.forEach((_, i) => {
        const cell = row.getCell(i + 1);
        cell.alignment = { ...cell.alignment, vertical: "top" };
      });
    }
    row.commit();
  }
  ws.commit();
}

function renderCell(cell: ExcelJS.Cell, c: GridCell): void {
  if (c.format === "date" && typeof c.value === "string") cell.value = utcDate(c.value) ?? c.value;
  else if (typeof c.value === "string") cell.value = c.value.slice(0, EXCEL_TEXT_MAX);
  else cell.value = c.value;
  if (c.format && c.format !== "general") cell.numFmt = NUMBER_FORMATS[c.format];
  const look = c.style ? STYLE_PALETTE[c.style] : undefined;
  if (!look) return;
  if (look.bold || look.italic || look.size || look.fontColor)
    cell.font = {
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}),
    };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
}

/** Values, number formats and sensible widths; formulas arrive as their results. */
async function writeCopy(wb: ExcelJS.stream.xlsx.WorkbookWriter, s: InputSheet, onRow: () => Promise<void>): Promise<void> {
  const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
  ws.columns = contentWidths(s.values).map((width) => ({ width }));
  for (let i = 0; i < s.values.length; i++) {
    await onRow();
    const cells = s.values[i];
    if (cells.length === 0) continue;
    const row = ws.getRow(s.originRow + i);
    const formats = s.formats[i];
    cells.forEach((v, c) => {
      // A formula that was never calculated had no value to copy.
      if (v === null || v === FORMULA_WITHOUT_VALUE) return;
      const cell = row.getCell(c + 1);
      cell.value = typeof v === "string" ? v.slice(0, EXCEL_TEXT_MAX) : v;
      const fmt = formats?.[c] ?? (v instanceof Date ? DEFAULT_DATE_FORMAT : undefined);
      if (fmt) cell.numFmt = fmt;
    });
    row.commit();
  }
  ws.commit();
}

/** Characters wide from the first rows' text (CJK counts double), between 8 and 50. */
function contentWidths(values: readonly PlainCell[][]): number[] {
  const widths: number[] = [];
  for (const row of values.slice(0, WIDTH_SAMPLE_ROWS))
    row.forEach((v, c) => {
      if (v === null) return;
      const w = v instanceof Date ? 10 : textWidth(cellText(v));
      widths[c] = Math.min(50, Math.max(widths[c] ?? 8, w + 2));
    });
  return Array.from(widths, (w) => w ?? 8);
}

/** Characters wide, CJK and full-width counted double (as the grid's widths are). */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
