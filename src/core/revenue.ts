// Revenue table → TTM net new revenue in integer cents, with excluded rows grouped by reason
// (docs/rules.md §2). Rows are aggregated as they are read: a million rows keep no row objects.
import type {
  ColumnMapping,
  DateOrder,
  Day,
  ExclusionReason,
  HiddenRowsTally,
  RevenueExclusion,
  RevenueField,
  RevenueSummary,
  RuleSet,
  TableInput,
} from "./types";
import { cellText, centsOfNumber, isBlankCell, parseYesNo, plainCell, readAmount, readDate } from "./cells";
import {
  amountMultiplier,
  amountNotationOfColumn,
  currencyOfFormatReader,
  dateOrderOfColumn,
  logColumnNotes,
  otherCurrencyNamed,
} from "./column-reading";
import { dayFromExcelSerial, ttmWindow } from "./dates";
import { detectHeader, REVENUE_FIELDS } from "./header-detection";
import { IssueLog, WORDS } from "./messages";
import { cleanText, looseKey } from "./text";

export interface RevenueContext {
  asOf: Day;
  rules: RuleSet;
  log: IssueLog;
  dateOrder?: DateOrder;
}

/**
 * Product text → eligible product name, or null. Case-, space- and punctuation-insensitive; a
 * text that contains an eligible name is that product ("Microsoft Dynamics CRM Online
 * Professional" is CRM Online), the longest name contained winning.
 */
export function productMatcher(rules: RuleSet): (text: string) => string | null {
  const names = new Map<string, string>();
  for (const p of rules.products) for (const n of [p.name, ...p.aliases]) names.set(looseKey(n), p.name);
  const byLength = [...names.keys()].filter((k) => k.length >= 4).sort((a, b) => b.length - a.length);
  const cache = new Map<string, string | null>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) {
      const key = looseKey(text);
      const contained = names.has(key) ? key : byLength.find((k) => key.includes(k));
      hit = contained === undefined ? null : (names.get(contained) ?? null);
      cache.set(text, hit);
    }
    return hit;
  };
}

/** Long forms of attribution types: "Digital Partner of Record" is DPOR. */
const ATTRIBUTION_LONG_FORMS: Record<string, string> = {
  digitalpartnerofrecord: "dpor",
  claimingpartnerofrecord: "cpor",
  partnerofrecord: "por",
  数字合作伙伴: "dpor",
  记录在案的数字合作伙伴: "dpor",
};

/** "DPOR (Digital Partner of Record)", "Digital Partner of Record" → "dpor"; anything else unchanged. */
function shortAttribution(key: string): string {
  for (const [long, short] of Object.entries(ATTRIBUTION_LONG_FORMS)) {
    if (key === long || key === short + long || key === long + short) return short;
  }
  return key;
}

/** `key` is language-independent: "" = blank, "NO" = a plain no, else the type as written. */
type Attribution = { counts: boolean; key: string } | { counts: false; key: string; unreadable: string };

/** Attribution cell → whether it counts. Yes/No forms or a type (DPOR counts; CPOR, CSP… don't). */
export function attributionReader(rules: RuleSet): (raw: unknown) => Attribution {
  const counts = new Set(rules.attribution.counts.map(looseKey));
  const known = new Set(rules.attribution.known.map(looseKey));
  const cache = new Map<unknown, Attribution>();
  return (raw) => {
    const v = plainCell(raw);
    const cached = cache.get(v);
    if (cached) return cached;
    let a: Attribution;
    const key = shortAttribution(looseKey(cellText(v)));
    if (isBlankCell(v)) a = { counts: false, key: "" };
    else if (counts.has(key)) a = { counts: true, key: key.toUpperCase() };
    else if (known.has(key)) a = { counts: false, key: key.toUpperCase() };
    else {
      const yn = parseYesNo(v);
      if (yn.kind === "ok") a = yn.value ? { counts: true, key: "DPOR" } : { counts: false, key: "NO" };
      else a = { counts: false, key: cleanText(cellText(v)), unreadable: cellText(v) };
    }
    if (typeof v !== "object" || v === null) cache.set(v, a);
    return a;
  };
}

/** A window's revenue before any row is read (also what several sheets' summaries are added into). */
export function emptyRevenueSummary(windowStart: Day, windowEnd: Day): RevenueSummary {
  return {
    windowStart,
    windowEnd,
    ttmCents: 0,
    countedRows: 0,
    excludedRows: 0,
    excluded: [],
    byProduct: [],
    productsReadAs: [],
  };
}

/** The summary lists at most this many distinct product texts. */
const PRODUCT_TEXTS_LISTED = 100;

