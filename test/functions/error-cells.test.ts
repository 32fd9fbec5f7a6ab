// Error and data-type cells in the arguments, as Excel passes them with the metadata the build
// emits (scripts/addin-build.js adds allowErrorForDataTypeAny): an error cell in a range is a data
// issue on its row, exactly as on the no-argument path; an error in asOf, market or tier is
// #VALUE! with a message; a data-type cell is its basic value.
/// <reference types="office-js" />
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { issueText, parseIsoDay } from "../../src/core";
import { gapsFunction, meetsFunction, tierFunction, type FunctionsHost } from "../../src/functions/engine";
import { LiveInvocations } from "../../src/functions/live-invocations";
import { tablesFromWorkbook, WorkbookEvaluations, type TablesResult } from "../../src/functions/workbook-evaluations";
import { readDateSystem } from "../../src/excel/date-system";
import { FakeRequestContext, FakeWorkbook } from "../fakes/excel-fake";
import {
  excelArguments,
  FakeCellError,
  FakeFunctionError,
  FakeStreamingInvocation,
  type FakeFunctionsMetadata,
} from "../fakes/office-fake";
import { SAMPLE_AS_OF, smallWorkbook } from "../fakes/sample-workbook";

const { withErrorInputs } = require("../../scripts/addin-build");

const root = path.resolve(__dirname, "../..");
let built: FakeFunctionsMetadata, generated: FakeFunctionsMetadata, builtZh: FakeFunctionsMetadata;

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([path.join(root, "src/functions/functions.ts")], true);
  generated = JSON.parse(r.metadataJson);
  built = JSON.parse(withErrorInputs(r.metadataJson));
  builtZh = JSON.parse(withErrorInputs(fs.readFileSync(path.join(root, "src/functions/functions-zh-CN.json"), "utf8")));
});

function host(book = new FakeWorkbook([])): FunctionsHost {
  const read = (): Promise<TablesResult> =>
    tablesFromWorkbook(new FakeRequestContext(book) as unknown as Excel.RequestContext, {});
  return {
    lang: () => "en",
    today: () => parseIsoDay(SAMPLE_AS_OF) as number,
    settings: () => ({ asOf: SAMPLE_AS_OF }),
    workbook: new WorkbookEvaluations(read),
    live: new LiveInvocations(),
    dateSystem: () => readDateSystem(new FakeRequestContext(book) as unknown as Excel.RequestContext),
    error: (kind, message) => new FakeFunctionError(kind === "value" ? "#VALUE!" : "#N/A", message),
  };
}

const [, STAFF, REVENUE] = smallWorkbook();
/** The small workbook with one error cell: Yan Li's pass date shows #N/A, Contoso's amount #DIV/0!. */
function withErrors<T>(cell: (text: string) => T) {
  const staff: unknown[][] = STAFF.values.map((r) => r.slice());
  const revenue: unknown[][] = REVENUE.values.map((r) => r.slice());
  staff[2][3] = cell("#N/A");
  revenue[1][3] = cell("#DIV/0!");
  return { staff, revenue };
}

test("the build puts allowErrorForDataTypeAny at the root of both metadata files; every range, asOf, market and tier parameter is `any`", () => {
  expect(generated.allowErrorForDataTypeAny).toBeUndefined(); // the generator cannot write it
  for (const m of [built, builtZh]) {
    expect(m.allowErrorForDataTypeAny).toBe(true);
    expect(m.allowCustomDataForDataTypeAny).toBe(true);
    for (const f of m.functions) for (const p of f.parameters) expect(p.type).toBe("any");
  }
});

test("without the flag Excel never calls the function: the formula just shows the input's error", () => {
  const { staff, revenue } = withErrors((t) => new FakeCellError(t));
  expect(excelArguments(generated, "TIER", [staff, revenue, null, null])).toEqual({ called: false, error: "#N/A" });
});

test.each([false, true])(
  "an error cell in a range is a data issue on its row, exactly as on the no-argument path (data types %s)",
  async (dataTypes) => {
    const { staff, revenue } = withErrors((t) => new FakeCellError(t));
    const call = excelArguments({ ...built, allowCustomDataForDataTypeAny: dataTypes }, "GAPS", [
      null,
      staff,
      revenue,
      SAMPLE_AS_OF,
      null,
    ]);
    if (!call.called) throw new Error("not called");
    const withRanges = new FakeStreamingInvocation<string[][]>();
    gapsFunction(host(), call.args[0], { staff: call.args[1], revenue: call.args[2], asOf: call.args[3] }, withRanges);
    // The same cells on sheets, where Range.values gives an error cell as its text.
    const sheets = withErrors((t) => t);
    const book = new FakeWorkbook([
      { name: "Staff", values: sheets.staff },
      { name: "Revenue", values: sheets.revenue },
    ]);
    const noArgs = new FakeStreamingInvocation<string[][]>();
    gapsFunction(host(book), null, {}, noArgs);
    const a = await withRanges.first(),
      b = await noArgs.first();
    expect(a).not.toBeInstanceOf(FakeFunctionError);
    expect(a).toEqual(b);
    // And the evaluation behind them names the rows.
    const tier = new FakeStreamingInvocation<string>();
    tierFunction(host(), { staff: call.args[1], revenue: call.args[2], asOf: SAMPLE_AS_OF }, tier);
    expect(typeof (await tier.first())).toBe("string");
  },
);

