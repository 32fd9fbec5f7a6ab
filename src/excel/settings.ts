// The user's choices, kept in the document (Office.context.document.settings) so that everyone
// who opens the workbook, the task pane and the COMPETENCY functions all use the same ones.
import type {
  DateOrder,
  Day,
  EvaluateOptions,
  Lang,
  Market,
  RevenueField,
  ScoreColumnField,
  ScoreTable,
  StaffField,
} from "../core";
import {
  fieldsOf,
  parseIsoDay,
  REVENUE_FIELDS,
  SCORE_TABLES,
  scoreColumnFields,
  SHIPPED_RULES,
  STAFF_FIELDS,
} from "../core";

export interface AddinSettings {
  /** Sheet names ticked by the user (several are combined); absent = found by header row. */
  staffSheets?: string[];
  revenueSheets?: string[];
  /** Column letters chosen by the user per field; absent = found by header text. */
  staffColumns?: Partial<Record<StaffField, string>>;
  revenueColumns?: Partial<Record<RevenueField, string>>;
  /** ISO date; absent = today (a stored "today" would go stale). */
  asOf?: string;
  /** A shipped version; absent = the version in force on the as-of date. */
  ruleVersion?: string;
  market?: Market;
  /** How to read ambiguous slash dates (03/04/2017) when a column does not show its order; absent = month first, with a warning. */
  dateOrder?: DateOrder;
  /** issue 15: the program the task pane evaluates; absent = Cloud CRM. */
  program?: Program;
  /** issue 15: the sheet named for each score table; absent = found by header row. */
  scoreSheets?: Partial<Record<ScoreTable, string>>;
  /** issue 15: column letters chosen per field of each score table; absent = found by header text. */
  scoreColumns?: ScoreColumns;
}

export type ScoreColumns = { [T in ScoreTable]?: Partial<Record<ScoreColumnField<T>, string>> };

export const PROGRAMS = ["cloud-crm", "business-applications"] as const;
export type Program = (typeof PROGRAMS)[number];

export const SETTINGS_KEY = "CompetencyEvaluator.settings";

/** The part of Office.Settings we use (lets tests pass a plain object). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

function names(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = v.map(text).filter((n): n is string => n !== undefined);
  return out.length ? [...new Set(out)] : undefined;
}

/** An object of the given keys, each value kept when `value` accepts it; undefined when none is. */
function record<K extends string, V = string>(
  v: unknown,
  keys: readonly K[],
  value: (x: unknown, key: K) => V | undefined,
): Partial<Record<K, V>> | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const out: Partial<Record<K, V>> = {};
  for (const k of keys) {
    const x = value((v as Record<string, unknown>)[k], k);
    if (x !== undefined) out[k] = x;
  }
  return Object.keys(out).length ? out : undefined;
}

const letters = (x: unknown) => (typeof x === "string" && /^[A-Z]{1,3}$/.test(x) ? x : undefined);

/** Whatever the document holds, cleaned: unknown or malformed entries are dropped. */
export function readSettings(store: SettingsStore): AddinSettings {
  const raw = store.get(SETTINGS_KEY);
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const s: AddinSettings = {};
  const assign = <K extends keyof AddinSettings>(k: K, v: AddinSettings[K] | undefined) => {
    if (v !== undefined) s[k] = v;
  };
  // Documents saved by earlier versions hold one name (staffSheet); now a list (staffSheets).
  assign("staffSheets", names(r.staffSheets) ?? names([r.staffSheet]));
  assign("revenueSheets", names(r.revenueSheets) ?? names([r.revenueSheet]));
  assign("staffColumns", record(r.staffColumns, fieldsOf(STAFF_FIELDS), letters));
  assign("revenueColumns", record(r.revenueColumns, fieldsOf(REVENUE_FIELDS), letters));
  assign("asOf", typeof r.asOf === "string" && parseIsoDay(r.asOf) !== null ? r.asOf : undefined);
  // Only a version this add-in ships (a stale one from an older add-in means "in force on the date").
  assign("ruleVersion", SHIPPED_RULES.some((v) => v.version === r.ruleVersion) ? (r.ruleVersion as string) : undefined);
  assign("market", r.market === "developed" || r.market === "developing" ? r.market : undefined);
  assign("dateOrder", r.dateOrder === "dmy" || r.dateOrder === "mdy" ? r.dateOrder : undefined);
  assign("program", PROGRAMS.includes(r.program as Program) ? (r.program as Program) : undefined);
  assign("scoreSheets", record(r.scoreSheets, SCORE_TABLES, text));
  assign(
    "scoreColumns",
    record(r.scoreColumns, SCORE_TABLES, (x, table) => record(x, scoreColumnFields(table), letters)),
  );
  return s;
}

/** Whether two settings read the same cells (sheets and columns); dates, versions and markets do not. */
export function sameInputs(a: AddinSettings, b: AddinSettings): boolean {
  const inputs = (s: AddinSettings) =>
    JSON.stringify([
      s.staffSheets ?? [],
      s.revenueSheets ?? [],
      s.staffColumns ?? {},
      s.revenueColumns ?? {},
      s.scoreSheets ?? {},
      s.scoreColumns ?? {},
    ]);
  return inputs(a) === inputs(b);
}

type Listener = (s: AddinSettings) => void;
const listeners = new Set<Listener>();

/** The pane and the functions share one runtime: a saved change reaches the functions at once. */
export function onSettingsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function writeSettings(store: SettingsStore, s: AddinSettings): Promise<void> {
  const clean = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));
  store.set(SETTINGS_KEY, clean);
  for (const l of listeners) l(s);
  return new Promise((resolve, reject) =>
    store.saveAsync((r) =>
      String(r.status).toLowerCase() === "succeeded"
        ? resolve()
        : reject(new Error(r.error?.message ?? "settings not saved")),
    ),
  );
}

/** Evaluation options from the settings; the surface passes today and the display language. */
export function evaluateOptions(
  s: AddinSettings,
  today: Day,
  lang: Lang,
  override: { asOf?: Day; market?: Market } = {},
): EvaluateOptions {
  const asOf = override.asOf ?? (s.asOf ? (parseIsoDay(s.asOf) as Day) : today);
  return {
    asOf,
    asOfAssumed: override.asOf === undefined && !s.asOf,
    ...(s.ruleVersion ? { ruleVersion: s.ruleVersion } : {}),
    market: override.market ?? s.market ?? "developed",
    ...(s.dateOrder ? { dateOrder: s.dateOrder } : {}),
    lang,
  };
}
