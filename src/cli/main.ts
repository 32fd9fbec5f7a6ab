#!/usr/bin/env node
// `npm run report -- [FILE…] [flags]`: evaluate a workbook (or two CSV files, or the bundled
// sample) and print a summary or the JSON contract, writing a results workbook beside the input.
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import {
  inBothLanguages,
  buildReportGrid,
  checkOptions,
  dayOfLocalDate,
  evaluate,
  parseRulesJson,
  toContractJson,
  toIso,
  type EvaluateOptions,
  type RuleSet,
} from "../core";
import { langFromEnv, parseArgs, requestedLang, type CliOptions } from "./args";
import { CliError, oneLine, refuse } from "./cli-error";
import { REFUSALS, refusalText } from "./refusals";
import { say, usage } from "./cli-text";
import { isBundledSample, SAMPLE_PATH, statedAsOf } from "./bundled-sample";
import { loadTables } from "./load-tables";
import { failureReason } from "./output-folder";
import { outputPath } from "./output-path";
import { writeResultsWorkbook } from "./results-workbook";
import { renderSummary, type SummaryContext } from "./summary";
import { runScore } from "./score-run";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress is shown only on a terminal. */
  stderrIsTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The clock, for the default as-of date. */
  now: () => Date;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    // `npm run report` runs in the package folder; INIT_CWD is where the user typed it.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}

/** Runs the command; returns the exit code. Never throws, never prints a stack trace. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const lang = requestedLang(argv, langFromEnv(io.env));
  const progress = new ProgressLine(io);
  try {
    const opts = parseArgs(argv, io.env);
    if (opts.help) {
      io.stdout(usage());
      return 0;
    }
    if (opts.program === "business-applications") await runScore(opts, io, progress);
    else await run(opts, io, progress);
    return 0;
  } catch (e) {
    progress.clear();
    if (e instanceof CliError) {
      io.stderr(`${e.line(lang)}\n`);
      return 2;
    }
    const detail = oneLine(e instanceof Error ? e.message : String(e)).slice(0, 200);
    io.stderr(`${say("internalError", lang, { detail })}\n`);
    return 1;
  }
}

async function run(opts: CliOptions, io: CliIO, progress: ProgressLine): Promise<void> {
  const lang = opts.lang;
  const bundled =
    opts.files.length === 0 || (opts.files.length === 1 && isBundledSample(resolve(io.cwd, opts.files[0])));
  const inputs = opts.files.length
    ? opts.files.map((f) => ({ path: resolve(io.cwd, f), shown: f }))
    : [{ path: SAMPLE_PATH, shown: relative(io.cwd, SAMPLE_PATH) || SAMPLE_PATH }];
  const rules = opts.rules === undefined ? undefined : loadRules(resolve(io.cwd, opts.rules), opts.rules);
  if (opts.files.length === 0 && !existsSync(SAMPLE_PATH)) throw refuse("sampleMissing", { file: inputs[0].shown });

  // Refuse bad options and an output we may not write before spending time on a large input.
  // (A version or market the rules lack is wrong whatever the as-of date turns out to be.)
  checkRunOptions({
    asOf: opts.asOf ?? toIso(dayOfLocalDate(io.now())),
    market: opts.market,
    ruleVersion: opts.ruleVersion,
    ...(rules ? { rules } : {}),
  });
  const out = outputPath({ out: opts.out, inputs, bundled, cwd: io.cwd, force: opts.force, json: opts.json });

  progress.show(say("reading", lang, { file: inputs.map((i) => i.shown).join(", ") }));
  const tables = await loadTables(
    inputs,
    { staffSheet: opts.staffSheet, revenueSheet: opts.revenueSheet },
    (sheet, rows) => progress.show(say("readingRows", lang, { sheet, rows: rows.toLocaleString("en-US") })),
  );

  let asOf = opts.asOf;
  let asOfSource: SummaryContext["asOfSource"] = "given";
  if (asOf === undefined && bundled) {
    asOf = statedAsOf(tables.sheets) ?? undefined;
    asOfSource = "sample";
  }
  if (asOf === undefined) {
    asOf = toIso(dayOfLocalDate(io.now()));
    asOfSource = "today";
  }
  const options: EvaluateOptions = {
    asOf,
    lang,
    market: opts.market,
    ruleVersion: opts.ruleVersion,
    asOfAssumed: asOfSource === "today",
    ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}),
    ...(tables.choice ? { sheets: tables.choice } : {}),
    ...(rules ? { rules } : {}),
  };
  checkRunOptions(options);

  progress.show(say("evaluating", lang));
  const evaluation = evaluate(tables.staff, tables.revenue, options);

  // The report first: a workbook that cannot be written must not cost the user the answer.
  const context: SummaryContext = {
    asOfSource,
    outputPath: null,
    encodings: tables.encodings,
    hiddenStaffRows: tables.hiddenStaffRows,
  };
  progress.clear();
  if (opts.json) io.stdout(`${JSON.stringify(toContractJson(evaluation, lang), null, 2)}\n`);
  else io.stdout(renderSummary(evaluation, lang, context));
  if (!out) return;
  progress.show(say("writing", lang, { file: out }));
  try {
    await writeResultsWorkbook({
      path: out,
      grid: buildReportGrid(evaluation, lang),
      inputSheets: tables.sheets,
      onProgress: (rows) => progress.show(`${say("writing", lang, { file: out })} ${rows.toLocaleString("en-US")}`),
    });
  } catch (e) {
    throw new CliError(inBothLanguages((l) => say("notWritten", l, { path: out, reason: failureReason(e, l) })));
  }
  progress.clear();
  if (!opts.json) io.stdout(`\n${say("written", lang, { path: out })}\n`);
}

function loadRules(path: string, shown: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw refuse("rulesIsFolder", { file: shown });
    throw refuse("rulesUnreadable", { file: shown, code: code ?? REFUSALS.readError });
  }
  const parsed = parseRulesJson(text.replace(/^\uFEFF/, ""));
  if (parsed.ok) return parsed.value;
  const more = parsed.error.length > 1 ? refusalText("moreErrors", { count: parsed.error.length - 1 }) : "";
  throw refuse("rulesInvalid", { file: shown, error: parsed.error[0], more });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function checkRunOptions(options: EvaluateOptions): void {
  const problem = checkOptions(options);
  if (problem) throw refuse("badOptions", { problem: { en: capital(problem), "zh-CN": problem } });
}

/** One self-overwriting line on stderr, only when stderr is a terminal. */
class ProgressLine {
  private shown = false;
  constructor(private readonly io: CliIO) {}
  show(text: string): void {
    if (!this.io.stderrIsTTY) return;
    this.io.stderr(`\r\u001b[2K${text}`);
    this.shown = true;
  }
  clear(): void {
    if (!this.shown) return;
    this.io.stderr("\r\u001b[2K");
    this.shown = false;
  }
}

if (require.main === module) {
  let finished = false;
  // Should a damaged file ever leave a reader waiting with nothing scheduled, Node would exit 0
  // in silence. Say so and exit 2 instead.
  process.once("beforeExit", () => {
    if (finished) return;
    const lang = requestedLang(process.argv.slice(2), langFromEnv(process.env));
    process.stderr.write(
      lang === "zh-CN"
        ? "输入文件读取中途停止（文件可能已损坏）；请重新保存或下载后重试。\n"
        : "Reading the input stopped part-way (the file may be damaged); save or download it again and retry.\n",
    );
    process.exitCode = 2;
  });
  void main(process.argv.slice(2)).then((code) => {
    finished = true;
    process.exitCode = code;
  });
}
