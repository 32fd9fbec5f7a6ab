// What each COMPETENCY function does, apart from Office: parse the arguments, get an evaluation
// (from the given ranges, or the workbook's shared one), stream the result, and keep streaming
// while the formula lives if it depends on the workbook's own sheets.
import type {
  DateSystem,
  Day,
  Evaluation,
  Lang,
  Market,
  MetricId,
  ScoreEvaluation,
  ScoreOptions,
  ScoreTables,
  TableInput,
  TrackId,
} from "../core";
import {
  checkOptions,
  checkScoreOptions,
  evaluate,
  evaluateScore,
  locateProblemText,
  scoreText,
  SCORE_TABLES,
  type LocateProblem,
  type ScoreLocateFailure,
  type ScoreSheetMissing,
} from "../core";
import { evaluateOptions, type AddinSettings } from "../excel/settings";
import { asOfArg, asOfDay, marketArg, metricArg, tableArg, tierArg, trackArg, type Arg, type AsOf } from "./args";
import type { LiveInvocations } from "./live-invocations";
import { ft } from "./messages";
import { gapsResult, meetsResult, pointsResult, revenueResult, scoreResult, tierResult } from "./results";
import type { WorkbookEvaluations } from "./workbook-evaluations";
import type { PlainCell, Result } from "../core";
import { err, ok, parseIsoDay } from "../core";

export type ErrorKind = "value" | "na";

export interface FunctionsHost {
  lang(): Lang;
  today(): Day;
  settings(): AddinSettings;
  workbook: WorkbookEvaluations;
  live: LiveInvocations;
  /** The workbook's date system (for date cells in the arguments). */
  dateSystem(): Promise<DateSystem>;
  /** #VALUE! or #N/A carrying a message (a CustomFunctions.Error in Excel). */
  error(kind: ErrorKind, message: string): unknown;
}

/** The part of CustomFunctions.StreamingInvocation we use. */
export interface Streaming<T> {
  setResult(value: T): void;
  onCanceled?: () => void;
}

/** What a function shows: its value, or an Excel error carrying a message. */
type Outcome<T> = Result<T, { kind: ErrorKind; message: string }>;

interface Inputs {
  staff?: PlainCell[][];
  revenue?: PlainCell[][];
  asOf?: AsOf;
  market?: Market;
}

function locateFailure(t: { problem: LocateProblem | ScoreSheetMissing; sheet?: string }, lang: Lang): Outcome<never> {
  return err({
    kind: "na",
    message: ft("notFound", lang, { what: locateProblemText(t.problem, lang, { sheet: t.sheet }) }),
  });
}

async function evaluationFor(host: FunctionsHost, inputs: Inputs, lang: Lang): Promise<Outcome<Evaluation>> {
  // Date cells in the arguments are serials of the workbook's date system.
  const needsSystem = inputs.staff || inputs.revenue || (inputs.asOf && "serial" in inputs.asOf);
  const system: DateSystem = needsSystem ? await host.dateSystem() : "1900";
  const asOf: Day | undefined = inputs.asOf && asOfDay(inputs.asOf, system);
  const table = (values: PlainCell[][]): TableInput => ({ values, dateSystem: system });
  const options = evaluateOptions(host.settings(), host.today(), lang, { asOf, market: inputs.market });
  const bad = checkOptions(options);
  if (bad) return err({ kind: "value", message: ft("badOptions", lang, { detail: bad }) });
  if (inputs.staff && inputs.revenue) return ok(evaluate(table(inputs.staff), table(inputs.revenue), options));
  if (!inputs.staff && !inputs.revenue) {
    const r = await host.workbook.evaluate(options);
    return r.ok ? ok(r.evaluation) : locateFailure(r, lang);
  }
  const t = await host.workbook.currentTables();
  if (!t.ok) return locateFailure(t, lang);
  return ok(
    evaluate(inputs.staff ? table(inputs.staff) : t.staff, inputs.revenue ? table(inputs.revenue) : t.revenue, options),
  );
}

