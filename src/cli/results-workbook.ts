// The results workbook: the report grid rendered as the first sheet, then a values copy of the
// input's sheets. Written to a temporary file beside the target and renamed into place, so a
// failure never leaves a partial workbook behind.
import { createWriteStream, renameSync, unlinkSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import yauzl from "yauzl";
import yazl from "yazl";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import {
  cellText,
  isResultsSheetName,
  LABELS,
  NUMBER_FORMATS,
  parseIsoDay,
  STYLE_PALETTE,
  type GridCell,
  type ReportGrid,
} from "../core";
import type { PlainCell } from "./excel-cells";
import type { InputSheet } from "./xlsx-reader";
import { uniqueSheetNames } from "./sheet-names";
import { copySheetXml, EXCEL_TEXT_MAX, formatsUsed } from "./sheet-xml";

const MS_PER_DAY = 86_400_000;
const DEFAULT_DATE_FORMAT = NUMBER_FORMATS.date;
const WIDTH_SAMPLE_ROWS = 2_000;
const LINE_HEIGHT_PT = 15;
const PROGRESS_EVERY = 5_000;

export interface ResultsWorkbook {
  path: string;
  grid: ReportGrid;
  inputSheets: readonly InputSheet[];
  onProgress?: (rows: number) => void;
}

/**
 * Writes the workbook; returns the name the results sheet got. Two steps: ExcelJS writes, in
 * memory, the styled results sheet plus an empty sheet for each copy (so workbook.xml, the
 * relationships, content types and the number-format styles come from one library), then the
 * final zip (yazl) takes those parts as they are and streams each copy's worksheet XML in place
 * of its empty one. The sheet order is workbook.xml's <sheets> list, results first.
 */
export async function writeResultsWorkbook(w: ResultsWorkbook): Promise<string> {
  // A results sheet we wrote on an earlier run is replaced; a user's sheet of that name is kept.
  const copies = w.inputSheets.filter((s) => !isOurResultsSheet(s));
  const [resultsName] = uniqueSheetNames(
    [w.grid.sheetName],
    copies.map((s) => s.name),
  );
  const temp = join(dirname(w.path), `.${basename(w.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const { skeleton, copyParts } = await workbookSkeleton(resultsName, w.grid, copies);
    let rows = 0;
    await writeZip(temp, skeleton, (name) => {
      const copy = copyParts.get(name);
      if (!copy) return undefined;
      return copySheetXml(copy.sheet, {
        widths: contentWidths(copy.sheet.values),
        styles: copy.styles,
        dateFormat: DEFAULT_DATE_FORMAT,
        onRow: () => {
          if (++rows % PROGRESS_EVERY === 0) w.onProgress?.(rows);
        },
      });
    });
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

interface CopyPart {
  sheet: InputSheet;
  styles: Map<string, number>;
}

/** The results sheet and empty copies, written by ExcelJS into memory. */
async function workbookSkeleton(resultsName: string, grid: ReportGrid, copies: readonly InputSheet[]) {
  // Loaded only when a workbook is written: --json alone never pays for ExcelJS.
  const { default: excel } = await import("exceljs");
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => chunks.push(c));
  const wb = new excel.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = "competency-evaluator";
  writeGrid(wb, resultsName, grid);
  const copyParts = new Map<string, CopyPart>();
  const styles = (wb as unknown as { styles: { addStyleModel(model: { numFmt: string }, type: number): number } })
    .styles;
  for (const s of copies) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility });
    const ids = new Map<string, number>();
    for (const fmt of formatsUsed(s, DEFAULT_DATE_FORMAT))
      ids.set(fmt, styles.addStyleModel({ numFmt: fmt }, excel.ValueType.Number));
    ws.commit();
    copyParts.set(`xl/worksheets/sheet${ws.id}.xml`, { sheet: s, styles: ids });
  }
  await wb.commit();
  await new Promise((resolve) => (sink.writableFinished ? resolve(undefined) : sink.once("finish", resolve)));
  return { skeleton: Buffer.concat(chunks), copyParts };
}

/** Copies the skeleton's parts in order into a new zip, replacing the parts `replace` streams. */
async function writeZip(
  path: string,
  skeleton: Buffer,
  replace: (name: string) => AsyncIterable<string> | undefined,
): Promise<void> {
  const source = await new Promise<yauzl.ZipFile>((ok, fail) =>
    yauzl.fromBuffer(skeleton, { lazyEntries: true }, (e, z) => (e || !z ? fail(e ?? new Error("no zip")) : ok(z))),
  );
  const out = new yazl.ZipFile();
  const done = new Promise<void>((ok, fail) => {
    const file = createWriteStream(path);
    file.once("error", fail);
    out.outputStream.once("error", fail);
    file.once("close", () => ok());
    out.outputStream.pipe(file);
  });
  await new Promise<void>((ok, fail) => {
    source.on("entry", (entry: yauzl.Entry) => {
      const stream = replace(entry.fileName);
      if (stream) {
        out.addReadStream(Readable.from(stream), entry.fileName);
        source.readEntry();
        return;
      }
      source.openReadStream(entry, (e, s) => {
        if (e || !s) return fail(e ?? new Error(`cannot read ${entry.fileName}`));
        const parts: Buffer[] = [];
        s.on("data", (c: Buffer) => parts.push(c));
        s.once("error", fail);
        s.once("end", () => {
          out.addBuffer(Buffer.concat(parts), entry.fileName);
          source.readEntry();
        });
      });
    });
    source.once("end", () => ok());
    source.once("error", fail);
    source.readEntry();
  });
  out.end();
  await done;
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
