// `npm run report -- --program business-applications [FILE…]`: the capability score of docs/rules.md §7
// from 1 to 3 CSV files or one workbook (or the bundled sample at its own date).
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import {
  buildScoreReportGrid,
  checkScoreOptions,
  dayOfLocalDate,
  evaluateScore,
  scoreText,
  toIso,
  toScoreContractJson,
  type ScoreOptions,
} from "../core";
import type { CliOptions } from "./args";
import { refuse, oneLine } from "./cli-error";
import { say } from "./cli-text";
import { isBundledSample, statedAsOf } from "./bundled-sample";
import { outputPath } from "./output-path";
import { writeResultsWorkbook } from "./results-workbook";
import { loadScoreTables } from "./score-load-tables";
import { renderScoreSummary, type ScoreSummaryContext } from "./score-summary";

export const SCORE_SAMPLE_PATH = resolve(__dirname, "../../assets/sample-business-applications.xlsx");

export interface ScoreIO {
  stdout: (text: string) => void;
  cwd: string;
  now: () => Date;
}

export interface Progress {
  show(text: string): void;
  clear(): void;
}

export async function runScore(opts: CliOptions, io: ScoreIO, progress: Progress): Promise<void> {
  const lang = opts.lang;
  if (opts.rules !== undefined || opts.market !== undefined) throw refuse("crmOnlyFlags");
  const bundled =
    opts.files.length === 0 ||
    (opts.files.length === 1 && isBundledSample(resolve(io.cwd, opts.files[0]), SCORE_SAMPLE_PATH));
  const inputs = opts.files.length
    ? opts.files.map((f) => ({ path: resolve(io.cwd, f), shown: f }))
    : [{ path: SCORE_SAMPLE_PATH, shown: relative(io.cwd, SCORE_SAMPLE_PATH) || SCORE_SAMPLE_PATH }];
  if (opts.files.length === 0 && !existsSync(SCORE_SAMPLE_PATH))
    throw refuse("scoreSampleMissing", { file: inputs[0].shown });
  const check = (o: ScoreOptions) => {
    const problem = checkScoreOptions(o);
    if (problem) throw refuse("badScoreOptions", { problem: scoreText(problem, lang) });
  };
  check({ asOf: opts.asOf ?? toIso(dayOfLocalDate(io.now())), month: opts.month, ruleVersion: opts.ruleVersion });
  const out = outputPath({ out: opts.out, inputs, bundled, cwd: io.cwd, force: opts.force, json: opts.json });

  progress.show(say("reading", lang, { file: inputs.map((i) => i.shown).join(", ") }));
  const loaded = await loadScoreTables(
    inputs,
    { certsSheet: opts.certsSheet, revenueSheet: opts.revenueSheet?.[0], usageSheet: opts.usageSheet },
    (sheet, rows) => progress.show(say("readingRows", lang, { sheet, rows: rows.toLocaleString("en-US") })),
  );
  let asOf = opts.asOf;
  let asOfSource: ScoreSummaryContext["asOfSource"] = "given";
  if (asOf === undefined && opts.month !== undefined) asOfSource = "month";
  else if (asOf === undefined && bundled && (asOf = statedAsOf(loaded.sheets) ?? undefined) !== undefined)
    asOfSource = "sample";
  else if (asOf === undefined) {
    asOf = toIso(dayOfLocalDate(io.now()));
    asOfSource = "today";
  }
  const options: ScoreOptions = {
    asOf,
    month: opts.month,
    track: opts.track,
    ruleVersion: opts.ruleVersion,
    ...(opts.dateOrder ? { dateOrder: opts.dateOrder } : {}),
    asOfAssumed: asOfSource === "today",
    sheets: loaded.sheetsRead,
  };
  check(options);
  progress.show(say("evaluating", lang));
  const evaluation = evaluateScore(loaded.tables, options);
  if (out) {
    progress.show(say("writing", lang, { file: out }));
    try {
      await writeResultsWorkbook({
        path: out,
        grid: buildScoreReportGrid(evaluation, lang),
        inputSheets: loaded.sheets,
      });
    } catch (e) {
      const detail = oneLine(String((e as Error)?.message ?? e)).slice(0, 120);
      throw refuse("cannotWrite", { file: out, detail });
    }
  }
  progress.clear();
  if (opts.json) io.stdout(`${JSON.stringify(toScoreContractJson(evaluation, lang), null, 2)}\n`);
  else
    io.stdout(
      renderScoreSummary(evaluation, lang, {
        asOfSource,
        outputPath: out,
        encodings: loaded.encodings,
        hiddenRows: loaded.hiddenRows,
      }),
    );
}
