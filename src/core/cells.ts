// Raw cell → typed value. Cells arrive as Excel's `range.values` or a file reader gives them:
// numbers, strings, booleans, Dates, null, Excel error strings, or reader objects (rich text,
// formula results). Nothing here throws; a value that cannot be read is `bad`.
import type { DateOrder, Day, RawCell } from "./types";
import { dayFromExcelSerial, dayFromYmd, daysInMonth, type DateSystem } from "./dates";
import { ZERO_WIDTH } from "./text";

/** `formula`: the cell is a formula whose value was never saved (nothing to read until Excel saves it). */
export type Parsed<T> = { kind: "ok"; value: T } | { kind: "blank" } | { kind: "bad"; text: string; formula?: true };

const BLANK = { kind: "blank" } as const;
const ok = <T>(value: T): Parsed<T> => ({ kind: "ok", value });
const bad = (text: string): Parsed<never> => ({ kind: "bad", text });
const FORMULA_BAD: Parsed<never> = { kind: "bad", text: "", formula: true };

/**
 * What a file reader passes for a formula cell whose value was never saved (a file written by a
 * program that does not calculate). It starts with NUL, which no cell text in a workbook can hold;
 * it reads as blank text, and as "formula without a saved value" where a date or amount is needed.
 */
export const FORMULA_WITHOUT_VALUE = "\u0000formula-without-value";

const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

export function isExcelError(text: string): boolean {
  return EXCEL_ERROR.test(text.trim());
}

/** Unwraps file-reader cell objects ({richText}, {text}, {result}, {error}) to a plain value. */
export function plainCell(raw: RawCell): RawCell {
  if (raw === null || typeof raw !== "object" || raw instanceof Date) return raw;
  const o = raw as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    return o.richText
      .map((r) => (r && typeof r === "object" ? String((r as { text?: unknown }).text ?? "") : ""))
      .join("");
  }
  if ("result" in o) return plainCell(o.result);
  if ("error" in o) return String(o.error);
  if ("text" in o) return plainCell(o.text);
  return String(raw);
}

/** The text a user sees for a cell (used for names, codes and messages). */
export function cellText(raw: RawCell): string {
  const v = plainCell(raw);
  if (v === null || v === undefined || v === FORMULA_WITHOUT_VALUE) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return String(v);
}

