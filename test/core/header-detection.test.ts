import { checkOptions, detectHeader, evaluate, STAFF_FIELDS } from "../../src/core";
import { revenueTable, staffTable } from "./helpers";

test("English and Chinese headers, exact and contained, in any order", () => {
  const m = detectHeader([["Pass date", "考试代码", "Employee name", "在职", "E-mail"]], STAFF_FIELDS);
  expect(m?.mapping.columns).toEqual({ passedOn: 0, exam: 1, person: 2, active: 3, personId: 4 });
});

test("a title row above the header is skipped, also when the user chose some columns", () => {
  const values = [["Certified staff — name list"], [], ["Name", "Exam", "Notes"], ["Xu Wei", "MB2-714", ""]];
  expect(detectHeader(values, STAFF_FIELDS)?.mapping.headerRow).toBe(2);
  const chosen = detectHeader(values, STAFF_FIELDS, { columns: { exam: 1 } });
  expect(chosen?.mapping.headerRow).toBe(2);
  expect(chosen?.mapping.columns.person).toBe(0);
  // Headers the detector does not know: the header row is the first with every chosen column filled.
  const unknown = [
    ["Certified staff — export", "", ""],
    [],
    ["Name", "Mail", "Zertifikat"],
    ["Xu Wei", "x@example.com", "MB2-714"],
  ];
  expect(detectHeader(unknown, STAFF_FIELDS)).toBeNull();
  expect(detectHeader(unknown, STAFF_FIELDS, { columns: { exam: 2 } })?.mapping.headerRow).toBe(2);
});

test("excluded reasons are ordered the same way in every language", () => {
  const rows = revenueTable([
    ["CRM Online", "2017-01-01", 1, "No"],
    ["CRM Online", "2017-01-01", 1, ""],
    ["CRM Online", "2017-01-01", 1, "CSP"],
    ["CRM Online", "2017-01-01", 1, "CPOR"],
    ["Azure", "2017-01-01", 1],
    ["Office 365", "2017-01-01", 1],
    ["CRM Online", "2015-01-01", 1],
  ]);
  const order = (lang: "en" | "zh-CN") =>
    evaluate(staffTable([]), rows, { asOf: "2017-06-30", lang }).revenue.excluded.map((x) => `${x.reason}/${x.detail}`);
  expect(order("en")).toEqual([
    "before-window/",
    "product/Azure",
    "product/Office 365",
    "attribution/",
    "attribution/CPOR",
    "attribution/CSP",
    "attribution/NO",
  ]);
  expect(order("zh-CN")).toEqual(order("en"));
});

test("option errors speak the user's language", () => {
  expect(checkOptions({ asOf: "2017-02-30", lang: "zh-CN" })).toBe("评估日期“2017-02-30”不是 YYYY-MM-DD 格式的日期");
  expect(checkOptions({ asOf: "2017-06-30", ruleVersion: "1999", lang: "zh-CN" })).toMatch(
    /^未知的规则版本“1999”（可用：2017-06-27, 2017-07-07, 2017-11-16）$/,
  );
  expect(checkOptions({ asOf: "2017-06-30" })).toBeNull();
});
