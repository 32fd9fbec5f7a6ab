// The rows of the score's revenue and usage tables, read the same way: each table found by its
// header row, then per row a month, a customer tenant, a workload text and a number (an amount in
// cents, or units to the hundredth). A row missing or misreading one of them is an error on that
// row and counted as unreadable; the reader of each table decides what the rest of the row means.
// Values are read as the Cloud CRM revenue reads them (issue 10): the column's day/month order and
// decimal notation, the workbook's date system, a header in thousands, another currency.
import type { ColumnMapping, DateOrder, PlainCell, TableInput } from "../types";
import { cellText, centsOfNumber, isBlankCell, readAmount, type AmountNotation, type Parsed } from "../cells";
import {
  amountMultiplier,
  amountNotationOfColumn,
  columnDateReader,
  currencyOfFormatReader,
  otherCurrencyNamed,
} from "../column-reading";
import type { FieldSpec } from "../header-detection";
import { cleanText } from "../text";
import { WORDS, type IssueLog } from "../messages";
import type { ExclusionCounter } from "./exclusions";
import type { ScoreMessageCode } from "./messages";
import { monthOfDay, type Month } from "./months";
import type { AttributionMatch } from "./names";
import type { BusinessApplicationsRules } from "./rules-schema";
import { findTable } from "./score-tables";

export interface ActivityContext {
  rules: BusinessApplicationsRules;
  log: IssueLog<ScoreMessageCode>;
  /** Months read into the sums (the six months up to L and their base months). */
  months: ReadonlySet<Month>;
  /** L and B: rows of other months count as "outside the two months". */
  latest: Month;
  base: Month;
  /** The user's reading of ambiguous slash dates (absent: month first, with a warning). */
  dateOrder?: DateOrder;
}

/** Where a table's columns are: what a row handler needs to read the rest of its rows. */
export interface ActivitySheet<F extends string> {
  sheet: string;
  columns: ColumnMapping<F>["columns"];
  headers: ColumnMapping<F>["headers"];
  /** The Excel row of a 0-based row of the table. */
  excelRow: (r: number) => number;
}

/**
 * One readable row: its cells, its 0-based index, the month, the tenant as written (not blank), the workload
 * text (trimmed), the amount in cents (revenue) or the units in hundredths (usage), and — revenue
 * only — the other currency it is in (null: US dollars). Positional, so a million rows make no objects.
 */
export type ActivityRowHandler = (
  row: readonly PlainCell[],
  r: number,
  month: Month,
  tenant: string,
  workloadText: string,
  hundredths: number,
  currency: string | null,
) => void;

export interface ActivityTable<F extends string> {
  kind: "revenue" | "usage";
  specs: FieldSpec<F>[];
  /** Headers named when a table has none: what Partner Center's download calls them. */
  expected: string;
  /** The number column and its two messages. */
  number: { field: F; unreadable: ScoreMessageCode; missing: ScoreMessageCode };
}

type MonthRead = Parsed<Month> & { ambiguous?: true };

/** Month cells repeat ("2026-10" on every row): each distinct value is read once. */
function monthReader(readDate: ReturnType<typeof columnDateReader>): (raw: PlainCell) => MonthRead {
  const cache = new Map<unknown, MonthRead>();
  return (raw) => {
    let hit = cache.get(raw);
    if (hit === undefined) {
      const d = readDate(raw);
      hit = d.kind === "ok" ? { kind: "ok", value: monthOfDay(d.value.first) } : d;
      if (typeof raw === "string" || typeof raw === "number") cache.set(raw, hit);
    }
    return hit;
  };
}

/** Nothing left once cleaned (spaces, NBSP, U+3000, zero-width characters); most texts are told by their first character. */
function isBlankText(t: string): boolean {
  if (t.length === 0) return true;
  const c = t.charCodeAt(0);
  return (c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200d) || c === 0xfeff) && cleanText(t) === "";
}

export const textOf = (raw: PlainCell): string => (typeof raw === "string" ? raw : cellText(raw));

