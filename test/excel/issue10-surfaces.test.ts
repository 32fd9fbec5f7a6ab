// Issue 10 on both surfaces: each fixture read through the add-in's reading path (the fake Excel:
// values and the amount/date columns' number formats, in the same syncs) and through the CLI's
// .xlsx path gives the same answer, and that answer is the fixture's.
import { join } from "path";
import { toContractJson, type ContractJson } from "../../src/core";
import { runReport } from "../../src/excel/run-report";
import { runJson, tempDir, writeWorkbook } from "../cli/helpers";
import { FIXTURES, type Fixture } from "../core/issue10-fixtures";
import { fakeSettings } from "../fakes/office-fake";
import { day, fakeExcel, readSyncs } from "./helpers";

async function throughAddin(f: Fixture): Promise<{ json: ContractJson; syncs: number; cellSyncs: number }> {
  const formats = f.revenueFormat
    ? f.revenue.map((row, r) =>
        row.map((_, c) => (r > 0 && c === f.revenueFormat?.col ? f.revenueFormat.format : undefined)),
      )
    : undefined;
  const { book, ctx } = fakeExcel([
    { name: "Staff", values: f.staff },
    { name: "Revenue", values: f.revenue, ...(formats ? { formats } : {}) },
  ]);
  const run = await runReport(ctx, {
    settings: { asOf: f.asOf, ...(f.dateOrder ? { dateOrder: f.dateOrder } : {}) },
    store: fakeSettings(),
    lang: f.lang,
    today: day("2024-01-01"),
  });
  return { json: toContractJson(run.evaluation, f.lang), syncs: book.syncLog.length, cellSyncs: readSyncs(book) };
}

async function throughCli(f: Fixture): Promise<ContractJson> {
  const dir = tempDir("issue10-");
  const book = await writeWorkbook(join(dir, "book.xlsx"), [
    { name: "Staff", rows: f.staff },
    {
      name: "Revenue",
      rows: f.revenue,
      ...(f.revenueFormat ? { formats: { [f.revenueFormat.col + 1]: f.revenueFormat.format } } : {}),
    },
  ]);
  return runJson([book, "--as-of", f.asOf, "--lang", f.lang, ...(f.dateOrder ? ["--date-order", f.dateOrder] : [])], {
    cwd: dir,
  });
}

describe.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (_, f) => {
  test("the add-in and the CLI give the fixture's answer, with the same issues and columns", async () => {
    const [addin, cli] = await Promise.all([throughAddin(f), throughCli(f)]);
    expect([addin.json.tier, addin.json.revenue.ttmUsd]).toEqual([f.tier, f.ttmUsd]);
    expect(cli).toEqual(addin.json);
    for (const s of f.says ?? []) expect(cli.issues.some((i) => i.message.includes(s))).toBe(true);
  });
});

test("reading number formats adds no sync", async () => {
  const plain = FIXTURES.find(
    (f) => f.name === "an amount formatted in US dollars counts" && f.lang === "en",
  ) as Fixture;
  const withFormats = await throughAddin(plain);
  const without = await throughAddin({ ...plain, revenueFormat: undefined });
  expect(withFormats.syncs).toBe(without.syncs);
  expect(withFormats.cellSyncs).toBe(without.cellSyncs);
});
