// Text that looks like a formula (issue 12 item 6). Range.values takes "=…", "+…", "-…" as
// formulas; the results sheet writes such text as a user types text: "@" format and a leading
// apostrophe. The fake models the documented rule; not verified against a real Excel here.
import { buildReportGrid, evaluate } from "../../src/core";
import { planGrid, textAsTyped } from "../../src/excel/grid-plan";
import { listSheets } from "../../src/excel/read-workbook";
import { writeResultsSheet } from "../../src/excel/write-grid";
import { fakeSettings } from "../fakes/office-fake";
import { SAMPLE_AS_OF, smallWorkbook } from "../fakes/sample-workbook";
import { fakeExcel } from "./helpers";

const LOOKALIKES = ['=HYPERLINK("http://example.com","x")', "-Li Na", "+86 138 0000 0000", "'Quoted name", "=1+1"];

test("the fake: '=', '+', '-' are formulas on a General cell; text on an '@' cell or after an apostrophe", async () => {
  const { book, ctx } = fakeExcel([{ name: "T", values: [["x"]] }]);
  const sheet = ctx.workbook.worksheets.getItem("T");
  const general = sheet.getRangeByIndexes(0, 0, 1, 5);
  general.values = [["=1+1", "-Li Na", "+86 1", "-5", "'=1+1"]];
  const text = sheet.getRangeByIndexes(1, 0, 1, 2);
  text.numberFormat = [["@", "@"]];
  text.values = [["=1+1", "'-Li Na"]];
  await ctx.sync();
  const t = book.sheet("T")!;
  expect([t.formula(0, 0), t.formula(0, 1), t.formula(0, 2)]).toEqual(["=1+1", "-Li Na", "+86 1"]);
  expect([t.get(0, 3), t.get(0, 4), t.formula(0, 4)]).toEqual([-5, "=1+1", undefined]);
  expect([t.get(1, 0), t.get(1, 1), t.formula(1, 0)]).toEqual(["=1+1", "-Li Na", undefined]);
});

test("names that look like formulas reach the results sheet as the same text, never through Range.formulas", async () => {
  const [, staff, revenue] = smallWorkbook();
  const extra = LOOKALIKES.map((name, i) => [name, `p${i}@example.com`, "MB2-999", "", "Yes"]);
  const { book, ctx } = fakeExcel(smallWorkbook());
  const e = evaluate(
    { values: [...staff.values, ...extra], sheet: "Staff" },
    { values: revenue.values, sheet: "Revenue" },
    { asOf: SAMPLE_AS_OF },
  );
  const grid = buildReportGrid(e, "en");
  const store = fakeSettings();
  await writeResultsSheet(ctx, grid, await listSheets(ctx, store), { ownership: store });
  const sheet = book.sheet("Competency Results")!;
  const shown = new Set(sheet.values.flatMap((row) => (row ?? []).filter((v) => typeof v === "string")));
  for (const name of LOOKALIKES) expect(shown.has(name)).toBe(true);
  expect(sheet.formulas.size).toBe(0);
  expect(sheet.formulaWrites).toBe(0);
  // Every grid string arrives exactly as the grid has it.
  grid.rows.forEach((row, r) =>
    row.forEach((c, i) => typeof c.value === "string" && c.format !== "date" && expect(sheet.get(r, i)).toBe(c.value)),
  );
});

test("the apostrophe alone keeps the text even where the '@' format did not land first", async () => {
  const plan = planGrid(
    buildReportGrid(
      evaluate(
        [
          ["Name", "Exam"],
          ["-Li Na", "MB2-999"],
        ],
        [["Product", "Date", "Amount"]],
        { asOf: SAMPLE_AS_OF },
      ),
      "en",
    ),
  );
  const { book, ctx } = fakeExcel([{ name: "T", values: [["x"]] }]);
  const range = ctx.workbook.worksheets.getItem("T").getRangeByIndexes(0, 0, plan.rows, plan.cols);
  range.values = plan.values; // no number formats at all
  await ctx.sync();
  const t = book.sheet("T")!;
  expect(t.formulas.size).toBe(0);
  expect(t.values.flat()).toContain("-Li Na");
  expect(textAsTyped("Plain")).toBe("Plain");
  expect(textAsTyped("-Li Na")).toBe("'-Li Na");
});