/** Sets the first result, and later ones while the invocation lives (unchanged results are not re-sent). */
function stream<T>(
  host: FunctionsHost,
  invocation: Streaming<T>,
  live: boolean,
  compute: () => Promise<Outcome<T>>,
): void {
  let canceled = false;
  let last: string | undefined;
  const push = async () => {
    let out: Outcome<T>;
    try {
      out = await compute();
    } catch (e) {
      out = err({
        kind: "na",
        message: ft("readFailed", host.lang(), { detail: e instanceof Error ? e.message : String(e) }),
      });
    }
    const key = JSON.stringify(out);
    if (canceled || key === last) return;
    last = key;
    invocation.setResult(out.ok ? out.value : (host.error(out.error.kind, out.error.message) as T));
  };
  if (live) host.live.add(invocation, push);
  const dropped = invocation.onCanceled;
  invocation.onCanceled = () => {
    canceled = true;
    dropped?.();
  };
  void push();
}

/** Arguments parsed in order; the first bad one is the message. */
function all<T extends Record<string, Arg<unknown>>>(
  args: T,
): Arg<{ [K in keyof T]: T[K] extends Arg<infer V> ? V : never }> {
  const value: Record<string, unknown> = {};
  for (const [k, a] of Object.entries(args)) {
    if (!a.ok) return a;
    value[k] = a.value;
  }
  return ok(value as never);
}

/** How a program's functions get their evaluation: whether they stay live, and how they evaluate. */
interface Program<I, E> {
  /** Live while it depends on the workbook's own sheets (a table argument was left out). */
  live(inputs: I): boolean;
  evaluate(host: FunctionsHost, inputs: I, lang: Lang): Promise<Outcome<E>>;
}

/** Parses the arguments (the first bad one is #VALUE!), then streams `result` of the evaluation. */
function runProgram<I, E, T>(
  host: FunctionsHost,
  invocation: Streaming<T>,
  args: Record<string, Arg<unknown>>,
  program: Program<I, E>,
  result: (e: E, parsed: Record<string, unknown>, lang: Lang) => T,
): void {
  const lang = host.lang();
  const parsed = all(args);
  if (!parsed.ok) {
    invocation.setResult(host.error("value", parsed.error) as T);
    return;
  }
  const inputs = parsed.value as I & Record<string, unknown>;
  stream(host, invocation, program.live(inputs), async () => {
    const e = await program.evaluate(host, inputs, lang);
    return e.ok ? ok(result(e.value, inputs, lang)) : e;
  });
}

const CLOUD_CRM: Program<Inputs, Evaluation> = {
  live: (inputs) => !(inputs.staff && inputs.revenue),
  evaluate: evaluationFor,
};

function run<T>(
  host: FunctionsHost,
  invocation: Streaming<T>,
  args: Record<string, Arg<unknown>>,
  result: (e: Evaluation, parsed: Record<string, unknown>, lang: Lang) => T,
): void {
  runProgram(host, invocation, args, CLOUD_CRM, result);
}

export interface TableArgs {
  staff?: unknown;
  revenue?: unknown;
  asOf?: unknown;
  market?: unknown;
}

function common(host: FunctionsHost, a: TableArgs): Record<string, Arg<unknown>> {
  const lang = host.lang();
  return {
    staff: tableArg(a.staff, "staff", lang),
    revenue: tableArg(a.revenue, "revenue", lang),
    asOf: asOfArg(a.asOf, lang),
    market: marketArg(a.market, lang),
  };
}

export function tierFunction(host: FunctionsHost, a: TableArgs, invocation: Streaming<string>): void {
  run(host, invocation, common(host, a), tierResult);
}

export function revenueFunction(
  host: FunctionsHost,
  a: { revenue?: unknown; asOf?: unknown },
  invocation: Streaming<number>,
): void {
  const lang = host.lang();
  const revenue = tableArg(a.revenue, "revenue", lang);
  // Revenue alone needs no staff table: an explicit revenue range is evaluated without one.
  const staff: Arg<PlainCell[][] | undefined> = revenue.ok && revenue.value ? ok([]) : ok(undefined);
  run(host, invocation, { staff, revenue, asOf: asOfArg(a.asOf, lang) }, revenueResult);
}

export function meetsFunction(host: FunctionsHost, tier: unknown, a: TableArgs, invocation: Streaming<boolean>): void {
  run(host, invocation, { tier: tierArg(tier, host.lang(), true), ...common(host, a) }, (e, p) =>
    meetsResult(e, p.tier as string),
  );
}

