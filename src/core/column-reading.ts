// How a column writes its values, decided from the column as a whole (issue 10): the day/month
// order of its slash dates, the decimal notation of its amounts, the unit its header names; and
// the doubts about which column was chosen, as issues.
import type { DateOrder, PlainCell, RawTable, TableInput } from "./types";
import {
  amountEvidence,
  cellText,
  currencyOfFormat,
  dayMonthEvidence,
  isBlankCell,
  readDate,
  type AmountNotation,
  type DayMonthOrder,
} from "./cells";
import type { ColumnNote } from "./header-detection";
import { wordOf, type IssueLog } from "./messages";
import { cleanText, looseKey } from "./text";

/** Calls `fn` with each text cell of one column below the header (numbers and Dates show no notation) until it returns true. */
function eachText(values: RawTable, headerRow: number, col: number, fn: (text: string) => boolean | void): void {
  for (let r = headerRow + 1; r < values.length; r++) {
    const v = values[r]?.[col];
    if (typeof v === "string" && fn(v)) return;
  }
}

const isDateSeparator = (c: number) => c === 47 || c === 46 || c === 45; // / . -

/** Cheap test first: a d/m/y date has a separator as its 2nd or 3rd character (ISO dates do not). */
function mayBeDayMonth(t: string): boolean {
  return isDateSeparator(t.charCodeAt(1)) || isDateSeparator(t.charCodeAt(2)) || t.charCodeAt(0) <= 32;
}

/** Cheap test first: European evidence needs a comma after the last point, or two points. */
function mayBeEuropean(t: string): boolean {
  const comma = t.lastIndexOf(",");
  const dot = t.lastIndexOf(".");
  return comma > dot || (comma < 0 && dot !== t.indexOf("."));
}

export interface ColumnDateOrder {
  orderOf: DayMonthOrder;
  /** An ambiguous slash date read month-first by default (the column gave no evidence): warn with it. */
  assumed?: string;
}

/**
 * A first part over 12 means day-first, a second part over 12 means month-first. With both, each
 * row that shows its order is read as written and the rest are unreadable. With neither, the
 * user's order, else month-first for slashes (with a warning) and day-first for dots.
 */
export function dateOrderOfColumn(
  values: RawTable,
  headerRow: number,
  col: number | undefined,
  chosen?: DateOrder,
): ColumnDateOrder {
  let dmy = false,
    mdy = false;
  let assumed: string | undefined;
  if (col !== undefined)
    eachText(values, headerRow, col, (t) => {
      if (!mayBeDayMonth(t)) return false;
      const e = dayMonthEvidence(t);
      if (e === "dmy") dmy = true;
      else if (e === "mdy") mdy = true;
      else if (e === "none" && assumed === undefined && !/^\s*\d{1,2}\./.test(t)) assumed = t.trim();
      return dmy && mdy;
    });
  if (dmy && mdy) return { orderOf: () => null };
  if (dmy) return { orderOf: () => "dmy" };
  if (mdy) return { orderOf: () => "mdy" };
  if (chosen) return { orderOf: () => chosen };
  return { orderOf: (dotted) => (dotted ? "dmy" : "mdy"), assumed };
}

/**
 * A date column's reader, in the workbook's date system. The column's day/month order is looked
 * for only when a cell needs it (an ambiguous slash date), so ISO dates and real date cells cost no
 * scan; an order assumed for want of evidence is told to `assumed` once.
 */
export function columnDateReader(
  table: TableInput,
  headerRow: number,
  col: number | undefined,
  chosen: DateOrder | undefined,
  assumed: (value: string) => void,
): (raw: PlainCell) => ReturnType<typeof readDate> {
  let order: ColumnDateOrder | undefined;
  const orderOf: DayMonthOrder = (dotted) => {
    if (!order) {
      order = dateOrderOfColumn(table.values, headerRow, col, chosen);
      if (order.assumed !== undefined) assumed(order.assumed);
    }
    return order.orderOf(dotted);
  };
  return (raw) => readDate(raw, orderOf, table.dateSystem);
}

/** European notation (45.000,10 / 60 000,20 / 80000,30) anywhere makes the column European; both make it mixed. */
export function amountNotationOfColumn(values: RawTable, headerRow: number, col: number | undefined): AmountNotation {
  let us = false,
    eu = false;
  if (col !== undefined)
    eachText(values, headerRow, col, (t) => {
      // Once the column shows US notation, only a text that could be European can change the answer.
      if (us && !mayBeEuropean(t)) return false;
      const e = amountEvidence(t);
      if (e === "us") us = true;
      else if (e === "eu") eu = true;
      return us && eu;
    });
  return us && eu ? "mixed" : eu ? "eu" : "us";
}

/** A header that says its unit is thousands ('000, (K), 千, 千美元) or 万 multiplies the amounts. */
export function amountMultiplier(
  header: string | undefined,
): { factor: number; unit: "thousands" | "tenThousands" } | null {
  if (!header) return null;
  const h = header.normalize("NFKC").toLowerCase();
  if (/万/.test(h)) return { factor: 10_000, unit: "tenThousands" };
  if (/'000|’000|\(k\)|\bk\s*usd\b|\busd\s*k\b|\bin thousands\b|\(thousands\)|千/.test(h))
    return { factor: 1000, unit: "thousands" };
  return null;
}

/** A currency cell that still means US dollars. */
const USD_WORDS = new Set(["usd", "us", "us$", "$", "美元", "usdollar", "usdollars", "dollar", "dollars"]);

/** A currency column's cell → the other currency it names (upper case), or null for blank or US dollars. */
export function otherCurrencyNamed(raw: PlainCell): string | null {
  if (isBlankCell(raw)) return null;
  const c = cleanText(cellText(raw));
  return USD_WORDS.has(looseKey(c) || c) ? null : c.toUpperCase();
}

/** The other currency an amount cell's number format shows (row → currency or null), each format read once. */
export function currencyOfFormatReader(
  formatOf: NonNullable<TableInput["numberFormats"]>,
  col: number,
): (row: number) => string | null {
  const cache = new Map<string, string | null>();
  return (row) => {
    const f = formatOf(row, col);
    if (!f) return null;
    let c = cache.get(f);
    if (c === undefined) cache.set(f, (c = currencyOfFormat(f)));
    return c;
  };
}

/** The doubts about chosen columns, as warnings (tie, penalised) and notes (another column passed over). */
export function logColumnNotes<F extends string>(
  log: IssueLog,
  sheet: string,
  excelRow: number,
  notes: readonly ColumnNote<F>[],
): void {
  for (const n of notes) {
    if (n.kind === "tie")
      log.add(sheet, excelRow, n.header, "warning", "column.tie", {
        column: n.header,
        other: n.other as string,
        field: wordOf(n.field),
      });
    else if (n.kind === "penalised")
      log.add(sheet, excelRow, n.header, "warning", "column.penalised", {
        column: n.header,
        field: wordOf(n.field),
        hint: wordOf(n.hint as string),
      });
    else
      log.add(sheet, excelRow, n.header, "info", "column.preferred", {
        column: n.header,
        other: n.other as string,
        field: wordOf(n.field),
      });
  }
}
