// A 200,000-row revenue sheet: streamed in, evaluated to the cent, streamed out.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/cli/xlsx-reader";
import { ROOT, runCli, tempDir } from "./helpers";

const ROWS = 200_000;
const BAD_ROW = 150_001; // Excel row of the one unreadable amount
const PRODUCTS = ["CRM Online", "Dynamics 365 Plan 1", "Azure", "D365 CE", "Office 365 E3"];
const ELIGIBLE = new Set(["CRM Online", "Dynamics 365 Plan 1", "D365 CE"]);
const DPOR = ["Yes", "No", "DPOR", "CPOR", "", "Y"];
const COUNTS = new Set(["Yes", "DPOR", "Y"]);
const FIRST = Date.UTC(2017, 0, 1);

async function generate(path: string): Promise<{ cents: number; counted: number }> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const staff = wb.addWorksheet("Staff");
  for (const r of [
    ["Name", "Exam", "Passed on"],
    ["Xu Wei", "MB2-714; MB2-710", "2016-01-01"],
    ["Yan Li", "MB2-712", ""],
  ])
    staff.addRow(r).commit();
  staff.commit();
  const ws = wb.addWorksheet("Revenue");
  ws.addRow(["Customer", "Product", "Invoice date", "Amount (USD)", "DPOR"]).commit();
  let cents = 0,
    counted = 0;
  for (let i = 0; i < ROWS; i++) {
    const excelRow = i + 2;
    const product = PRODUCTS[i % PRODUCTS.length];
    const dpor = DPOR[(i >> 1) % DPOR.length];
    const day = (i * 7) % 730; // 2017-01-01 … 2018-12-31
    const date = new Date(FIRST + day * 86_400_000);
    const c = ((i * 7919) % 100_000) + 1; // 0.01 … 1,000.00 USD
    const credit = i % 97 === 0;
    const amount =
      excelRow === BAD_ROW
        ? "oops"
        : credit
          ? `(${(c / 100).toFixed(2)})`
          : i % 3 === 0
            ? `$${(c / 100).toFixed(2)}`
            : c / 100;
    const row = ws.addRow([`Customer ${i % 5000}`, product, date, amount, dpor]);
    row.getCell(3).numFmt = "yyyy-mm-dd";
    row.commit();
    const iso = date.toISOString().slice(0, 10);
    if (
      excelRow !== BAD_ROW &&
      ELIGIBLE.has(product) &&
      COUNTS.has(dpor) &&
      iso >= "2017-07-01" &&
      iso <= "2018-06-30"
    ) {
      cents += credit ? -c : c;
      counted++;
    }
  }
  ws.commit();
  await wb.commit();
  return { cents, counted };
}

test("200,000 revenue rows: the exact TTM total, the bad row's Excel number, and a full copy", async () => {
  const dir = tempDir("cli-big-");
  const book = join(dir, "big.xlsx");
  const expected = await generate(book);
  const r = await runCli([book, "--as-of", "2018-06-30", "--json", "--out", "big.results.xlsx"], { cwd: dir });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout);
  expect(j.revenue.ttmUsd).toBe(expected.cents / 100);
  expect(j.revenue.countedRows).toBe(expected.counted);
  expect(j.revenue.countedRows + j.revenue.excludedRows).toBe(ROWS);
  expect(j.tier).toBe("silver");
  expect(j.issues).toContainEqual(
    expect.objectContaining({ sheet: "Revenue", row: BAD_ROW, column: "Amount (USD)", severity: "error" }),
  );

  const out = await readXlsx(join(dir, "big.results.xlsx"));
  expect(out.map((s) => s.name)).toEqual(["Competency Results", "Staff", "Revenue"]);
  const copy = out[2].values;
  expect(copy).toHaveLength(ROWS + 1);
  expect(copy[BAD_ROW - 1][3]).toBe("oops");
  expect(copy[ROWS][2]).toBeInstanceOf(Date);

  // The compiled CLI parses a sheet this large in a worker thread: the same answer, to the cent.
  execFileSync(process.execPath, [
    join(ROOT, "node_modules/typescript/bin/tsc"),
    "-p",
    join(ROOT, "tsconfig.cli.json"),
  ]);
  const compiled = spawnSync(
    process.execPath,
    [join(ROOT, "dist-cli/cli/main.js"), book, "--as-of", "2018-06-30", "--json"],
    { encoding: "utf8", cwd: dir },
  );
  expect(compiled.stderr).toBe("");
  expect(compiled.status).toBe(0);
  expect(JSON.parse(compiled.stdout)).toEqual(j);
});
