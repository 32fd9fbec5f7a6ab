// Argument parsing: what Excel can pass, what becomes a value, what becomes a #VALUE! message.
import { asOfArg, asOfDay, marketArg, tableArg, tierArg } from "../../src/functions/args";
import { parseIsoDay } from "../../src/core";

const day = (iso: string) => parseIsoDay(iso);

test("tables: omitted → the workbook's; a range → its cells; a scalar → a message", () => {
  expect(tableArg(null, "staff", "en")).toEqual({ ok: true, value: undefined });
  expect(tableArg(undefined, "staff", "en")).toEqual({ ok: true, value: undefined });
  expect(tableArg([["Name"], ["x"]], "staff", "en")).toEqual({ ok: true, value: [["Name"], ["x"]] });
  expect(tableArg(5, "staff", "en")).toEqual({
    ok: false,
    error: "staff: give a range (a header row and rows of data).",
  });
  expect(tableArg([], "revenue", "zh-CN")).toMatchObject({
    ok: false,
    error: expect.stringContaining("revenue：请提供一个区域"),
  });
});

/** The as-of day in a workbook of the given date system (a date cell is kept as a serial until then). */
function asOfIn(v: unknown, lang: "en" | "zh-CN", system: "1900" | "1904" = "1900") {
  const a = asOfArg(v, lang);
  return a.ok && a.value ? { ok: true, value: asOfDay(a.value, system) } : a;
}

test("as-of: an Excel date serial or date text; empty → default; anything else → a message", () => {
  expect(asOfIn(43281, "en")).toEqual({ ok: true, value: day("2018-06-30") });
  expect(asOfIn(43281.75, "en")).toEqual({ ok: true, value: day("2018-06-30") }); // the time of day is ignored
  expect(asOfIn(43281 - 1462, "en", "1904")).toEqual({ ok: true, value: day("2018-06-30") }); // a 1904 workbook's date cell
  expect(asOfIn("2018-06-30", "en", "1904")).toEqual({ ok: true, value: day("2018-06-30") });
  expect(asOfIn("2018-06-30", "en")).toEqual({ ok: true, value: day("2018-06-30") });
  expect(asOfIn("2018年6月30日", "en")).toEqual({ ok: true, value: day("2018-06-30") });
  expect(asOfArg(null, "en")).toEqual({ ok: true, value: undefined });
  expect(asOfArg("  ", "en")).toEqual({ ok: true, value: undefined });
  expect(asOfArg("2018-13-40", "en")).toEqual({
    ok: false,
    error: 'asOf: "2018-13-40" is not a date; give a date or YYYY-MM-DD.',
  });
  expect(asOfArg(true, "zh-CN")).toMatchObject({ ok: false, error: expect.stringContaining("不是日期") });
  expect(asOfArg(-5, "en").ok).toBe(false);
});

test("market: English or Chinese words; anything else → a message", () => {
  expect(marketArg("Developing", "en")).toEqual({ ok: true, value: "developing" });
  expect(marketArg("发展中市场", "en")).toEqual({ ok: true, value: "developing" });
  expect(marketArg("mature", "en")).toEqual({ ok: true, value: "developed" });
  expect(marketArg("", "en")).toEqual({ ok: true, value: undefined });
  expect(marketArg("emerald", "en")).toEqual({
    ok: false,
    error: 'market: "emerald" is not a market; use developed or developing.',
  });
});

test("tier: id or name in either language; required for MEETS", () => {
  expect(tierArg("Gold", "en", true)).toEqual({ ok: true, value: "gold" });
  expect(tierArg(" silver ", "en", true)).toEqual({ ok: true, value: "silver" });
  expect(tierArg("银牌", "en", true)).toEqual({ ok: true, value: "silver" });
  expect(tierArg(null, "en", false)).toEqual({ ok: true, value: undefined });
  expect(tierArg(null, "en", true)).toEqual({ ok: false, error: "tier: say which tier, e.g. Silver or Gold." });
  expect(tierArg("Platinum", "en", true)).toEqual({
    ok: false,
    error: 'tier: "Platinum" is not a tier; use Silver or Gold.',
  });
  expect(tierArg("Platinum", "zh-CN", true)).toMatchObject({ ok: false, error: expect.stringContaining("银牌或金牌") });
});