export function isBlankCell(raw: RawCell): boolean {
  const v = plainCell(raw);
  return v === null || v === undefined || (typeof v === "string" && (v.trim() === "" || v === FORMULA_WITHOUT_VALUE));
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/**
 * A date cell is the calendar day Excel shows. File readers give it as a Date whose UTC fields are
 * that wall-clock date and time, so the UTC fields are read: never the machine's time zone (a
 * 16:00 time must not become the next day in Shanghai).
 */
function dayOfDate(d: Date): Day | null {
  if (Number.isNaN(d.getTime())) return null;
  return dayFromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A date as read: one day, or a whole month written without a day ("2017-07", "Jul-17"). */
export interface DateSpan {
  first: Day;
  last: Day;
}

/** Two-digit years as Excel reads them: 00–29 → 2000–2029, 30–99 → 1930–1999. */
export function fullYear(y: string): number {
  const n = +y;
  return y.length > 2 ? n : n < 30 ? 2000 + n : 1900 + n;
}

/** d/m/y or m/d/y with a slash, dot or dash; the day-month order is decided by `orderOf`. */
const DAY_MONTH_YEAR =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)?$/i;

/**
 * How a column's ambiguous dates (both parts ≤ 12) are read: given whether the date is written
 * with dots, the order, or null when the column cannot tell (the date is then unreadable).
 */
export type DayMonthOrder = (dotted: boolean) => DateOrder | null;

/** Before issue 10's column evidence: day first when it must be or with dots, else month first. */
export const HABITUAL_ORDER: DayMonthOrder = (dotted) => (dotted ? "dmy" : "mdy");

/** What a slash date shows about its column's order: "dmy" (first part over 12), "mdy", "none", or null (not one). */
export function dayMonthEvidence(text: string): DateOrder | "none" | null {
  const m = DAY_MONTH_YEAR.exec(text.trim());
  if (!m) return null;
  const a = +m[1],
    b = +m[3];
  return a > 12 && b <= 12 ? "dmy" : b > 12 && a <= 12 ? "mdy" : "none";
}

const monthSpan = (y: number, m: number): DateSpan | null => {
  const first = dayFromYmd(y, m, 1);
  return first === null ? null : { first, last: first + daysInMonth(y, m) - 1 };
};
const daySpan = (day: Day | null): DateSpan | null => (day === null ? null : { first: day, last: day });

type Ambiguous = "ambiguous";

function spanOfText(input: string, orderOf: DayMonthOrder, system?: DateSystem): DateSpan | null | Ambiguous {
  let m: RegExpExecArray | null = ISO_DAY.exec(input);
  if (m) return daySpan(dayFromYmd(+m[1], +m[2], +m[3]));
  const t = input.normalize("NFKC").replace(ZERO_WIDTH, "").trim();
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(t)))
    return daySpan(dayFromYmd(+m[1], +m[2], +m[3]));
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(t)))
    return daySpan(dayFromYmd(+m[1], +m[2], +m[3]));
  // A month on its own ("Month" column): the whole month.
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(t))) return monthSpan(+m[1], +m[2]);
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(t))) return monthSpan(+m[2], +m[1]);
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?$/.exec(t))) return monthSpan(+m[1], +m[2]);
  if ((m = /^(\d{1,2})\s*月(?:份)?\s*,?\s*(\d{4})\s*年?$/.exec(t))) return monthSpan(+m[2], +m[1]);
  if ((m = DAY_MONTH_YEAR.exec(t))) {
    const a = +m[1],
      b = +m[3],
      y = fullYear(m[4]);
    // A date that shows its own order is read as written; otherwise the column decides.
    const order = a > 12 ? "dmy" : b > 12 ? "mdy" : orderOf(m[2] === ".");
    if (order === null) return "ambiguous";
    return daySpan(order === "dmy" ? dayFromYmd(y, b, a) : dayFromYmd(y, a, b));
  }
  if ((m = /^(\d{8})$/.exec(t))) return daySpan(dayFromYmd(+t.slice(0, 4), +t.slice(4, 6), +t.slice(6, 8)));
  if ((m = /^(\d{5})(?:\.\d+)?$/.exec(t))) return daySpan(dayFromExcelSerial(Number(t), system));
  const words = t.toLowerCase().replace(/,/g, " ").replace(/[-/.]/g, " ").trim().split(/\s+/);
  if (words.length === 3 || words.length === 2) {
    const month = words.map((w) => MONTHS[w]);
    const nums = words.map((w) => (/^\d+$/.test(w) ? +w : NaN));
    const mi = month.findIndex((x) => x !== undefined);
    if (mi >= 0 && month.filter((x) => x !== undefined).length === 1) {
      const rest = nums.filter((_, i) => i !== mi);
      const restText = words.filter((_, i) => i !== mi);
      // "Jul 2017", "Jul-17": a month.
      if (words.length === 2 && (rest[0] >= 1900 || (/^\d{2}$/.test(restText[0]) && mi === 0)))
        return monthSpan(fullYear(restText[0]), month[mi]);
      if (words.length === 3 && rest[1] >= 1900 && rest[0] >= 1)
        return daySpan(dayFromYmd(rest[1], month[mi], rest[0]));
      if (words.length === 3 && /^\d{2}$/.test(restText[1]) && rest[0] >= 1 && mi <= 1)
        return daySpan(dayFromYmd(fullYear(restText[1]), month[mi], rest[0]));
    }
  }
  return null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date cell → the day it holds, or the whole month it names. Ambiguous slash dates follow
 * `orderOf` (the column's order); a date whose order the column cannot tell is unreadable, with
 * `ambiguous` set.
 */
export function readDate(
  raw: RawCell,
  orderOf: DayMonthOrder = HABITUAL_ORDER,
  system?: DateSystem,
): Parsed<DateSpan> & { ambiguous?: true } {
  const v = plainCell(raw);
  if (v === FORMULA_WITHOUT_VALUE) return FORMULA_BAD;
  if (isBlankCell(v)) return BLANK;
  let span: DateSpan | null | Ambiguous = null;
  if (typeof v === "number") span = daySpan(dayFromExcelSerial(v, system));
  else if (v instanceof Date) span = daySpan(dayOfDate(v));
  else if (typeof v === "string") span = spanOfText(v, orderOf, system);
  if (span === "ambiguous") return { kind: "bad", text: cellText(v), ambiguous: true };
  return span === null ? bad(cellText(v)) : ok(span);
}

/**
 * A cell → one calendar day (a month on its own is its first day); used for arguments and pass
 * dates. Numbers (and serial text) are serials of the workbook's date system (default 1900).
 */
export function parseDay(raw: RawCell, system?: DateSystem): Parsed<Day> {
  const r = readDate(raw, HABITUAL_ORDER, system);
  return r.kind === "ok" ? ok(r.value.first) : r;
}

// ---------------------------------------------------------------- amounts

/** Number → integer cents, free of binary noise (12345.67 → 1234567, 1.005 → 101). */
export function centsOfNumber(n: number): number {
  const x = n * 100;
  const r = Math.round(x);
  // Two decimals or fewer land within noise of an integer; only the rest need the slow path.
  if (Math.abs(x - r) < 1e-6 * Math.max(1, Math.abs(x) / 1e9)) return r + 0;
  return Math.round(Number(x.toPrecision(15))) + 0;
}

function centsOfDigits(intPart: string, frac: string): number {
  const f = (frac + "000").slice(0, 3);
  let cents = Number(intPart || "0") * 100 + Number(f.slice(0, 2));
  if (Number(f[2]) >= 5) cents += 1; // half away from zero (sign applied after)
  return cents;
}

/** How a column writes decimals: "us" 1,234.56; "eu" 1.234,56 / 1 234,56; "mixed" both (rows that read differently are errors). */
export type AmountNotation = "us" | "eu" | "mixed";

const US_BODY = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
const EU_BODY = /^(?:\d{1,3}(?:[. ']\d{3})+|\d+)?(?:,(\d+))?$/;
// The common shapes ("12,345.67", "-$500", "1200") without normalization or extra passes.
const PLAIN_AMOUNT = /^(-)?\$?((?:\d{1,3}(?:,\d{3})+|\d+))(?:\.(\d{1,2}))?$/;
const USD_MARK = /^(?:US\$|USD|\$)\s*|\s*(?:USD|US\$|\$)$/i;
/** Currency marks of amounts that are not dollars: such a row is "Not USD", never summed as dollars. */
const FOREIGN_MARK =
  /^(CNY|RMB|EUR|GBP|JPY|HKD|AUD|CAD|SGD|TWD|HK\$|A\$|NT\$|S\$|C\$|¥|€|£|人民币|元)\s*|\s*(CNY|RMB|EUR|GBP|JPY|HKD|AUD|CAD|SGD|TWD|HK\$|A\$|NT\$|S\$|C\$|¥|€|£|人民币|元)$/i;

/** An amount as read: cents, and the currency it is marked with when that is not USD (rare: no extra object otherwise). */
export type AmountRead = Parsed<number> & { currency?: string; conflict?: true };

interface AmountText {
  body: string;
  negative: boolean;
  currency?: string;
}

/** Accounting text → sign, currency and the digits: "$ (5,000.00)", "5,000.00-", "$ -" (zero). */
function amountText(v: string): AmountText | null {
  let t = v
    .normalize("NFKC")
    .replace(ZERO_WIDTH, "")
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .trim();
  let negative = false;
  let currency: string | undefined;
  const strip = () => {
    t = t.replace(USD_MARK, "").trim();
    if (!/[^\d.,\s()$+-]/.test(t)) return; // digits and accounting marks only: no currency word
    const f = FOREIGN_MARK.exec(t);
    if (f) {
      currency ??= (f[1] ?? f[2]).toUpperCase();
      t = (t.slice(0, f.index) + t.slice(f.index + f[0].length)).trim();
    }
  };
  strip();
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
    strip();
  }
  if (/^[-+]/.test(t)) {
    if (t[0] === "-") negative = !negative;
    t = t.slice(1).trim();
    strip();
  } else if (/[-]$/.test(t) && t.length > 1) {
    negative = !negative;
    t = t.slice(0, -1).trim();
  }
  // "$ -" and "-": the accounting zero.
  if (t === "" && /-/.test(v)) return { body: "0", negative: false, currency };
  if (t === "" || t === "." || t === ",") return null;
  return { body: t, negative, currency };
}

/** The cents a body of digits reads as in a notation, or null when it is not written that way. */
function centsIn(body: string, notation: "us" | "eu"): number | null {
  const m = (notation === "us" ? US_BODY : EU_BODY).exec(body);
  if (!m) return null;
  const [intPart, frac = ""] =
    notation === "us" ? body.replace(/,/g, "").split(".") : body.replace(/[. ']/g, "").split(",");
  const cents = centsOfDigits(intPart, frac);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** What an amount text shows about its column's notation: "us", "eu", "none" (reads the same or only one way is possible but unclear), or null. */
export function amountEvidence(v: string): "us" | "eu" | "none" | null {
  if (PLAIN_AMOUNT.test(v) && !/,\d{3}$/.test(v)) return /\.\d/.test(v) ? "us" : "none";
  const a = amountText(v);
  if (!a) return null;
  const us = centsIn(a.body, "us"),
    eu = centsIn(a.body, "eu");
  if (us === null && eu === null) return null;
  if (us === eu) return "none";
  // "1,200" / "1.200": either notation (thousands). "1,20" / "1.20": the decimal separator shows.
  if (us !== null && eu !== null && /^\d{1,3}(?:[.,]\d{3})+$/.test(a.body) && !/[.][^.]*[.]|,[^,]*,/.test(a.body))
    return "none";
  return us !== null && eu === null
    ? "us"
    : eu !== null && us === null
      ? "eu"
      : /\.\d{1,2}$/.test(a.body)
        ? "us"
        : /,\d{1,2}$/.test(a.body)
          ? "eu"
          : "none";
}

/**
 * An amount cell → cents. Text may be accounting-style; `notation` is the column's (absent: US).
 * In a "mixed" column a text that reads differently in the two notations is unreadable, with
 * `conflict` set.
 */
export function readAmount(raw: RawCell, notation: AmountNotation = "us"): AmountRead {
  const v = plainCell(raw);
  if (v === FORMULA_WITHOUT_VALUE) return FORMULA_BAD;
  if (isBlankCell(v)) return BLANK;
  if (typeof v === "number") return Number.isFinite(v) ? ok(centsOfNumber(v)) : bad(String(v));
  if (typeof v !== "string") return bad(cellText(v));
  if (notation === "us") {
    const plain = PLAIN_AMOUNT.exec(v);
    if (plain) {
      const c = centsOfDigits(plain[2].replace(/,/g, ""), plain[3] ?? "");
      if (Number.isSafeInteger(c)) return ok(plain[1] ? -c : c);
    }
  }
  const a = amountText(v);
  if (!a) return bad(v);
  let cents: number | null;
  if (notation === "mixed") {
    const us = centsIn(a.body, "us"),
      eu = centsIn(a.body, "eu");
    if (us !== null && eu !== null && us !== eu) return { kind: "bad", text: v, conflict: true };
    cents = us ?? eu;
  } else cents = centsIn(a.body, notation);
  if (cents === null) return bad(v);
  const signed = a.negative ? -cents : cents + 0;
  return a.currency ? { kind: "ok", value: signed, currency: a.currency } : ok(signed);
}

/** An amount cell → cents (US notation; another currency is unreadable here). */
export function parseCents(raw: RawCell): Parsed<number> {
  const r = readAmount(raw);
  return r.kind === "ok" && r.currency ? bad(cellText(raw)) : r;
}

/**
 * The currency a number format shows, when it is not US dollars; null for USD or no currency. A
 * format is USD only when its symbol is $, US$ or USD with no locale code or an en-US one (409).
 */
export function currencyOfFormat(format: string): string | null {
  for (const m of format.matchAll(/\[\$([^\]-]*)(?:-([0-9A-Za-z]+))?\]/g)) {
    const sym = m[1].trim(),
      lcid = (m[2] ?? "").toLowerCase();
    if (sym === "") continue; // a locale only ([$-409]): no currency shown
    const usdSymbol = sym === "$" || sym.toUpperCase() === "US$" || sym.toUpperCase() === "USD";
    if (usdSymbol && (lcid === "" || lcid === "409" || lcid === "en-us")) continue;
    return sym === "$" ? (DOLLAR_LOCALES[lcid] ?? `$ (${lcid})`) : sym.toUpperCase();
  }
  const outside = format.replace(/\[[^\]]*\]/g, "");
  for (const m of outside.matchAll(/"([^"]*)"/g)) {
    const f = FOREIGN_MARK.exec(m[1].trim());
    if (f) return (f[1] ?? f[2]).toUpperCase();
  }
  const bare = /[¥€£]/.exec(outside.replace(/"[^"]*"/g, ""));
  return bare ? bare[0] : null;
}

/** Dollar signs of other countries, by Windows locale id. */
const DOLLAR_LOCALES: Record<string, string> = {
  c09: "AUD",
  "1009": "CAD",
  "404": "TWD",
  "1004": "SGD",
  "1409": "NZD",
  "80a": "MXN",
  c04: "HKD",
  "3c09": "HKD",
  "416": "BRL",
};

// ---------------------------------------------------------------- booleans

const YES = new Set(["yes", "y", "true", "t", "1", "是", "x", "✓", "✔", "√", "active", "在职", "有效", "on"]);
const NO = new Set(["no", "n", "false", "f", "0", "否", "inactive", "离职", "无效", "off", "-"]);

/** Looks a word up in two sets: as written (lowercased), then cleaned. */
function lookUp(raw: RawCell, yes: ReadonlySet<string>, no: ReadonlySet<string>): Parsed<boolean> {
  const v = plainCell(raw);
  if (isBlankCell(v)) return BLANK;
  if (typeof v === "boolean") return ok(v);
  if (typeof v === "number") return v === 1 ? ok(true) : v === 0 ? ok(false) : bad(String(v));
  const quick = cellText(v).toLowerCase();
  if (yes.has(quick)) return ok(true);
  if (no.has(quick)) return ok(false);
  const t = quick.normalize("NFKC").replace(ZERO_WIDTH, "").replace(/\s+/g, " ").trim();
  if (yes.has(t)) return ok(true);
  if (no.has(t)) return ok(false);
  return bad(cellText(v));
}

const EMPLOYED = new Set([
  ...YES,
  "是",
  "在职",
  "y",
  "yes",
  "✓",
  "active",
  "current",
  "employed",
  "在岗",
  "正式",
  "current employee",
]);
const NOT_EMPLOYED = new Set([
  ...NO,
  "否",
  "离职",
  "已离职",
  "离开",
  "停用",
  "n",
  "no",
  "×",
  "✗",
  "✘",
  "inactive",
  "resigned",
  "terminated",
  "left",
  "left company",
  "former",
  "former employee",
  "departed",
]);
/** Employment status words (EN/ZH) that say whether a staff row's person still works here. */
export function parseEmployment(raw: RawCell): Parsed<boolean> {
  return lookUp(raw, EMPLOYED, NOT_EMPLOYED);
}

/** Words that only an exam result uses (a Status column holding these is a result column). */
const RESULT_PASSED = new Set(["passed", "pass", "通过", "已通过", "合格", "successful", "success"]);
const RESULT_FAILED = new Set([
  "failed",
  "fail",
  "未通过",
  "不通过",
  "没通过",
  "不合格",
  "失败",
  "unsuccessful",
  "no show",
  "缺考",
]);
const PASSED = new Set([...RESULT_PASSED, ...YES]);
const FAILED = new Set([...RESULT_FAILED, ...NO]);

/** An exam result: passed (true) or failed (false); yes/no words count too. */
export function parseExamResult(raw: RawCell): Parsed<boolean> {
  return lookUp(raw, PASSED, FAILED);
}

/** Whether a value is a word only exam results use (Passed, Failed, 通过, 未通过…). */
export function isResultWord(raw: RawCell): boolean {
  return lookUp(raw, RESULT_PASSED, RESULT_FAILED).kind === "ok";
}

export function parseYesNo(raw: RawCell): Parsed<boolean> {
  const v = plainCell(raw);
  if (isBlankCell(v)) return BLANK;
  if (typeof v === "boolean") return ok(v);
  if (typeof v === "number") return v === 1 ? ok(true) : v === 0 ? ok(false) : bad(String(v));
  const quick = cellText(v).toLowerCase();
  if (YES.has(quick)) return ok(true);
  if (NO.has(quick)) return ok(false);
  const t = quick.normalize("NFKC").trim();
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return bad(cellText(v));
}
