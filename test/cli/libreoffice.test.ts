// The written workbook opened by a real spreadsheet application (LibreOffice Calc, headless):
// values read back cell by cell, and the results sheet rendered to PNG for a person to look at
// (test-output/). LibreOffice is required: CI installs it, so its absence is a failure.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildReportGrid, evaluate, type ReportGrid } from "../../src/core";
import { parseCsv } from "../../src/cli/csv";
import { buildSample, SAMPLE_AS_OF } from "../../scripts/make-sample";
import { SAMPLE_PATH } from "../../src/cli/bundled-sample";
import { ROOT, runCli, silverSheets, tempDir, writeWorkbook, plainRows } from "./helpers";

const OUTPUT = join(ROOT, "test-output");
const EVIL = '=HYPERLINK("http://example.com/x","Xu Wei")';
// All sheets (-1), UTF-8 (76), comma-separated, quoted text; values as stored, not as shown.
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

let work: string;
let profile: string;

function soffice(args: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    cwd: work,
    stdio: "pipe",
    timeout: 180_000,
  });
}

beforeAll(() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
  } catch {
    throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc (CI's .ci/run does)");
  }
  work = tempDir("cli-lo-");
  profile = join(work, "profile");
  mkdirSync(OUTPUT, { recursive: true });
});

/** A CSV cell as LibreOffice wrote it → what the grid cell should have been. */
function expected(c: ReportGrid["rows"][number][number]): string {
  if (c.value === null) return "";
  return String(c.value);
}

function checkAgainstGrid(csvRows: string[][], grid: ReportGrid): number {
  let checked = 0;
  grid.rows.forEach((cells, r) =>
    cells.forEach((c, i) => {
      const got = csvRows[r]?.[i] ?? "";
      if (typeof c.value === "number") expect(Number(got)).toBeCloseTo(c.value, 2);
      else expect(got).toBe(expected(c));
      checked++;
    }),
  );
  return checked;
}

test("LibreOffice reads back every value of the results sheet and the copied input sheets", async () => {
  const [staff, revenue] = silverSheets([
    [EVIL, "MB2-713", "2017-01-01", "Yes"],
    ["张伟", "MB2-707", "2017年1月1日", "是"],
  ]);
  await writeWorkbook(join(work, "book.xlsx"), [staff, revenue]);
  const r = await runCli(["book.xlsx", "--as-of", "2017-06-30", "--out", "lo-en.xlsx"], { cwd: work });
  expect(r.code).toBe(0);

  soffice(["--convert-to", CSV_FILTER, "--outdir", join(work, "csv"), "lo-en.xlsx"]);
  const read = (sheet: string) => parseCsv(readFileSync(join(work, "csv", `lo-en-${sheet}.csv`), "utf8"), ",");

  const grid = buildReportGrid(
    evaluate(
      { values: plainRows(staff.rows), sheet: "Staff" },
      { values: plainRows(revenue.rows), sheet: "Revenue" },
      { asOf: "2017-06-30" },
    ),
    "en",
  );
  const results = read("Competency Results");
  expect(checkAgainstGrid(results, grid)).toBe(grid.rows.length * grid.width);
  expect(results.flat()).toContain(EVIL);
  expect(results.find((row) => row[0] === "Result tier")?.[1]).toBe("Silver");

  const copied = read("Staff");
  expect(copied[0]).toEqual(["Name", "Exam", "Passed on", "Active"]);
  expect(copied[1]).toEqual(["Xu Wei", "MB2-714; MB2-710", "2016-05-01", "Yes"]);
  expect(copied.find((row) => row[0] === EVIL)).toEqual([EVIL, "MB2-713", "2017-01-01", "Yes"]);
  expect(copied.find((row) => row[0] === "张伟")).toEqual(["张伟", "MB2-707", "2017年1月1日", "是"]);
  const money = read("Revenue");
  expect(money[1]).toEqual(["Contoso", "CRM Online", "2017-01-15", "60000", "Yes"]);
  expect(money[2]).toEqual(["Fabrikam", "Dynamics 365 Plan 1", "2017-03-01", "$40,000.00", "DPOR"]);
});

test("a workbook saved by LibreOffice (its own zip order, styles and shared strings) gives the same answer", async () => {
  soffice(["--convert-to", "xlsx", "--outdir", join(work, "resaved"), SAMPLE_PATH]);
  const resaved = join(work, "resaved", "sample-workbook.xlsx");
  const a = await runCli([resaved, "--as-of", SAMPLE_AS_OF, "--json"], { cwd: work });
  const b = await runCli(["--json"], { cwd: work });
  expect(a.code).toBe(0);
  expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
});

function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test("the results sheet renders to PDF and PNG (test-output/) in English and Chinese", async () => {
  for (const lang of ["en", "zh-CN"]) {
    const name = `results-${lang}`;
    const r = await runCli(["--lang", lang, "--out", `${name}.xlsx`], { cwd: work });
    expect(r.code).toBe(0);
  }
  soffice(["--convert-to", "pdf", "--outdir", work, "results-en.xlsx", "results-zh-CN.xlsx"]);
  const s = buildSample();
  for (const lang of ["en", "zh-CN"] as const) {
    const pdf = join(work, `results-${lang}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
    const grid = buildReportGrid(
      evaluate(
        { values: s.staff, sheet: "Staff" },
        { values: s.revenue, sheet: "Revenue" },
        { asOf: SAMPLE_AS_OF, lang },
      ),
      lang,
    );
    // The first page is the results sheet: its title and the result tier are on it.
    expect(text).toContain(String(grid.rows[0][0].value));
    expect(text).toContain(lang === "en" ? "Silver" : "银牌");
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "200",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      join(OUTPUT, `results-${lang}`),
    ]);
    const png = join(OUTPUT, `results-${lang}.png`);
    expect(statSync(png).size).toBeGreaterThan(20_000);
    expect(pngSize(png).width).toBeGreaterThan(800);
    copyFileSync(pdf, join(OUTPUT, `results-${lang}.pdf`));
    copyFileSync(join(work, `results-${lang}.xlsx`), join(OUTPUT, `results-${lang}.xlsx`));
  }
});
