// Which sheets of a workbook hold the staff table and which the revenue table: found by their
// header rows, not their names (docs/rules.md §4). An explicitly named sheet always wins. Issue 11: sheets
// of the same table with the same columns are combined; hidden sheets are read only when named or
// when no visible sheet has the table; among the rest, the sheets whose header fills more fields
// and whose values look right are chosen; two tables side by side on one sheet are two tables.
// Every sheet passed over is reported with its reason.
import type { MergedArea, RawTable, SheetsReport, TableInput, TableKind } from "./types";
import { detectHeader, REVENUE_FIELDS, STAFF_FIELDS, columnLetter } from "./header-detection";
import { columnRegions, mergedAreasIn, sliceColumns, type ColumnRegion } from "./sheet-regions";
import { examColumnHoldsCodes, personColumnHoldsExamTitles } from "./table-plausibility";
import { detectWideStaff } from "./wide-staff";
import type { LocateProblem } from "./locate-text";
import { cleanText } from "./text";

export interface SheetValues {
  name: string;
  values: RawTable;
  /** Excel row / column (1-based) of values[0][0]; default 1, 1. */
  originRow?: number;
  originColumn?: number;
  /** As Excel shows it (Worksheet.visibility); default visible. */
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Merged areas, 0-based within values. */
  mergedAreas?: readonly MergedArea[];
}

export interface TableChoice {
  /** Sheets named by the user: one name or several (combined). */
  staffSheet?: string | readonly string[];
  revenueSheet?: string | readonly string[];
  /** Sheets never taken as input (our own results sheets). */
  exclude?: (name: string) => boolean;
}

export type LocateResult =
  | { ok: true; staff: TableInput[]; revenue: TableInput[]; sheets: SheetsReport }
  | { ok: false; problem: LocateProblem; sheet?: string };

const sameName = (a: string, b: string) => cleanText(a).toLowerCase() === cleanText(b).toLowerCase();
const namesOf = (n: string | readonly string[] | undefined): string[] => (n === undefined ? [] : typeof n === "string" ? [n] : [...n]);

/** A sheet, or one table-sized region of it when two tables stand side by side. */
interface Candidate {
  sheet: SheetValues;
  region: ColumnRegion | null;
  values: RawTable;
  hidden: boolean;
}

interface Fit {
  fields: string[];
  layout: "long" | "wide";
  /** Why the values do not look like the table, if they don't. */
  implausible?: { reason: "notExamCodes" | "examTitles"; column: string };
}

/** What the candidate's header says it holds for this table, or null when it has no such header. */
function fitOf(kind: TableKind, values: RawTable): Fit | null {
  if (kind === "revenue") {
    const m = detectHeader(values, REVENUE_FIELDS);
    return m && { fields: Object.keys(m.mapping.columns), layout: "long" };
  }
  const m = detectHeader(values, STAFF_FIELDS);
  if (m) {
    const { headerRow, columns, headers } = m.mapping;
    const fit: Fit = { fields: Object.keys(columns), layout: "long" };
    if (personColumnHoldsExamTitles(values, headerRow, columns.person as number))
      fit.implausible = { reason: "examTitles", column: headers.person ?? "" };
    else if (!examColumnHoldsCodes(values, headerRow, columns.exam as number))
      fit.implausible = { reason: "notExamCodes", column: headers.exam ?? "" };
    return fit;
  }
  const wide = detectWideStaff(values);
  if (!wide) return null;
  const fit: Fit = { fields: [...Object.keys(wide.columns), "exam", "passedOn"], layout: "wide" };
  if (personColumnHoldsExamTitles(values, wide.headerRow, wide.columns.person as number))
    fit.implausible = { reason: "examTitles", column: wide.headers.person ?? "" };
  return fit;
}

/** Each sheet whole, or split into regions when two or more regions have a table header of their own. */
function candidatesOf(sheets: readonly SheetValues[]): Candidate[] {
  return sheets.flatMap((sheet) => {
    const hidden = (sheet.visibility ?? "visible") !== "visible";
    const whole: Candidate = { sheet, region: null, values: sheet.values, hidden };
    const regions = columnRegions(sheet.values);
    if (regions.length < 2) return [whole];
    const tables = regions
      .map((region) => ({ sheet, region, values: sliceColumns(sheet.values, region), hidden }))
      .filter((c) => fitOf("staff", c.values) || fitOf("revenue", c.values));
    return tables.length >= 2 ? tables : [whole];
  });
}