/** Calls the handler `begin` gives for each table with every readable row; returns the first table's column mapping. */
export function readActivityRows<F extends string>(
  tables: readonly TableInput[],
  spec: ActivityTable<F>,
  ctx: ActivityContext,
  excluded: ExclusionCounter,
  begin: (sheet: ActivitySheet<F>) => ActivityRowHandler,
): ColumnMapping<F> | null {
  let mapping: ColumnMapping<F> | null = null;
  const { log } = ctx;
  for (const t of tables) {
    const found = findTable(t, spec.specs, log, spec.kind, spec.expected);
    if (!found) continue;
    mapping ??= { ...found.mapping, sheet: found.sheet };
    const { sheet, originRow } = found;
    const { headerRow } = found.mapping;
    const columns = found.mapping.columns as Partial<Record<string, number>>;
    const headers = found.mapping.headers as Partial<Record<string, string>>;
    const values = t.values;
    const excelRow = (r: number) => t.rowNumbers?.[r] ?? originRow + r;
    const headerExcelRow = originRow + headerRow;
    const numberField = spec.number.field as string;
    const mc = columns.month as number,
      tc = columns.tenant as number,
      wc = columns.workload as number,
      nc = columns[numberField] as number,
      cc = columns.currency;

    // The column's day/month order and decimal notation are looked for only when a cell needs them
    // (an ambiguous slash date, an amount written as text): Partner Center's months and numbers never do.
    const monthOf = monthReader(
      columnDateReader(t, headerRow, mc, ctx.dateOrder, (value) =>
        log.add(sheet, headerExcelRow, headers.month ?? null, "warning", "column.dateOrderAssumed", {
          column: headers.month as string,
          value,
        }),
      ),
    );
    let notation: AmountNotation | undefined;
    const revenue = spec.kind === "revenue";
    const multiplier = revenue ? amountMultiplier(headers[numberField]) : null;
    if (multiplier)
      log.add(sheet, headerExcelRow, headers[numberField] ?? null, "info", "column.multiplied", {
        column: headers[numberField] as string,
        unit: WORDS[multiplier.unit],
        factor: multiplier.factor,
      });
    const factor = multiplier?.factor ?? 1;
    const formatCurrency = revenue && t.numberFormats ? currencyOfFormatReader(t.numberFormats, nc) : null;

    const problem = (r: number, code: ScoreMessageCode, column: string | undefined, value?: string) => {
      log.add(sheet, excelRow(r), column ?? null, "error", code, value === undefined ? {} : { value });
      excluded.add("exclusion.unreadable");
    };
    const onRow = begin({ sheet, columns: found.mapping.columns, headers: found.mapping.headers, excelRow });
    for (let r = headerRow + 1; r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      const date = monthOf(row[mc]);
      if (date.kind !== "ok") {
        // A blank row is skipped; only a row without a month needs the whole-row look.
        if (date.kind === "blank") {
          if (!row.every(isBlankCell)) problem(r, "score.monthMissing", headers.month);
        } else
          problem(
            r,
            date.formula ? "cell.formulaWithoutValue" : date.ambiguous ? "cell.dateAmbiguous" : "score.monthUnreadable",
            headers.month,
            date.text,
          );
        continue;
      }
      const tenantText = textOf(row[tc]);
      if (isBlankText(tenantText)) {
        problem(r, "score.tenantMissing", headers.tenant);
        continue;
      }
      const workloadText = textOf(row[wc]).trim();
      if (!workloadText) {
        problem(r, "score.workloadMissing", headers.workload);
        continue;
      }
      // Numbers are what Excel gives: read them without allocating; text as the column writes it.
      const raw = row[nc];
      let n: number;
      let currency: string | null = null;
      if (typeof raw === "number" && Number.isFinite(raw)) {
        n = centsOfNumber(raw);
        if (formatCurrency) currency = formatCurrency(r);
      } else {
        const a = readAmount(raw, (notation ??= amountNotationOfColumn(values, headerRow, nc)));
        if (a.kind === "blank") {
          problem(r, spec.number.missing, headers[numberField]);
          continue;
        }
        if (a.kind === "bad" || (a.currency && !revenue)) {
          const code =
            a.kind === "bad" && a.formula
              ? "cell.formulaWithoutValue"
              : a.kind === "bad" && a.conflict
                ? "cell.amountNotationConflict"
                : spec.number.unreadable;
          problem(r, code, headers[numberField], a.kind === "bad" ? a.text : textOf(raw));
          continue;
        }
        n = a.value;
        currency = a.currency ?? null;
      }
      if (cc !== undefined && revenue) currency = otherCurrencyNamed(row[cc]) ?? currency;
      onRow(row, r, date.value, tenantText, workloadText, n * factor, currency);
    }
  }
  return mapping;
}

/**
 * A warning about a cell's text, said once per code and text however many rows repeat it: an
 * attribution nobody recognises (a bare "CPOR" with its own sentence), a metric type neither paid nor trial.
 */
export function oncePerText<F extends string>(
  ctx: ActivityContext,
): (s: ActivitySheet<F>, r: number, field: F, code: ScoreMessageCode, raw: string) => void {
  const warned = new Set<string>();
  return (s, r, field, code, raw) => {
    const text = raw.trim();
    const key = `${code}\u0000${text}`;
    if (!text || warned.has(key)) return;
    warned.add(key);
    ctx.log.add(s.sheet, s.excelRow(r), s.headers[field] ?? null, "warning", code, { value: text });
  };
}

/** The warning an attribution that counts for no metric deserves, if any. */
export const attributionWarning = (a: AttributionMatch): ScoreMessageCode | null =>
  a.id !== null ? null : a.bareCpor ? "score.bareCpor" : "score.attributionUnknown";
