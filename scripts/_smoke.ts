import { evaluate } from "../src/core/evaluate";
import { toContractJson } from "../src/core/contract-json";
const staff = [
  ["Name", "Exam", "Passed on", "Active"],
  ["  xu   wei ", "MB2-714, mb2 710", "2017-01-05", "Yes"],
  ["Xu Wei", "Exam MB2-712", 42800, "Y"],
  ["Yan Li", "MB2-713／MB2706", "2016年3月1日", "是"],
  ["Bob", "MB2-999", "", "no"],
  ["=HYPERLINK(\"x\")", "MB2-717", "", ""],
];
const revenue = [
  ["Customer", "Product", "Date", "Amount (USD)", "DPOR"],
  ["A", "CRM Online", "2017-06-30", "$60,000.00", "Yes"],
  ["B", "Dynamics 365 Plan 1", 42552, 40000, "DPOR"],
  ["C", "Azure", "2017-01-01", 5000, "Yes"],
  ["D", "D365 Plan 1", "2016-06-30", 5000, "Yes"],
  ["E", "d365 plan 1", "2016-07-01", "(1,000.01)", "x"],
  ["F", "CRM Online", "2017-02-01", 7000, "CPOR"],
  ["G", "CRM Online", "garbage", 7000, "Y"],
];
const e = evaluate(staff, revenue, { asOf: "2017-06-30" });
console.log(JSON.stringify(toContractJson(e), null, 1));
console.log(e.revenue.excluded);
