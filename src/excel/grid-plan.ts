// The report grid turned into the few batched operations the writer sends: one 2D array of
// values, one of number formats, and for each semantic style the cells that wear it as merged
// rectangles (one multi-area range per style), so the cost does not grow with the cell count.
import type { CellLook, CellStyle, DateSystem, GridCell, ReportGrid } from "../core";
import { columnLetter, excelSerialFromDay, NUMBER_FORMATS, parseIsoDay, STYLE_PALETTE } from "../core";

export interface StyleAreas {
  style: CellStyle;
  look: CellLook;
  /** A1 addresses joined by ",", each string short enough for one `getRanges` call. */
  addresses: string[];
}

export interface GridPlan {
  rows: number;
  cols: number;
  values: (string | number | boolean)[][];
  numberFormats: string[][];
  styles: StyleAreas[];
  /** In points, per column. */
  columnWidths: number[];
  frozenRows: number;
}

/** Excel's multi-area address strings have a length limit; stay far below it. */
export const MAX_ADDRESS_CHARS = 2000;
/** Points per character of the default font (8.43 characters = 48 points), plus padding. */
const POINTS_PER_CHAR = 5.7;
const PADDING_POINTS = 5;

/**
 * Range.values takes a string starting with "=", "+" or "-" as a formula, and Office.js has no
 * quote-prefix property. Such text (and text that itself starts with an apostrophe) is written
 * the way a user types it as text: after an apostrophe, which Excel keeps out of the value. The
 * cell is "@" (text) too. Never through Range.formulas.
 */
export function textAsTyped(text: string): string {
  return /^[=+\-']/.test(text) ? `'${text}` : text;
}

function cellValue(c: GridCell, dateSystem: DateSystem): string | number | boolean {
  if (c.value === null) return "";
  if (c.format === "date" && typeof c.value === "string") {
    const day = parseIsoDay(c.value);
    return day === null ? textAsTyped(c.value) : excelSerialFromDay(day, dateSystem);
  }
  return typeof c.value === "string" ? textAsTyped(c.value) : c.value;
}

/**
 * Strings are always text ("@"), whatever the grid says: a name such as `=HYPERLINK(…)` or
 * `00123` from an input cell must arrive as the same text, not as a formula or a number.
 */
function cellFormat(c: GridCell, value: string | number | boolean): string {
  if (c.format === "date" && typeof value === "number") return NUMBER_FORMATS.date;
  if (typeof value === "string" && value !== "") return NUMBER_FORMATS.text;
  if (c.format && c.format !== "text" && c.format !== "date") return NUMBER_FORMATS[c.format];
  return NUMBER_FORMATS.general;
}

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Cells of one style → rectangles: runs along each row, then equal runs stacked down rows. */
function rectangles(cells: boolean[][]): Rect[] {
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  cells.forEach((row, r) => {
    const next = new Map<string, Rect>();
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      let end = c;
      while (end + 1 < row.length && row[end + 1]) end++;
      const k = `${c}:${end}`;
      const above = open.get(k);
      if (above) {
        above.rows++;
        open.delete(k);
        next.set(k, above);
      } else next.set(k, { row: r, col: c, rows: 1, cols: end - c + 1 });
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}

export function a1(rect: Rect): string {
  const tl = `${columnLetter(rect.col)}${rect.row + 1}`;
  return rect.rows === 1 && rect.cols === 1
    ? tl
    : `${tl}:${columnLetter(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

function joinAddresses(rects: Rect[]): string[] {
  const out: string[] = [];
  let cur = "";
  for (const r of rects) {
    const a = a1(r);
    if (cur && cur.length + 1 + a.length > MAX_ADDRESS_CHARS) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** `dateSystem`: the workbook's, so a date cell shows the same date under either system. */
export function planGrid(grid: ReportGrid, dateSystem: DateSystem = "1900"): GridPlan {
  const values = grid.rows.map((row) => row.map((c) => cellValue(c, dateSystem)));
  const numberFormats = grid.rows.map((row, r) => row.map((c, i) => cellFormat(c, values[r][i])));
  const styles: StyleAreas[] = [];
  for (const style of Object.keys(STYLE_PALETTE) as CellStyle[]) {
    const look = STYLE_PALETTE[style];
    if (!Object.keys(look).length) continue; // "plain": the cleared sheet already looks like that
    const mask = grid.rows.map((row) => row.map((c) => c.style === style));
    if (!mask.some((row) => row.includes(true))) continue;
    styles.push({ style, look, addresses: joinAddresses(rectangles(mask)) });
  }
  return {
    rows: grid.rows.length,
    cols: grid.width,
    values,
    numberFormats,
    styles,
    columnWidths: grid.columnWidths.map((chars) => Math.round(chars * POINTS_PER_CHAR + PADDING_POINTS)),
    frozenRows: grid.frozenRows,
  };
}
