import { normalizeExamCode, splitExamCell } from "../../src/core/exam-codes";

test.each([
  "MB2-714",
  "mb2-714",
  "MB2 714",
  "MB2714",
  "Exam MB2-714",
  "exam: mb2-714",
  "ＭＢ２－７１４",
  "考试 MB2-714",
  "MB2–714",
  "MB2-714 Dynamics CRM Customer Service",
])("%p is MB2-714", (t) => expect(normalizeExamCode(t)).toBe("MB2-714"));

test("non-codes", () => {
  expect(normalizeExamCode("Dynamics CRM 2016")).toBeNull();
  expect(normalizeExamCode("MB2-71")).toBeNull();
  expect(normalizeExamCode("")).toBeNull();
});

test("a cell with several codes and every separator", () => {
  expect(splitExamCell("MB2-714, MB2-710;MB2 712/mb2707、MB2-713；MB2-706\nMB2-709").codes).toEqual([
    "MB2-714",
    "MB2-710",
    "MB2-712",
    "MB2-707",
    "MB2-713",
    "MB2-706",
    "MB2-709",
  ]);
  expect(splitExamCell("MB2-714，MB2-710").codes).toEqual(["MB2-714", "MB2-710"]);
});

test("unreadable tokens are reported, filler is not", () => {
  expect(splitExamCell("MB2-714, pending, n/a, -")).toEqual({ codes: ["MB2-714"], unreadable: ["pending"] });
  expect(splitExamCell("")).toEqual({ codes: [], unreadable: [] });
});