test("the error cells become row issues with the error's text, the same issues as the no-argument path reports", async () => {
  const { evaluate } = await import("../../src/core");
  const { plainTable } = await import("../../src/functions/cell-values");
  const { staff, revenue } = withErrors((t) => new FakeFunctionError(t));
  const options = { asOf: SAMPLE_AS_OF };
  const e = evaluate(
    { values: plainTable(staff), sheet: "Staff" },
    { values: plainTable(revenue), sheet: "Revenue" },
    options,
  );
  const sheets = withErrors((t) => t);
  const book = new FakeWorkbook([
    { name: "Staff", values: sheets.staff },
    { name: "Revenue", values: sheets.revenue },
  ]);
  const fromSheets = await host(book).workbook.evaluate(options);
  if (!fromSheets.ok) throw new Error("no tables");
  expect(e.issues).toEqual(fromSheets.evaluation.issues);
  const texts = e.issues.map((i) => `${i.sheet}!${i.row}: ${issueText(i, "en")}`);
  expect(texts.some((t) => t.startsWith("Staff!3:") && t.includes("#N/A"))).toBe(true);
  expect(texts.some((t) => t.startsWith("Revenue!2:") && t.includes("#DIV/0!"))).toBe(true);
});

test.each([
  ["asOf", 3, "asOf: the cell shows #N/A; give a date, or leave asOf out."],
  ["market", 4, "market: the cell shows #N/A; use developed or developing, or leave market out."],
  ["tier", 0, "tier: the cell shows #N/A; use Silver or Gold."],
])("an error in %s is #VALUE! with a message", async (_name, index, message) => {
  for (const dataTypes of [false, true]) {
    const cells: unknown[] = ["Silver", null, null, null, null];
    cells[index] = new FakeCellError("#N/A");
    const call = excelArguments({ ...built, allowCustomDataForDataTypeAny: dataTypes }, "MEETS", cells);
    if (!call.called) throw new Error("not called");
    const inv = new FakeStreamingInvocation<boolean>();
    meetsFunction(
      host(new FakeWorkbook(smallWorkbook())),
      call.args[0],
      { staff: call.args[1], revenue: call.args[2], asOf: call.args[3], market: call.args[4] },
      inv,
    );
    expect(await inv.first()).toEqual(new FakeFunctionError("#VALUE!", message));
  }
});

test("data-type cells give their basic value, never [object Object]", async () => {
  const money = (n: number) => ({
    type: "FormattedNumber",
    basicType: "Double",
    basicValue: n,
    numberFormat: "$#,##0.00",
  });
  const staff: unknown[][] = STAFF.values.map((r) => r.slice());
  staff[1][4] = { type: "Boolean", basicType: "Boolean", basicValue: true }; // Active
  const revenue: unknown[][] = REVENUE.values.map((r) => r.slice());
  revenue[1][3] = money(180000);
  const call = excelArguments(built, "GAPS", [
    null,
    staff,
    revenue,
    { type: "String", basicValue: SAMPLE_AS_OF },
    { type: "String", basicValue: "developed" },
  ]);
  if (!call.called) throw new Error("not called");
  expect((call.args[2] as unknown[][])[1][3]).toEqual(money(180000)); // Excel passes the object
  const a = new FakeStreamingInvocation<string[][]>(),
    b = new FakeStreamingInvocation<string[][]>();
  gapsFunction(
    host(),
    null,
    { staff: call.args[1], revenue: call.args[2], asOf: call.args[3], market: call.args[4] },
    a,
  );
  gapsFunction(host(), null, { staff: STAFF.values, revenue: REVENUE.values, asOf: SAMPLE_AS_OF }, b);
  const shown = await a.first();
  expect(JSON.stringify(shown)).not.toContain("[object Object]");
  expect(shown).toEqual(await b.first());
});

test("error objects of either shape map to the cell's text", async () => {
  const { argError, plainArgValue } = await import("../../src/functions/cell-values");
  expect(argError(new FakeFunctionError("#DIV/0!"))).toBe("#DIV/0!");
  expect(argError({ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" })).toBe("#N/A");
  expect(argError({ type: "Error", errorType: "Div0" })).toBe("#DIV/0!");
  expect(argError({ code: "not an error" })).toBeNull();
  expect(argError("#N/A")).toBeNull(); // plain text stays text
  expect(plainArgValue({ type: "FormattedNumber", basicValue: 12.5 })).toBe(12.5);
});
