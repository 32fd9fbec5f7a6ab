// The pane's state changes and what it shows, without a browser: pure functions of the settings,
// the scan and the run's progress.
import { describeScan } from "../../src/excel/detect-tables";
import { locateSheets } from "../../src/excel/read-tables";
import type { WorkbookScan } from "../../src/excel/read-workbook";
import { ByteEstimate } from "../../src/excel/payload";
import { ReportError } from "../../src/excel/run-report";
import {
  asOfDay,
  AUTO,
  chooseAsOf,
  chooseColumn,
  chooseSheets,
  chooseToday,
  chooseVersion,
} from "../../src/taskpane/pane-state";
import { detectionView, progressView, reportProblemText, rulesView } from "../../src/taskpane/pane-views";
import { day } from "../excel/helpers";
import { scannedSheet } from "./scanned-sheet";

const TODAY = day("2018-06-30");

const staff = scannedSheet(
  "People",
  [
    ["Name", "Exam", "Passed on"],
    ["Xu Wei", "MB2-714", ""],
  ],
  1,
);
const revenue = scannedSheet("Money", [
  ["Product", "Date", "Amount", "DPOR"],
  ["CRM Online", "2018-01-01", 1, "Yes"],
]);
const scan: WorkbookScan = { sheets: [staff, revenue], estimate: new ByteEstimate(), dateSystem: "1900" };
const detect = (s = {}) => detectionView(describeScan(scan.sheets, locateSheets(scan, s), s), s, "en");

describe("state changes", () => {
  test("sheets ticked forget the columns chosen on the old sheet; none ticked goes back to detection (issue 11: a list)", () => {
    const s = chooseSheets({ staffColumns: { exam: "C" }, market: "developing" }, "staff", ["People", "Team B"]);
    expect(s).toEqual({ staffSheets: ["People", "Team B"], staffColumns: undefined, market: "developing" });
    expect(chooseSheets(s, "staff", []).staffSheets).toBeUndefined();
  });
  test("columns are kept per field; the last AUTO removes the whole choice", () => {
    const one = chooseColumn({}, "revenue", "amount", "D");
    expect(one.revenueColumns).toEqual({ amount: "D" });
    expect(chooseColumn(chooseColumn(one, "revenue", "date", "B"), "revenue", "amount", AUTO).revenueColumns).toEqual({
      date: "B",
    });
    expect(chooseColumn(one, "revenue", "amount", AUTO).revenueColumns).toBeUndefined();
  });
  test("a half-typed date changes nothing; today's date is not stored; Today forgets a date", () => {
    expect(chooseAsOf({}, "2018-06-3", TODAY)).toBeNull();
    expect(chooseAsOf({}, "2018-06-30", TODAY)).toEqual({ asOf: undefined });
    expect(chooseAsOf({}, "2017-06-30", TODAY)).toEqual({ asOf: "2017-06-30" });
    expect(chooseToday({ asOf: "2017-06-30" }).asOf).toBeUndefined();
    expect(asOfDay({ asOf: "2017-06-30" }, TODAY)).toBe(day("2017-06-30"));
    expect(asOfDay({}, TODAY)).toBe(TODAY);
    expect(chooseVersion({ ruleVersion: "2017-06-27" }, AUTO).ruleVersion).toBeUndefined();
  });
});

describe("views", () => {
  test("rules: the version in force on the date is named on the automatic entry; a pinned one is selected", () => {
    const v = rulesView({ asOf: "2017-06-30" }, TODAY, "en");
    expect(v.asOf).toBe("2017-06-30");
    expect(v.version.options[0]).toEqual({ value: AUTO, label: "2017-06-27 (in force on the as-of date)" });
    expect(v.version.selected).toBe(AUTO);
    expect(rulesView({ ruleVersion: "2017-11-16" }, TODAY, "zh-CN").version.selected).toBe("2017-11-16");
    expect(v.market.options.map((o) => o.value)).toEqual(["developed", "developing"]);
  });
  test("detection: found sheets, header rows and column letters as the user sees them", () => {
    const v = detect();
    expect(v.staffSheet.options[0].label).toBe("People (found automatically)");
    // The staff table's used range starts in column B: letters follow the sheet, not the range.
    expect(v.staffFound).toEqual({ text: "Header row 1: Name (B), Exam (C), Passed on (D)", problem: false });
    expect(v.revenueFound.text).toBe("Header row 1: Product (A), Date (B), Amount (C), DPOR (D)");
    const exam = v.staffColumns.find((c) => c.field === "exam")!;
    expect(exam.options[0].label).toBe("Found automatically (C)");
    expect(exam.options[2]).toEqual({ value: "C", label: "C — Exam" });
    // A letter picked is selected and read; the automatic entry still says what detection finds.
    const picked = detect({ staffColumns: { exam: "D" } });
    const examPicked = picked.staffColumns.find((c) => c.field === "exam")!;
    expect([examPicked.selected, examPicked.options[0].label]).toEqual(["D", "Found automatically (C)"]);
    expect(picked.staffFound.text).toContain("Exam (D)");
  });
  test("an exam list is not taken as the staff table, and the hint says why (issue 11)", () => {
    const catalog = scannedSheet("Exams", [
      ["Exam", "Name", "Group"],
      ["MB2-714", "Microsoft Dynamics CRM Customer Service", "Business"],
    ]);
    const s: WorkbookScan = { sheets: [catalog, revenue], estimate: new ByteEstimate(), dateSystem: "1900" };
    const v = detectionView(describeScan(s.sheets, locateSheets(s, {}), {}), {}, "en");
    expect(v.staffFound.problem).toBe(true);
    expect(v.staffFound.text).toContain(
      '(Sheet "Exams" was not read as the staff table: its column "Name" holds exam titles, not people (an exam list)).',
    );
  });
  test("a chosen sheet that is gone is said next to its list", () => {
    const v = detect({ revenueSheets: ["Gone"] });
    expect(v.revenueFound).toEqual({
      text: 'This workbook has no sheet named "Gone" (its sheets: "People", "Money"). Choose another sheet above, or “Find automatically”.',
      problem: true,
    });
  });
  test("progress: a bar while rows are read, words for the other phases", () => {
    expect(progressView({ phase: "reading", rowsRead: 500, rowsTotal: 2000 }, "en")).toEqual({
      percent: 25,
      text: "Reading the sheets… 500 of 2,000 rows",
    });
    expect(progressView({ phase: "writing" }, "zh-CN")).toEqual({ percent: null, text: "正在写入结果表…" });
  });
  test("report problems in plain words, in both languages", () => {
    expect(reportProblemText(new ReportError("no-staff-table", ""), "en")).toBe(
      "This workbook has no staff table: no sheet has a header row with a name and an exam column (e.g. Name, Exam, Passed on, Active) in its first 50 rows. If yours is named differently, choose it above.",
    );
    expect(reportProblemText(new ReportError("options", "bad date"), "zh-CN")).toBe("这些设置无法使用：bad date");
  });
});

test("when every candidate sheet was passed over, the report's error names them and why (issue 11)", () => {
  const passedOver = [{ table: "staff" as const, sheet: "Exam list", reason: "examTitles" as const, column: "Name" }];
  const withSheets = reportProblemText(new ReportError("no-staff-table", "", passedOver), "en");
  expect(withSheets).toContain("Exam list");
  expect(reportProblemText(new ReportError("no-staff-table", ""), "en")).not.toContain("Exam list");
  expect(reportProblemText(new ReportError("no-staff-table", "", passedOver), "zh-CN")).toContain("Exam list");
});