export function gapsFunction(
  host: FunctionsHost,
  tier: unknown,
  a: TableArgs,
  invocation: Streaming<string[][]>,
): void {
  run(host, invocation, { tier: tierArg(tier, host.lang(), false), ...common(host, a) }, (e, p, lang) =>
    gapsResult(e, p.tier as string | undefined, lang),
  );
}

// issue 15: the capability score (docs/rules.md §7). Omitted tables come from the workbook's own sheets,
// as for TIER; the formula is live unless all three tables are given.
export interface ScoreArgs {
  certs?: unknown;
  revenue?: unknown;
  usage?: unknown;
  asOf?: unknown;
  track?: unknown;
}

interface ScoreInputs {
  certifications?: PlainCell[][];
  revenue?: PlainCell[][];
  usage?: PlainCell[][];
  asOf?: AsOf;
  track?: TrackId;
}

async function scoreEvaluationFor(
  host: FunctionsHost,
  inputs: ScoreInputs,
  lang: Lang,
): Promise<Outcome<ScoreEvaluation>> {
  const given = SCORE_TABLES.filter((t) => inputs[t]);
  const system: DateSystem =
    given.length || (inputs.asOf && "serial" in inputs.asOf) ? await host.dateSystem() : "1900";
  const settings = host.settings();
  const asOf: Day = inputs.asOf
    ? asOfDay(inputs.asOf, system)
    : settings.asOf
      ? (parseIsoDay(settings.asOf) as Day)
      : host.today();
  const options: ScoreOptions = {
    asOf,
    asOfAssumed: !inputs.asOf && !settings.asOf,
    ...(inputs.track ? { track: inputs.track } : {}),
    ...(settings.dateOrder ? { dateOrder: settings.dateOrder } : {}),
  };
  const bad = checkScoreOptions(options);
  if (bad) return err({ kind: "value", message: ft("badOptions", lang, { detail: scoreText(bad, lang) }) });
  if (given.length === 0) {
    const r = await host.workbook.evaluateScore(options);
    return r.ok ? ok(r.evaluation) : scoreLocateFailure(r, lang);
  }
  const tables: ScoreTables = {};
  for (const t of given) tables[t] = { values: inputs[t] as PlainCell[][], dateSystem: system };
  if (given.length < SCORE_TABLES.length) {
    const w = await host.workbook.currentScoreTables();
    if (w.ok) for (const t of SCORE_TABLES) if (!inputs[t]) tables[t] = w.tables[t];
  }
  return ok(evaluateScore(tables, options));
}

/** #N/A: a sheet named in the task pane is not there, or the workbook has none of the three tables. */
function scoreLocateFailure(f: ScoreLocateFailure, lang: Lang): Outcome<never> {
  return f.problem === "no-tables"
    ? err({ kind: "na", message: ft("noScoreTables", lang, { what: locateProblemText("no-score-tables", lang) }) })
    : locateFailure(f, lang);
}

const SCORE: Program<ScoreInputs, ScoreEvaluation> = {
  live: (inputs) => SCORE_TABLES.some((t) => !inputs[t]),
  evaluate: scoreEvaluationFor,
};

function runScore<T>(
  host: FunctionsHost,
  invocation: Streaming<T>,
  args: Record<string, Arg<unknown>>,
  result: (e: ScoreEvaluation, parsed: Record<string, unknown>) => T,
): void {
  runProgram(host, invocation, args, SCORE, result);
}

function scoreArgs(host: FunctionsHost, a: ScoreArgs): Record<string, Arg<unknown>> {
  const lang = host.lang();
  return {
    certifications: tableArg(a.certs, "certs", lang),
    revenue: tableArg(a.revenue, "revenue", lang),
    usage: tableArg(a.usage, "usage", lang),
    asOf: asOfArg(a.asOf, lang),
    track: trackArg(a.track, lang),
  };
}

export function scoreFunction(host: FunctionsHost, a: ScoreArgs, invocation: Streaming<number>): void {
  runScore(host, invocation, scoreArgs(host, a), scoreResult);
}

export function pointsFunction(
  host: FunctionsHost,
  metric: unknown,
  a: ScoreArgs,
  invocation: Streaming<number>,
): void {
  runScore(host, invocation, { metric: metricArg(metric, host.lang()), ...scoreArgs(host, a) }, (e, p) =>
    pointsResult(e, p.metric as MetricId),
  );
}