export function readRevenue(
  table: TableInput,
  ctx: RevenueContext,
): { summary: RevenueSummary; mapping: ColumnMapping<RevenueField> | null } {
  const sheet = table.sheet ?? "Revenue";
  const originRow = table.originRow ?? 1;
  const { log } = ctx;
  const window = ttmWindow(ctx.asOf);
  const summary = emptyRevenueSummary(window.start, window.end);
  const match = detectHeader(table.values, REVENUE_FIELDS, table);
  if (!match) {
    if (table.values.length === 0 || table.values.every((r) => r.every(isBlankCell)))
      log.add(sheet, null, null, "error", "table.empty", { table: WORDS.revenue });
    else log.add(sheet, null, null, "error", "table.noHeader", { expected: WORDS.revenueExpected });
    return { summary, mapping: null };
  }
  const { columns: col, headers } = match.mapping;
  const headerExcelRow = originRow + match.mapping.headerRow;
  logColumnNotes(log, sheet, headerExcelRow, match.notes);
  if (col.dpor === undefined)
    log.add(sheet, headerExcelRow, null, "warning", "table.missingColumn", {
      field: WORDS.dpor,
      consequence: WORDS.noDporConsequence,
    });
  const multiplier = amountMultiplier(headers.amount);
  if (multiplier)
    log.add(sheet, headerExcelRow, headers.amount ?? null, "info", "column.multiplied", {
      column: headers.amount as string,
      unit: WORDS[multiplier.unit],
      factor: multiplier.factor,
    });
  const factor = multiplier?.factor ?? 1;
  const notation = amountNotationOfColumn(table.values, match.mapping.headerRow, col.amount);
  const dateOrder = dateOrderOfColumn(table.values, match.mapping.headerRow, col.date, ctx.dateOrder);
  if (dateOrder.assumed !== undefined)
    log.add(sheet, headerExcelRow, headers.date ?? null, "warning", "column.dateOrderAssumed", {
      column: headers.date as string,
      value: dateOrder.assumed,
    });

  const product = productMatcher(ctx.rules);
  const attribution = attributionReader(ctx.rules);
  // One bucket per reason and distinct detail; a row's lookup reuses one interned key string.
  const excluded = new Map<string, RevenueExclusion>();
  const counted = new Map<string, { product: string; rows: number; cents: number }>();
  const keys = new Map<ExclusionReason, Map<string, string>>();
  const keyOf = (reason: ExclusionReason, detail: string) => {
    let byDetail = keys.get(reason);
    if (!byDetail) keys.set(reason, (byDetail = new Map<string, string>()));
    let k = byDetail.get(detail);
    if (k === undefined) byDetail.set(detail, (k = `${reason}\u0000${cleanText(detail)}`));
    return k;
  };
  const exclude = (reason: ExclusionReason, cents: number, detail = "") => {
    const key = keyOf(reason, detail);
    let e = excluded.get(key);
    if (!e) excluded.set(key, (e = { reason, detail: cleanText(detail), rows: 0, cents: 0 }));
    e.rows++;
    e.cents += cents;
    summary.excludedRows++;
  };
  const pc = col.product as number,
    dc = col.date as number,
    ac = col.amount as number,
    xc = col.dpor,
    cc = col.currency;
  const currencyOfCell = table.numberFormats ? currencyOfFormatReader(table.numberFormats, ac) : null;
  const readAs = new Map<string, { text: string; product: string; rows: number }>();
  let total = 0;
  let totalBig: bigint | null = null; // only if a sum ever leaves the exact-integer range
  const values = table.values;
  const dateSystem = table.dateSystem;
  const hidden = table.hiddenRows && table.hiddenRows.size > 0 ? new HiddenRows(table.hiddenRows) : undefined;
  const amountHeader = headers.amount ?? null,
    dateHeader = headers.date ?? null;
  for (let r = match.mapping.headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const pRaw = row[pc],
      dRaw = row[dc],
      aRaw = row[ac];
    // Numbers are what Excel gives for real dates and amounts: read them without allocating.
    let cents = typeof aRaw === "number" && Number.isFinite(aRaw) ? centsOfNumber(aRaw) : NaN;
    let day = typeof dRaw === "number" ? (dayFromExcelSerial(dRaw, dateSystem) ?? NaN) : NaN;
    let lastDay = day;
    let currency: string | null = null;
    const productBlank = isBlankCell(pRaw);
    if (cents !== cents || day !== day || productBlank) {
      if (productBlank && isBlankCell(dRaw) && isBlankCell(aRaw) && row.every(isBlankCell)) continue;
      const excelRow = originRow + r;
      if (cents !== cents) {
        const amount = readAmount(aRaw, notation);
        if (amount.kind === "ok") {
          cents = amount.value;
          currency = amount.currency ?? null;
        } else if (amount.kind === "bad")
          log.add(
            sheet,
            excelRow,
            amountHeader,
            "error",
            amount.formula
              ? "cell.formulaWithoutValue"
              : amount.conflict
                ? "cell.amountNotationConflict"
                : "revenue.amountUnreadable",
            { value: amount.text },
          );
        else log.add(sheet, excelRow, amountHeader, "error", "revenue.amountMissing");
      }
      if (day !== day) {
        const date = readDate(dRaw, dateOrder.orderOf, dateSystem);
        if (date.kind === "ok") {
          day = date.value.first;
          lastDay = date.value.last;
        } else if (date.kind === "bad")
          log.add(
            sheet,
            excelRow,
            dateHeader,
            "error",
            date.formula
              ? "cell.formulaWithoutValue"
              : date.ambiguous
                ? "cell.dateAmbiguous"
                : "revenue.dateUnreadable",
            { value: date.text },
          );
        else log.add(sheet, excelRow, dateHeader, "error", "revenue.dateMissing");
      }
      if (productBlank) log.add(sheet, excelRow, headers.product ?? null, "error", "revenue.productMissing");
      if (cents !== cents || day !== day || productBlank) {
        exclude("unreadable", cents === cents ? cents * factor : 0);
        continue;
      }
    }
    if (factor !== 1) cents *= factor;
    // In this order, each exclusion's amount answers "what would count if this were fixed".
    if (lastDay < window.start) {
      exclude("before-window", cents);
      continue;
    }
    if (day > window.end) {
      exclude("after-window", cents);
      continue;
    }
    if (day < window.start || lastDay > window.end) {
      exclude("straddle", cents);
      continue;
    }
    const productText = typeof pRaw === "string" ? pRaw : cellText(pRaw);
    const eligible = product(productText);
    if (eligible === null) {
      exclude("product", cents, productText);
      continue;
    }
    const a = attribution(xc === undefined ? null : row[xc]);
    if (!a.counts) {
      if ("unreadable" in a)
        log.add(sheet, originRow + r, headers.dpor ?? null, "warning", "revenue.attributionUnreadable", {
          value: a.unreadable,
        });
      exclude("attribution", cents, xc === undefined ? "—" : a.key);
      continue;
    }
    // Another currency, by the currency column, the amount's own text, or its number format.
    if (cc !== undefined) currency = otherCurrencyNamed(row[cc]) ?? currency;
    if (currency === null && currencyOfCell && typeof aRaw === "number") currency = currencyOfCell(r);
    if (currency !== null) {
      exclude("currency", cents, currency);
      continue;
    }
    summary.countedRows++;
    if (hidden !== undefined) hidden.count(r, cents);
    if (totalBig !== null) totalBig += BigInt(cents);
    else {
      total += cents;
      if (!Number.isSafeInteger(total)) totalBig = BigInt(total - cents) + BigInt(cents);
    }
    let c = counted.get(eligible);
    if (!c) counted.set(eligible, (c = { product: eligible, rows: 0, cents: 0 }));
    c.rows++;
    c.cents += cents;
    let seen = readAs.get(productText);
    if (!seen) readAs.set(productText, (seen = { text: cleanText(productText), product: eligible, rows: 0 }));
    seen.rows++;
  }
  summary.ttmCents = totalBig !== null ? Number(totalBig) : total;
  summary.excluded = [...excluded.values()];
  summary.byProduct = [...counted.values()];
  summary.productsReadAs = [...readAs.values()];
  orderRevenueSummary(summary);
  if (hidden !== undefined) summary.hidden = hidden.tally(values, match.mapping.headerRow);
  return { summary, mapping: { ...match.mapping, sheet } };
}

