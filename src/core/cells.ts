// Raw cell → typed value. Cells arrive as Excel's `range.values` or a file reader gives them:
// numbers, strings, booleans, Dates, null, Excel error strings, or reader objects (rich text,
// formula results). Nothing here throws; a value that cannot be read is `bad`.
import type { Day, RawCell } from "./types";
import { dayFromExcelSerial, dayFromYmd, type DateSystem } from "./dates";

export type Parsed<T> = { kind: "ok"; value: T } | { kind: "blank" } | { kind: "bad"; text: string };

const BLANK = { kind: "blank" } as const;
const ok = <T>(value: T): Parsed<T> => ({ kind: "ok", value });
const bad = (text: string): Parsed<never> => ({ kind: "bad", text });

const EXCEL_ERROR = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA|BLOCKED!|CONNECT!|UNKNOWN!)$/i;

export function isExcelError(text: string): boolean {
  return EXCEL_ERROR.test(text.trim());
}

/** Unwraps file-reader cell objects ({richText}, {text}, {result}, {error}) to a plain value. */
export function plainCell(raw: RawCell): RawCell {
  if (raw === null || typeof raw !== "object" || raw instanceof Date) return raw;
  const o = raw as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    return o.richText.map((r) => (r && typeof r === "object" ? String((r as { text?: unknown }).text ?? "") : "")).join("");
  }
  if ("result" in o) return plainCell(o.result);
  if ("error" in o) return String(o.error);
  if ("text" in o) return plainCell(o.text);
  return String(raw);
}

/** The text a user sees for a cell (used for names, codes and messages). */
export function cellText(raw: RawCell): string {
  const v = plainCell(raw);
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return String(v);
}

export function isBlankCell(raw: RawCell): boolean {
  const v = plainCell(raw);
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

function dayOfDate(d: Date): Day | null {
  if (Number.isNaN(d.getTime())) return null;
  // File readers give UTC midnight; a Date built in a local zone is local midnight. Either way
  // the user meant that calendar day.
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  const localMidnight = d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0;
  if (!utcMidnight && localMidnight) return dayFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
  return dayFromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayOfText(input: string, system?: DateSystem): Day | null {
  let m: RegExpExecArray | null = ISO_DAY.exec(input);
  if (m) return dayFromYmd(+m[1], +m[2], +m[3]);
  const t = input.normalize("NFKC").trim();
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(t))) return dayFromYmd(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(t))) return dayFromYmd(+m[1], +m[2], +m[3]);
  // A month on its own ("Month" column): its first day.
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(t))) return dayFromYmd(+m[1], +m[2], 1);
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/.exec(t))) return dayFromYmd(+m[1], +m[2], 1);
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) {
    const a = +m[1], b = +m[2], y = +m[3];
    // Day-first when it must be (or with dots, the European habit); otherwise US month-first.
    if (a > 12 || t.includes(".")) return dayFromYmd(y, b, a);
    return dayFromYmd(y, a, b);
  }
  if ((m = /^(\d{8})$/.exec(t))) return dayFromYmd(+t.slice(0, 4), +t.slice(4, 6), +t.slice(6, 8));
  if ((m = /^(\d{5})(?:\.\d+)?$/.exec(t))) return dayFromExcelSerial(Number(t), system);
  const words = t.toLowerCase().replace(/,/g, " ").replace(/[-/]/g, " ").split(/\s+/);
  if (words.length === 3 || words.length === 2) {
    const month = words.map((w) => MONTHS[w.replace(/\.$/, "")]);
    const nums = words.map((w) => (/^\d+$/.test(w) ? +w : NaN));
    const mi = month.findIndex((x) => x !== undefined);
    if (mi >= 0) {
      const rest = nums.filter((_, i) => i !== mi);
      if (words.length === 2 && rest[0] >= 1900) return dayFromYmd(rest[0], month[mi], 1);
      if (words.length === 3 && rest[1] >= 1900 && rest[0] >= 1) return dayFromYmd(rest[1], month[mi], rest[0]);
    }
  }
  return null;
}

/** A date cell; numbers (and serial text) are serials of the workbook's date system (default 1900). */
export function parseDay(raw: RawCell, system?: DateSystem): Parsed<Day> {
  const v = plainCell(raw);
  if (isBlankCell(v)) return BLANK;
  let day: Day | null = null;
  if (typeof v === "number") day = dayFromExcelSerial(v, system);
  else if (v instanceof Date) day = dayOfDate(v);
  else if (typeof v === "string") day = dayOfText(v, system);
  return day === null ? bad(cellText(v)) : ok(day);
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

const AMOUNT_TEXT = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
// The common shapes ("12,345.67", "-$500", "1200") without normalization or extra passes.
const PLAIN_AMOUNT = /^(-)?\$?((?:\d{1,3}(?:,\d{3})+|\d+))(?:\.(\d{1,2}))?$/;

export function parseCents(raw: RawCell): Parsed<number> {
  const v = plainCell(raw);
  if (isBlankCell(v)) return BLANK;
  if (typeof v === "number") return Number.isFinite(v) ? ok(centsOfNumber(v)) : bad(String(v));
  if (typeof v !== "string") return bad(cellText(v));
  const plain = PLAIN_AMOUNT.exec(v);
  if (plain) {
    const c = centsOfDigits(plain[2].replace(/,/g, ""), plain[3] ?? "");
    if (Number.isSafeInteger(c)) return ok(plain[1] ? -c : c);
  }
  let t = v.normalize("NFKC").replace(/\u2212/g, "-").trim();
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  t = t.replace(/^(US\$|USD|\$)\s*/i, "").replace(/\s*(USD|US\$|\$)$/i, "").trim();
  if (t.startsWith("-") || t.startsWith("+")) {
    if (t.startsWith("-")) negative = !negative;
    t = t.slice(1).trim();
    t = t.replace(/^(US\$|USD|\$)\s*/i, "");
  }
  if (t === "" || t === "." || !AMOUNT_TEXT.test(t)) return bad(v);
  const [intPart, frac = ""] = t.replace(/,/g, "").split(".");
  const cents = centsOfDigits(intPart, frac);
  if (!Number.isSafeInteger(cents)) return bad(v);
  return ok(negative ? -cents : cents + 0);
}

// ---------------------------------------------------------------- booleans

const YES = new Set(["yes", "y", "true", "t", "1", "是", "x", "✓", "✔", "√", "active", "在职", "有效", "on"]);
const NO = new Set(["no", "n", "false", "f", "0", "否", "inactive", "离职", "无效", "off", "-"]);

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
