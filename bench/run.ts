// `npm run bench`: every part in its own process (clean heap, honest peak memory), one table,
// and bench/results.json. Sizes: --revenue, --staff, --hf-rows, --cli-rows, --score-rows (defaults:
// the issues' 1,000,000 / 100,000 / 100,000 / 1,048,575 — Excel's largest sheet with its header — /
// 1,000,000). Not a test: nothing here passes or fails.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { arg } from "./measure";

const sizes = {
  revenue: arg("revenue", 1_000_000),
  staff: arg("staff", 100_000),
  hfRows: arg("hf-rows", 100_000),
  cliRows: arg("cli-rows", 1_048_575),
};

type Part = { name: string; file: string; args: string[] };
const parts: Part[] = [
  {
    name: "evaluator",
    file: "parts/evaluator.ts",
    args: ["--revenue", String(sizes.revenue), "--staff", String(sizes.staff)],
  },
  { name: "hyperformula", file: "parts/hyperformula.ts", args: ["--rows", String(sizes.hfRows)] },
  { name: "cli", file: "parts/cli.ts", args: ["--rows", String(sizes.cliRows)] },
  { name: "excel", file: "parts/excel.ts", args: [] },
  { name: "bundle", file: "parts/bundle.ts", args: [] },
  {
    name: "score",
    file: "parts/score.ts",
    args: [
      "--revenue",
      String(arg("score-rows", 1_000_000)),
      "--usage",
      String(arg("score-rows", 1_000_000)),
      "--certs",
      "10000",
    ],
  },
];

const results: Record<string, Record<string, unknown>> = {};
for (const p of parts) {
  const file = path.join(__dirname, p.file);
  if (!existsSync(file)) {
    results[p.name] = { skipped: "not built yet" };
    continue;
  }
  process.stderr.write(`bench: ${p.name} …\n`);
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", "--import", "tsx", file, ...p.args],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const line = run.stdout
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .pop();
  results[p.name] =
    run.status === 0 && line
      ? JSON.parse(line)
      : { error: (run.stderr || run.stdout).trim().split("\n").slice(-3).join(" | ") };
}

const n = (v: unknown, digits = 0) =>
  typeof v === "number"
    ? v.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "—";
const r = results as Record<string, Record<string, number>>;
const rows: [string, string, string, string][] = [
  ["1. evaluator, all rows (ms)", n(r.evaluator?.evaluatorMs), `${n(r.evaluator?.rowsPerSecond)} rows/s`, ""],
  [
    "2. floor: bare revenue filter + sum (ms)",
    n(r.evaluator?.floorMs),
    `evaluator ${n(r.evaluator?.ratioToFloor, 1)}× (revenue part ${n(r.evaluator?.revenueOnlyRatioToFloor, 1)}×)`,
    "≤ 3×",
  ],
  [
    "   honest floor: same pass parsing every date and amount (ms)",
    n(r.evaluator?.parsingFloorMs),
    `evaluator ${n(r.evaluator?.ratioToParsingFloor, 1)}× (revenue part ${n(r.evaluator?.revenueOnlyRatioToParsingFloor, 1)}×)`,
    "≤ 3×",
  ],
  [
    "   evaluator heap peak (MB)",
    n(r.evaluator?.evaluatorHeapPeakMb),
    `input arrays ${n(r.evaluator?.inputMb)} MB, process max RSS ${n(r.evaluator?.processMaxRssMb)} MB`,
    "≤ 300 MB",
  ],
  [
    "3. HyperFormula SUMIFS, load + calc (ms)",
    n(r.hyperformula?.hyperformulaMs),
    `evaluator ${n(r.hyperformula?.evaluatorMs)} ms: ${n(r.hyperformula?.speedup)}× faster`,
    "≥ 100×",
  ],
  [
    "   SUMIFS recalculation only (ms)",
    n(r.hyperformula?.hyperformulaRecalcMs),
    `evaluator ${n(r.hyperformula?.recalcSpeedup)}× faster`,
    "",
  ],
  [
    "4. CLI --json on the largest sheet (ms)",
    n(r.cli?.cliMs),
    `bare ExcelJS streaming read ${n(r.cli?.readMs)} ms: ${n(r.cli?.ratio, 2)}×`,
    "≤ 0.5×",
  ],
  [
    "   CLI full run, results workbook with the input copied (ms)",
    n(r.cli?.cliWithWorkbookMs),
    `${n(r.cli?.rows)} rows, ${n(r.cli?.fileMb, 1)} MB in, ${n(r.cli?.outputMb, 1)} MB out`,
    "≤ 35,000",
  ],
  [
    "   CLI full run, peak RSS of the CLI process (MB)",
    n(r.cli?.cliWithWorkbookRssMb),
    `--json alone: ${n(r.cli?.cliJsonRssMb)} MB`,
    "≤ 600",
  ],
  [
    "   compiled CLI start-up, --json on the sample (ms)",
    n(r.cli?.startupMs),
    "node dist-cli/cli/main.js, median of 5",
    "< 600",
  ],
  [
    "5. Excel syncs per report (1k / 100k / 1M)",
    String(r.excel?.syncs ?? "—"),
    `cached TIER call ${n(r.excel?.cachedCallMs, 3)} ms`,
    "flat; < 1 ms",
  ],
  ["6. add-in JS, minified (KB)", n(r.bundle?.totalKb), String(r.bundle?.detail ?? ""), "≤ 300 KB"],
  [
    "7. BA score: revenue + usage + 10k certs (ms)",
    n(r.score?.scoreMs),
    `bare pass, month L only ${n(r.score?.floorMs)} ms: ${n(r.score?.ratioToFloor, 1)}×`,
    "",
  ],
  [
    "   bare pass making the score's sums (12 months) (ms)",
    n(r.score?.sameSumsMs),
    `score ${n(r.score?.ratioToSameSums, 1)}×`,
    "≤ 3×",
  ],
];
const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length), 8));
process.stdout.write(`\nsizes: ${JSON.stringify(sizes)}\n`);
for (const row of [["measure", "value", "against", "target"], ...rows])
  process.stdout.write(`${row.map((c, i) => c.padEnd(w[i])).join("  ")}\n`);
for (const [name, v] of Object.entries(results))
  if ("error" in v || "skipped" in v) process.stdout.write(`${name}: ${JSON.stringify(v)}\n`);

const out = path.join(__dirname, "results.json");
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, sizes, results }, null, 2)}\n`,
);
process.stdout.write(`\nwrote ${path.relative(process.cwd(), out)}\n`);