/**
 * Exclusions by reason then size; products by amount; each distinct product text once (texts
 * differing only in spacing are one), most rows first. Also used when sheets are combined.
 */
export function orderRevenueSummary(summary: RevenueSummary): void {
  const reasonOrder: ExclusionReason[] = [
    "unreadable",
    "before-window",
    "after-window",
    "straddle",
    "product",
    "attribution",
    "currency",
  ];
  // Plain code-unit order on untranslated text: the same order in every engine and language.
  const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  summary.excluded.sort(
    (a, b) =>
      reasonOrder.indexOf(a.reason) - reasonOrder.indexOf(b.reason) || b.rows - a.rows || plain(a.detail, b.detail),
  );
  summary.byProduct.sort((a, b) => b.cents - a.cents || plain(a.product, b.product));
  const distinct = new Map<string, { text: string; product: string; rows: number }>();
  for (const x of summary.productsReadAs) {
    const d = distinct.get(x.text);
    if (d) d.rows += x.rows;
    else distinct.set(x.text, { ...x });
  }
  summary.productsReadAs = [...distinct.values()]
    .sort((a, b) => b.rows - a.rows || plain(a.text, b.text))
    .slice(0, PRODUCT_TEXTS_LISTED);
}

// ---------------------------------------------------------------- issue 11: rows the user hid
// Hidden rows are evaluated like any other (the competency is about the data, not the view); this
// only tallies them, so a surface can say "N hidden rows were included" with their counted amount.

class HiddenRows {
  private countedRows = 0;
  private countedCents = 0;
  constructor(private readonly rows: ReadonlySet<number>) {}

  count(row: number, cents: number): void {
    if (!this.rows.has(row)) return;
    this.countedRows++;
    this.countedCents += cents;
  }

  /** Hidden data rows below the header that hold anything. */
  tally(values: TableInput["values"], headerRow: number): HiddenRowsTally {
    let rows = 0;
    for (const r of this.rows)
      if (r > headerRow && r < values.length && values[r]?.some((c) => !isBlankCell(c))) rows++;
    return { rows, countedRows: this.countedRows, countedCents: this.countedCents };
  }
}
