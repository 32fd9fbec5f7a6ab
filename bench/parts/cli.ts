// Part 4: the command-line report end to end on an N-row .xlsx, against reading that file alone
// with the same library (ExcelJS's streaming reader, values only).
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main, type CliIO } from "../../src/cli/main";
import { BENCH_AS_OF, REVENUE_HEADER, revenueRows, STAFF_HEADER, staffRows } from "../data";
import { arg, MB, maxRssMb, report } from "../measure";

async function writeWorkbook(file: string, revenueN: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const staff = wb.addWorksheet("Staff");
  staff.addRow(STAFF_HEADER).commit();
  for (const row of staffRows(2000).slice(1)) staff.addRow(row).commit();
  staff.commit();
  const rev = wb.addWorksheet("Revenue");
  rev.addRow(REVENUE_HEADER).commit();
  for (const row of revenueRows(revenueN).slice(1)) rev.addRow(row).commit();
  rev.commit();
  await wb.commit();
}

async function bareRead(file: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  for await (const ws of reader) for await (const row of ws) cells += ((row).values as unknown[]).length;
  return cells;
}

const silent: CliIO = { stdout: () => undefined, stderr: (t) => process.stderr.write(t), stderrIsTTY: false, cwd: process.cwd(), env: {}, now: () => new Date() };

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function run(): Promise<void> {
  const rows = arg("rows", 200_000);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-cli-"));
  const file = path.join(dir, "big.xlsx");
  await writeWorkbook(file, rows);
  await bareRead(file); // warm the file cache and the JIT alike for both sides
  const readMs = await time(() => bareRead(file));
  const jsonMs = await time(async () => {
    if ((await main([file, "--json", "--as-of", BENCH_AS_OF], silent)) !== 0) throw new Error("the CLI failed");
  });
  const out = path.join(dir, "out.xlsx");
  const workbookMs = await time(async () => {
    if ((await main([file, "--as-of", BENCH_AS_OF, "--out", out], silent)) !== 0) throw new Error("the CLI failed");
  });
  report("cli", {
    rows,
    fileMb: statSync(file).size / MB,
    readMs,
    cliMs: jsonMs,
    ratio: jsonMs / readMs,
    cliWithWorkbookMs: workbookMs,
    workbookRatio: workbookMs / readMs,
    processMaxRssMb: maxRssMb(),
  });
  rmSync(dir, { recursive: true, force: true });
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
