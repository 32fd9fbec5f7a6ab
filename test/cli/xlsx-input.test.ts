// Reading real .xlsx files: Chinese headers, dates as serials / Dates / text, cells ExcelJS gives
// as objects (rich text, formula results, hyperlinks, errors), and Excel row numbers.
import { join } from "node:path";
import { FORMULA_WITHOUT_VALUE } from "../../src/core";
import { readXlsx } from "../../src/cli/xlsx-reader";
import { runJson, tempDir, utc, writeWorkbook } from "./helpers";

test("plain values at the edge: each kind of cell ExcelJS writes reads as its value", async () => {
  // Moved from ExcelJS's cell objects (the reader no longer uses ExcelJS) to the cells in the file.
  const book = await writeWorkbook(join(tempDir(), "cells.xlsx"), [
    {
      name: "Cells",
      rows: [
        [
          { richText: [{ text: "Xu " }, { font: { bold: true }, text: "Wei" }] },
          { formula: "A1*2", result: 42 },
          { sharedFormula: "B1", result: "x" },
          { formula: "1/0", result: { error: "#DIV/0!" } },
          { formula: "NOW()" },
          { text: "Yan Li", hyperlink: "mailto:yan@contoso.com" },
          { text: { richText: [{ text: "Rich" }] }, hyperlink: "x" } as never,
          { error: "#N/A" },
          utc("2017-06-30"),
          true,
        ],
      ],
    },
  ]);
  const [sheet] = await readXlsx(book);
  // Issue 10: a formula without a saved value is marked, so the report can say so (was null).
  expect(sheet.values[0]).toEqual([
    "Xu Wei",
    42,
    "x",
    "#DIV/0!",
    FORMULA_WITHOUT_VALUE,
    "Yan Li",
    "Rich",
    "#N/A",
    utc("2017-06-30"),
    true,
  ]);
});

test("Chinese headers and sheet names, found by their header rows", async () => {
  const dir = tempDir();
  const book = await writeWorkbook(join(dir, "能力.xlsx"), [
    { name: "说明", rows: [["本工作簿用于能力评估"]] },
    {
      name: "收入明细",
      rows: [
        ["客户", "产品", "开票日期", "金额", "记录在案的合作伙伴"],
        ["甲公司", "CRM Online", "2017年1月15日", "$150,000.00", "是"],
        ["乙公司", "Dynamics 365 Plan 1", utc("2017-03-01"), 150000, "是"],
        ["丙公司", "CRM Online", utc("2017-03-01"), 5000, "否"],
      ],
    },
    {
      name: "员工",
      rows: [
        ["姓名", "工号", "考试代码", "通过日期", "在职"],
        ["徐伟", "E001", "MB2-714、MB2-710", "2016年12月1日", "是"],
        ["王芳", "E002", "ＭＢ２－７１３；ＭＢ２－７０６", utc("2017-02-01"), "是"],
        ["李娜", "E003", "MB2-712", "", "是"],
        ["赵磊", "E004", "MB2-707", utc("2017-05-05"), "是"],
      ],
    },
  ]);
  const j = await runJson([book, "--as-of", "2017-06-30", "--lang", "zh-CN"]);
  expect(j.tier).toBe("gold");
  expect(j.revenue).toMatchObject({ ttmUsd: 300000, countedRows: 2, excludedRows: 1 });
  expect(j.tiers[1].slots.map((s) => s.person).sort()).toEqual(["徐伟", "李娜", "王芳", "赵磊"].sort());
});

test("dates as serial numbers, Date cells and text all read as the same calendar days", async () => {
  const dir = tempDir();
  const serial = (iso: string) => Math.round(utc(iso).getTime() / 86_400_000) + 25569;
  const book = await writeWorkbook(join(dir, "dates.xlsx"), [
    {
      name: "Staff",
      rows: [
        ["Name", "Exam", "Passed on"],
        ["A", "MB2-714, MB2-710", serial("2017-06-30")], // on the as-of date: held
        ["B", "MB2-712", "2017-07-01"], // the day after: not yet
        ["C", "MB2-707", utc("2017-06-30")],
      ],
    },
    {
      name: "Revenue",
      rows: [
        ["Product", "Date", "Amount", "DPOR"],
        ["CRM Online", serial("2016-07-01"), 1000, "Yes"], // first day of the window
        ["CRM Online", serial("2016-06-30"), 2000, "Yes"], // the day before it
        ["CRM Online", "2017/06/30", 4000, "Yes"], // last day
        ["CRM Online", utc("2017-07-01"), 8000, "Yes"], // after the as-of date
        ["CRM Online", "2017年2月28日", 16000, "Yes"],
        ["CRM Online", utc("2017-02-28"), 32000, "Yes"],
      ],
    },
  ]);
  const j = await runJson([book, "--as-of", "2017-06-30"]);
  expect(j.revenue).toMatchObject({ ttmUsd: 1000 + 4000 + 16000 + 32000, countedRows: 4, excludedRows: 2 });
  expect(j.tiers[0].slots.map((s) => s.person)).toEqual(["A", "C"]);
  expect(j.issues).toContainEqual(
    expect.objectContaining({ sheet: "Staff", row: 3, column: "Passed on", severity: "info" }),
  );
});

