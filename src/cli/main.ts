// `npm run report -- [FILE…] [flags]`: evaluate a workbook (or two CSV files, or the bundled
// sample) and print a summary or the JSON contract, writing a results workbook beside the input.
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import {
  buildReportGrid, checkOptions, dayOfLocalDate, evaluate, parseRulesJson, toContractJson, toIso,
  type EvaluateOptions, type RuleSet,
} from "../core";
import { langFromEnv, parseArgs, requestedLang, type CliOptions } from "./args";
import { CliError, oneLine, refuse } from "./cli-error";
import { say, usage } from "./cli-text";
import { isBundledSample, SAMPLE_PATH, statedAsOf } from "./bundled-sample";
import { loadTables } from "./load-tables";
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
  const bundled = opts.files.length === 0 || (opts.files.length === 1 && isBundledSample(resolve(io.cwd, opts.files[0])));
  const inputs = opts.files.length
    ? opts.files.map((f) => ({ path: resolve(io.cwd, f), shown: f }))
    : [{ path: SAMPLE_PATH, shown: relative(io.cwd, SAMPLE_PATH) || SAMPLE_PATH }];
  const rules = opts.rules === undefined ? undefined : loadRules(resolve(io.cwd, opts.rules), opts.rules);
  if (opts.files.length === 0 && !existsSync(SAMPLE_PATH))
    throw refuse(`The bundled sample ${inputs[0].shown} is missing; run "npm run sample" to make it, or pass a FILE.`, `内置示例 ${inputs[0].shown} 不存在；请运行 "npm run sample" 生成，或指定文件。`);

  // Refuse bad options and an output we may not write before spending time on a large input.
  // (A version or market the rules lack is wrong whatever the as-of date turns out to be.)
  checkRunOptions({ asOf: opts.asOf ?? toIso(dayOfLocalDate(io.now())), market: opts.market, ruleVersion: opts.ruleVersion, ...(rules ? { rules } : {}) });
  const out = outputPath({ out: opts.out, inputs, bundled, cwd: io.cwd, force: opts.force, json: opts.json });

  progress.show(say("reading", lang, { file: inputs.map((i) => i.shown).join(", ") }));
  const tables = await loadTables(inputs, { staffSheet: opts.staffSheet, revenueSheet: opts.revenueSheet }, (sheet, rows) =>
    progress.show(say("readingRows", lang, { sheet, rows: rows.toLocaleString("en-US") })),
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
    asOf, lang, market: opts.market, ruleVersion: opts.ruleVersion, asOfAssumed: asOfSource === "today",
    ...(rules ? { rules } : {}),
  };
  checkRunOptions(options);

  progress.show(say("evaluating", lang));
  const evaluation = evaluate(tables.staff, tables.revenue, options);

  if (out) {
    progress.show(say("writing", lang, { file: out }));
    try {
      await writeResultsWorkbook({
        path: out,
        grid: buildReportGrid(evaluation, lang),
        inputSheets: tables.sheets,
        onProgress: (rows) => progress.show(`${say("writing", lang, { file: out })} ${rows.toLocaleString("en-US")}`),
      });
    } catch (e) {
      const detail = oneLine(String((e as Error)?.message ?? e)).slice(0, 120);
      throw refuse(`Cannot write ${out} (${detail}); check the folder's permissions and free space, or choose another --out.`, `无法写入 ${out}（${detail}）；请检查文件夹权限和剩余空间，或换一个 --out。`);
    }
  }
  progress.clear();
  if (opts.json) io.stdout(`${JSON.stringify(toContractJson(evaluation), null, 2)}\n`);
  else io.stdout(renderSummary(evaluation, lang, { asOfSource, outputPath: out }));
}

function loadRules(path: string, shown: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw refuse(`--rules ${shown} is a folder; give the rule file (JSON).`, `--rules ${shown} 是文件夹；请指定规则文件（JSON）。`);
    throw refuse(`--rules ${shown}: cannot read the file (${code ?? "error"}); check the path.`, `--rules ${shown}：无法读取文件（${code ?? "错误"}）；请检查路径。`);
  }
  const parsed = parseRulesJson(text.replace(/^\uFEFF/, ""));
  if (parsed.ok) return parsed.rules;
  const more = parsed.errors.length > 1 ? ` (+${parsed.errors.length - 1} more)` : "";
  const moreZh = parsed.errors.length > 1 ? `（另有 ${parsed.errors.length - 1} 处）` : "";
  throw refuse(
    `Rule file ${shown} is invalid: ${parsed.errors[0]}${more}; fix that field and run again.`,
    `规则文件 ${shown} 无效：${parsed.errors[0]}${moreZh}；请修正该字段后重试。`,
  );
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function checkRunOptions(options: EvaluateOptions): void {
  const problem = checkOptions(options);
  if (problem)
    throw refuse(`${capital(problem)}; check --as-of, --rule-version, --market and --rules.`, `选项有误：${problem}；请检查 --as-of、--rule-version、--market 和 --rules。`);
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
  // A damaged zip can leave the streaming reader waiting forever with nothing scheduled; Node
  // would then exit 0 in silence. Say so and exit 2 instead.
  process.once("beforeExit", () => {
    if (finished) return;
    const lang = requestedLang(process.argv.slice(2), langFromEnv(process.env));
    process.stderr.write(
      lang === "zh-CN" ? "输入文件读取中途停止（文件可能已损坏）；请重新保存或下载后重试。\n" : "Reading the input stopped part-way (the file may be damaged); save or download it again and retry.\n",
    );
    process.exitCode = 2;
  });
  main(process.argv.slice(2)).then((code) => {
    finished = true;
    process.exitCode = code;
  });
}
