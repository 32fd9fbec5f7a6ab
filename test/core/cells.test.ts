import { cellText, parseCents, parseDay, parseYesNo } from "../../src/core/cells";
import { toIso } from "../../src/core/dates";
import fc from "fast-check";

const day = (v: unknown) => {
  const p = parseDay(v);
  return p.kind === "ok" ? toIso(p.value) : p.kind;
};
const cents = (v: unknown) => {
  const p = parseCents(v);
  return p.kind === "ok" ? p.value : p.kind;
};
const yn = (v: unknown) => {
  const p = parseYesNo(v);
  return p.kind === "ok" ? p.value : p.kind;
};

describe("dates as cells arrive", () => {
  test.each([
    [42916, "2017-06-30"],
    ["2017-06-30", "2017-06-30"],
    ["2017/06/30", "2017-06-30"],
    ["2017/6/3", "2017-06-03"],
    ["2017年6月30日", "2017-06-30"],
    ["２０１７－０６－３０", "2017-06-30"],
    ["2017-06-30T00:00:00.000Z", "2017-06-30"],
    ["6/30/2017", "2017-06-30"],
    ["30/06/2017", "2017-06-30"],
    ["30.06.2017", "2017-06-30"],
    ["Jun 30, 2017", "2017-06-30"],
    ["30 June 2017", "2017-06-30"],
    ["2017-06", "2017-06-01"],
    ["Jun 2017", "2017-06-01"],
    ["2017年6月", "2017-06-01"],
    [new Date(Date.UTC(2017, 5, 30)), "2017-06-30"],
    [new Date(2017, 5, 30), "2017-06-30"],
    [{ result: 42916 }, "2017-06-30"],
    [null, "blank"],
    ["  ", "blank"],
    ["#N/A", "bad"],
    ["2017-02-30", "bad"],
    ["soon", "bad"],
    [true, "bad"],
    [60, "bad"],
    [new Date(NaN), "bad"],
  ])("%p → %p", (input, expected) => expect(day(input)).toBe(expected));
});

describe("amounts in integer cents", () => {
  test.each([
    [12345.67, 1234567],
    [0.1 + 0.2, 30],
    [1.005, 101],
    [-500, -50000],
    ["$12,345.67", 1234567],
    ["USD 1,200", 120000],
    ["1,200 USD", 120000],
    ["(1,200.00)", -120000],
    ["($1,200.00)", -120000],
    ["-500", -50000],
    ["−500", -50000],
    ["-$500.5", -50050],
    ["100000.00", 10000000],
    ["99999.99", 9999999],
    ["12.345", 1235],
    ["１２３", 12300],
    [".5", 50],
    ["", "blank"],
    [null, "blank"],
    ["¥1,200", "bad"],
    ["1.200,50", "bad"],
    ["12,34", "bad"],
    ["abc", "bad"],
    ["$", "bad"],
    [NaN, "bad"],
    [Infinity, "bad"],
    ["#VALUE!", "bad"],
    [true, "bad"],
  ])("%p → %p", (input, expected) => expect(cents(input)).toBe(expected));

  test("any two-decimal number reads exactly, as a number and as formatted text", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => {
        expect(cents(c / 100)).toBe(c);
        const text = (Math.abs(c) / 100).toLocaleString("en-US", { minimumFractionDigits: 2 });
        expect(cents(c < 0 ? `(${text})` : `$${text}`)).toBe(c);
      }),
    );
  });
});

describe("yes/no", () => {
  test.each([
    ["Yes", true],
    ["y", true],
    ["TRUE", true],
    [true, true],
    [1, true],
    ["1", true],
    ["是", true],
    ["x", true],
    ["X", true],
    ["No", false],
    ["N", false],
    ["false", false],
    [false, false],
    [0, false],
    ["否", false],
    ["", "blank"],
    [null, "blank"],
    ["maybe", "bad"],
    [2, "bad"],
  ])("%p → %p", (input, expected) => expect(yn(input)).toBe(expected));
});

test("cellText unwraps reader objects", () => {
  expect(cellText({ richText: [{ text: "Xu " }, { text: "Wei" }] })).toBe("Xu Wei");
  expect(cellText({ text: "Link", hyperlink: "https://x" })).toBe("Link");
  expect(cellText({ formula: "A1", result: 5 })).toBe("5");
  expect(cellText({ error: "#N/A" })).toBe("#N/A");
  expect(cellText(undefined)).toBe("");
});
