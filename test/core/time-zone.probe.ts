// Run by issue10.test.ts in a child process under a given TZ: prints the machine's zone offset and
// what the evaluator makes of date-time cells near midnight UTC, as JSON.
import { evaluate } from "../../src/core";

const e = evaluate(
  [
    ["Name", "Exam", "Passed on"],
    ["Xu Wei", "MB2-714, MB2-710", new Date("2017-06-30T16:00:00Z")],
    ["Yan Li", "MB2-712", new Date("2017-06-30T23:59:00Z")],
  ],
  [
    ["Product", "Date", "Amount", "DPOR"],
    ["CRM Online", new Date("2017-06-30T16:00:00Z"), 100000, "Yes"],
    ["CRM Online", new Date("2016-06-30T20:00:00Z"), 5, "Yes"],
  ],
  { asOf: "2017-06-30" },
);
process.stdout.write(
  JSON.stringify({
    offset: new Date(Date.UTC(2017, 0, 1)).getTimezoneOffset(),
    tier: e.tier,
    ttmCents: e.revenue.ttmCents,
  }),
);
