// Custom-function arguments → typed values, parsed once at the edge. Excel passes an omitted
// optional argument as null (or undefined), a range as a 2D array, a date cell as its serial
// number, and text as a string. Anything unusable is a message for #VALUE!, never an exception.
import type { DateSystem, Day, Lang, Market, MetricId, PlainCell, Result, TrackId } from "../core";
import { dayFromExcelSerial, err, ok, parseDay, METRIC_IDS, SCORE_WORDS, SHIPPED_RULES } from "../core";
import { argError, plainArgValue, plainTable } from "./cell-values";
import { ft, type FunctionTextKey } from "./messages";

/** A parsed argument, or the message for #VALUE!. */
export type Arg<T> = Result<T, string>;

const fail = (message: string): Arg<never> => err(message);

const omitted = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A table argument: omitted → undefined (the workbook's own sheet is used). */
export function tableArg(v: unknown, name: string, lang: Lang): Arg<PlainCell[][] | undefined> {
  if (v === null || v === undefined) return ok(undefined);
  if (!Array.isArray(v) || v.length === 0 || !v.every(Array.isArray)) return fail(ft("notTable", lang, { arg: name }));
  // Error cells become "#N/A" text: a data issue on their row, as on the no-argument path.
  return ok(plainTable(v as unknown[][]));
}

/** A scalar argument whose cell shows an error: #VALUE! saying which argument and which error. */
function scalarError(v: unknown, key: FunctionTextKey, lang: Lang): Arg<never> | null {
  const error = argError(v);
  return error === null ? null : fail(ft(key, lang, { error }));
}

/**
 * An Excel date or date text. A date cell arrives as a serial of the workbook's date system, which
 * is only known after a read: it is kept as a serial and turned into a day by `asOfDay`.
 */
export type AsOf = { serial: number } | { day: Day };

export function asOfArg(v: unknown, lang: Lang): Arg<AsOf | undefined> {
  const error = scalarError(v, "errorAsOf", lang);
  if (error) return error;
  v = plainArgValue(v);
  if (omitted(v)) return ok(undefined);
  const bad = fail(ft("badDate", lang, { value: String(v) }));
  if (typeof v === "number")
    return dayFromExcelSerial(v, "1900") !== null || dayFromExcelSerial(v, "1904") !== null ? ok({ serial: v }) : bad;
  if (typeof v !== "string") return bad;
  const d = parseDay(v);
  return d.kind === "ok" ? ok({ day: d.value }) : bad;
}

export function asOfDay(a: AsOf, system: DateSystem): Day {
  return "day" in a ? a.day : (dayFromExcelSerial(a.serial, system) ?? (dayFromExcelSerial(a.serial, "1900") as Day));
}

const MARKETS: Record<string, Market> = {
  developed: "developed",
  mature: "developed",
  成熟市场: "developed",
  成熟: "developed",
  developing: "developing",
  emerging: "developing",
  发展中市场: "developing",
  发展中: "developing",
};

export function marketArg(v: unknown, lang: Lang): Arg<Market | undefined> {
  const error = scalarError(v, "errorMarket", lang);
  if (error) return error;
  v = plainArgValue(v);
  if (omitted(v)) return ok(undefined);
  const m = MARKETS[String(v).normalize("NFKC").trim().toLowerCase()];
  return m ? ok(m) : fail(ft("badMarket", lang, { value: String(v) }));
}

/** Tier ids and their names in every shipped version and language ("gold", "Gold", "金牌"). */
function tierIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const rules of SHIPPED_RULES)
    for (const t of rules.tiers)
      for (const n of [t.id, t.name.en, t.name["zh-CN"]]) index.set(n.normalize("NFKC").trim().toLowerCase(), t.id);
  return index;
}

export function tierArg(v: unknown, lang: Lang, required: boolean): Arg<string | undefined> {
  const error = scalarError(v, "errorTier", lang);
  if (error) return error;
  v = plainArgValue(v);
  if (omitted(v)) return required ? fail(ft("needTier", lang)) : ok(undefined);
  const id = tierIndex().get(String(v).normalize("NFKC").trim().toLowerCase());
  if (id) return ok(id);
  const names = SHIPPED_RULES[SHIPPED_RULES.length - 1].tiers
    .map((t) => t.name[lang])
    .join(lang === "en" ? " or " : "或");
  return fail(ft("badTier", lang, { value: String(v), tiers: names }));
}

// issue 15: the capability score's track and metric arguments
const argKey = (v: unknown) => String(v).normalize("NFKC").trim().toLowerCase();

/** Track ids and their names in both languages ("smb", "SMB", "中小企业"). */
const TRACKS = new Map<string, TrackId>(
  (["enterprise", "smb"] as const).flatMap((t) =>
    [t, SCORE_WORDS[t].en, SCORE_WORDS[t]["zh-CN"]].map((n) => [argKey(n), t] as [string, TrackId]),
  ),
);

export function trackArg(v: unknown, lang: Lang): Arg<TrackId | undefined> {
  const error = scalarError(v, "errorTrack", lang);
  if (error) return error;
  v = plainArgValue(v);
  if (omitted(v)) return ok(undefined);
  const t = TRACKS.get(argKey(v));
  return t ? ok(t) : fail(ft("badTrack", lang, { value: String(v) }));
}

/** Metric ids and their names in both languages ("usageGrowth", "Usage growth", "使用量增长"). */
const METRICS = new Map<string, MetricId>(
  METRIC_IDS.flatMap((m) =>
    [m, SCORE_WORDS[m].en, SCORE_WORDS[m]["zh-CN"]].map((n) => [argKey(n), m] as [string, MetricId]),
  ),
);

export function metricArg(v: unknown, lang: Lang): Arg<MetricId> {
  const metrics = METRIC_IDS.join(lang === "en" ? ", " : "、");
  const error = argError(v);
  if (error !== null) return fail(ft("errorMetric", lang, { error, metrics }));
  v = plainArgValue(v);
  if (omitted(v)) return fail(ft("needMetric", lang));
  const m = METRICS.get(argKey(v));
  return m ? ok(m) : fail(ft("badMetric", lang, { value: String(v), metrics }));
}