function toInput(c: Candidate): TableInput {
  const s = c.sheet;
  const input: TableInput = { values: c.values, sheet: s.name, originRow: s.originRow ?? 1, originColumn: (s.originColumn ?? 1) + (c.region?.col ?? 0) };
  const merged = c.region ? mergedAreasIn(s.mergedAreas, c.region) : s.mergedAreas;
  if (merged?.length) input.mergedAreas = merged;
  return input;
}

function rangeOf(c: Candidate): string | undefined {
  if (!c.region) return undefined;
  const first = (c.sheet.originColumn ?? 1) - 1 + c.region.col;
  return `${columnLetter(first)}:${columnLetter(first + c.region.cols - 1)}`;
}

const sameFields = (a: string[], b: string[]) => a.length === b.length && a.every((f) => b.includes(f));

interface Chosen {
  used: Candidate[];
  report: SheetsReport;
}

/** The table's sheets: the ones named, or the best visible candidates (hidden ones only if none). */
function choose(kind: TableKind, pool: readonly Candidate[], named: string[], all: readonly Candidate[]): Chosen | LocateProblem {
  const report: SheetsReport = { used: [], passedOver: [] };
  const use = (c: Candidate, layout: "long" | "wide", named = false) =>
    report.used.push({ table: kind, sheet: c.sheet.name, hidden: c.hidden, layout, ...(c.region ? { range: rangeOf(c) } : {}), ...(named ? { named } : {}) });
  if (named.length) {
    const used: Candidate[] = [];
    for (const name of named) {
      const regions = all.filter((c) => sameName(c.sheet.name, name));
      if (!regions.length) return kind === "staff" ? "staff-sheet-missing" : "revenue-sheet-missing";
      const c = regions.find((r) => fitOf(kind, r.values)) ?? regions[0];
      used.push(c);
      use(c, fitOf(kind, c.values)?.layout ?? "long", true);
    }
    return { used, report };
  }
  const fits = pool.map((c) => ({ c, fit: fitOf(kind, c.values) })).filter((x): x is { c: Candidate; fit: Fit } => x.fit !== null);
  for (const { c, fit } of fits)
    if (fit.implausible) report.passedOver.push({ table: kind, sheet: c.sheet.name, reason: fit.implausible.reason, column: fit.implausible.column });
  const plausible = fits.filter((x) => !x.fit.implausible);
  const visible = plausible.filter((x) => !x.c.hidden);
  const base = visible.length ? visible : plausible;
  if (!base.length) return kind === "staff" ? "no-staff-table" : "no-revenue-table";
  const best = base.reduce((a, b) => (b.fit.fields.length > a.fit.fields.length ? b : a));
  const chosen = base.filter((x) => sameFields(x.fit.fields, best.fit.fields));
  for (const x of chosen) use(x.c, x.fit.layout);
  for (const x of base)
    if (!chosen.includes(x))
      report.passedOver.push({ table: kind, sheet: x.c.sheet.name, reason: "fewerFields", chosen: best.c.sheet.name, missing: best.fit.fields.filter((f) => !x.fit.fields.includes(f)) });
  if (base === visible)
    for (const x of plausible) if (x.c.hidden) report.passedOver.push({ table: kind, sheet: x.c.sheet.name, reason: "hidden" });
  return { used: chosen.map((x) => x.c), report };
}

export function locateTables(sheets: readonly SheetValues[], choice: TableChoice = {}): LocateResult {
  const all = candidatesOf(sheets);
  const usable = all.filter((c) => !choice.exclude?.(c.sheet.name));
  const staffNames = namesOf(choice.staffSheet);
  const revenueNames = namesOf(choice.revenueSheet);
  for (const [names, problem] of [[staffNames, "staff-sheet-missing"], [revenueNames, "revenue-sheet-missing"]] as const)
    for (const name of names) if (!sheets.some((s) => sameName(s.name, name))) return { ok: false, problem, sheet: name };
  const namedRevenue = (c: Candidate) => revenueNames.some((n) => sameName(n, c.sheet.name)) && !staffNames.some((n) => sameName(n, c.sheet.name));
  const staff = choose("staff", usable.filter((c) => !namedRevenue(c)), staffNames, all);
  if (typeof staff === "string") return { ok: false, problem: staff };
  const revenue = choose("revenue", usable.filter((c) => !staff.used.includes(c)), revenueNames, all);
  if (typeof revenue === "string") return { ok: false, problem: revenue };
  return {
    ok: true,
    staff: staff.used.map(toInput),
    revenue: revenue.used.map(toInput),
    sheets: {
      used: [...staff.report.used, ...revenue.report.used],
      passedOver: [...staff.report.passedOver, ...revenue.report.passedOver],
    },
  };
}
