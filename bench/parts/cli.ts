// Part 4: the command-line report on Excel's largest sheet (1,048,576 rows with the header; a
// seeded workbook from bench/workbook.ts, cached in the temp folder), run as a user runs it: the
// compiled CLI in its own process (peak RSS measured there, not here). Against: ExcelJS's bare
// streaming read of the same file (in this process), and the compiled CLI's start-up on the
// bundled sample.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BENCH_AS_OF } from "../data";
import { bareExcelJsRead } from "../exceljs-read";
import { arg, MB, report } from "../measure";
import { EXCEL_MAX_ROWS, writeBenchWorkbook } from "../workbook";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "dist-cli/cli/main.js");
const RSS_HOOK = path.join(ROOT, "bench/max-rss.cjs");

interface ProcessRun {
  ms: number;
  maxRssMb: number;
}

/** The compiled CLI in a child process: wall time and that process's own peak RSS. */
function runCli(args: string[], dir: string): ProcessRun {
  const rssFile = path.join(dir, `rss-${Date.now()}.txt`);
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", RSS_HOOK, CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, BENCH_RSS_FILE: rssFile, LANG: "en_US.UTF-8" },
    maxBuffer: 256 * MB,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`the CLI failed (${r.status}): ${r.stderr}`);
  return { ms, maxRssMb: Number(readFileSync(rssFile, "utf8").trim()) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function run(): Promise<void> {
  const rows = arg("rows", EXCEL_MAX_ROWS - 1);
  // The compiled CLI is what users run; build it from the current sources.
  const build = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.cli.json")],
    { encoding: "utf8" },
  );
  if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stdout}${build.stderr}`);

  const file = path.join(tmpdir(), `competency-bench-${rows}-rows-v1.xlsx`);
  if (!existsSync(file)) await writeBenchWorkbook(file, rows);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-cli-"));

  const startup = median([0, 1, 2, 3, 4].map(() => runCli(["--json"], dir).ms));
  const t = process.hrtime.bigint();
  await bareExcelJsRead(file);
  const readMs = Number(process.hrtime.bigint() - t) / 1e6;
  const json = runCli([file, "--json", "--as-of", BENCH_AS_OF], dir);
  const full = runCli([file, "--as-of", BENCH_AS_OF, "--out", path.join(dir, "out.xlsx")], dir);
  report("cli", {
    rows,
    fileMb: statSync(file).size / MB,
    startupMs: startup,
    readMs,
    cliMs: json.ms,
    ratio: json.ms / readMs,
    cliJsonRssMb: json.maxRssMb,
    cliWithWorkbookMs: full.ms,
    cliWithWorkbookRssMb: full.maxRssMb,
    outputMb: statSync(path.join(dir, "out.xlsx")).size / MB,
  });
  rmSync(dir, { recursive: true, force: true });
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