test("issue rows are Excel's row numbers: leading empty rows and a title row do not shift them", async () => {
  const dir = tempDir();
  const book = await writeWorkbook(join(dir, "rows.xlsx"), [
    {
      name: "Staff",
      startRow: 4,
      rows: [
        ["Name", "Exam"],
        ["Xu Wei", "MB2-714; MB2-710"],
        ["Yan Li", "MB2-999"],
      ],
    },
    {
      name: "Revenue",
      startRow: 3,
      rows: [
        ["Revenue export, FY17"],
        [],
        ["Product", "Date", "Amount", "DPOR"],
        ["CRM Online", "2017-01-01", "lots", "Yes"],
        [],
        ["CRM Online", "2017-01-01", 10, "maybe"],
      ],
    },
  ]);
  const j = await runJson([book, "--as-of", "2017-06-30"]);
  const at = (sheet: string, column: string) =>
    j.issues.filter((i) => i.sheet === sheet && i.column === column).map((i) => i.row);
  expect(at("Staff", "Exam")).toEqual([6]);
  expect(at("Revenue", "Amount")).toEqual([6]);
  expect(at("Revenue", "DPOR")).toEqual([8]);
});

test("rich text, formula results, hyperlinks and error cells reach the evaluator as their values", async () => {
  const dir = tempDir();
  const book = await writeWorkbook(join(dir, "objects.xlsx"), [
    {
      name: "Staff",
      rows: [
        ["Name", "Exam", "Active"],
        [
          { richText: [{ text: "Xu " }, { font: { bold: true }, text: "Wei" }] },
          { formula: 'CONCAT("MB2-714",";","MB2-710")', result: "MB2-714;MB2-710" },
          true,
        ],
        [{ text: "Yan Li", hyperlink: "mailto:yan@contoso.com" }, "MB2-712", { formula: "1=1", result: true }],
      ],
    },
    {
      name: "Revenue",
      rows: [
        ["Product", "Date", "Amount", "DPOR"],
        ["CRM Online", "2017-01-01", { formula: "50000*2", result: 100000 }, "Yes"],
        ["CRM Online", "2017-01-01", { error: "#N/A" }, "Yes"],
      ],
    },
  ]);
  const sheets = await readXlsx(book);
  expect(sheets[0].values[1]).toEqual(["Xu Wei", "MB2-714;MB2-710", true]);
  const j = await runJson([book, "--as-of", "2017-06-30"]);
  expect(j.tier).toBe("silver");
  expect(j.revenue.ttmUsd).toBe(100000);
  expect(j.issues).toContainEqual(
    expect.objectContaining({
      sheet: "Revenue",
      row: 3,
      column: "Amount",
      severity: "error",
      message: expect.stringContaining("#N/A"),
    }),
  );
});

test("our own results sheet in the input is never read as a table", async () => {
  const dir = tempDir();
  const book = await writeWorkbook(join(dir, "again.xlsx"), [
    // A results sheet whose issue table has Name/Exam-looking headers must not be taken as staff.
    {
      name: "Competency Results",
      rows: [
        ["Name", "Exam"],
        ["Ghost", "MB2-714, MB2-710"],
      ],
    },
    {
      name: "Staff",
      rows: [
        ["Name", "Exam"],
        ["Xu Wei", "MB2-714, MB2-710"],
        ["Yan Li", "MB2-712"],
      ],
    },
    {
      name: "Revenue",
      rows: [
        ["Product", "Date", "Amount", "DPOR"],
        ["CRM Online", "2017-01-01", 100000, "Yes"],
      ],
    },
  ]);
  const j = await runJson([book, "--as-of", "2017-06-30"]);
  expect(j.tiers[0].slots.map((s) => s.person)).toEqual(["Xu Wei", "Yan Li"]);
});
