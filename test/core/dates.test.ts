import {
  dayFromExcelSerial,
  dayFromYmd,
  excelSerialFromDay,
  parseIsoDay,
  toIso,
  ttmWindow,
} from "../../src/core/dates";
import fc from "fast-check";

const iso = (s: string) => parseIsoDay(s) as number;
const window = (asOf: string) => {
  const w = ttmWindow(iso(asOf));
  return [toIso(w.start), toIso(w.end)];
};

describe("TTM window (docs/rules.md §2)", () => {
  test("the examples in the spec", () => {
    expect(window("2016-02-29")).toEqual(["2015-03-01", "2016-02-29"]);
    expect(window("2017-06-30")).toEqual(["2016-07-01", "2017-06-30"]);
  });
  test("month ends and year ends", () => {
    expect(window("2017-12-31")).toEqual(["2017-01-01", "2017-12-31"]);
    expect(window("2017-01-01")).toEqual(["2016-01-02", "2017-01-01"]);
    expect(window("2017-02-28")).toEqual(["2016-02-29", "2017-02-28"]);
    expect(window("2020-02-29")).toEqual(["2019-03-01", "2020-02-29"]);
  });
  test("a window is 365 or 366 days long and ends on the as-of date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayFromYmd(1901, 1, 1) as number, max: dayFromYmd(9998, 12, 31) as number }),
        (d) => {
          const w = ttmWindow(d);
          expect(w.end).toBe(d);
          expect([365, 366]).toContain(w.end - w.start + 1);
        },
      ),
    );
  });
});

describe("Excel serial dates (1900 system)", () => {
  test("known serials", () => {
    expect(toIso(dayFromExcelSerial(1) as number)).toBe("1900-01-01");
    expect(toIso(dayFromExcelSerial(59) as number)).toBe("1900-02-28");
    expect(dayFromExcelSerial(60)).toBeNull(); // the fictitious 1900-02-29
    expect(toIso(dayFromExcelSerial(61) as number)).toBe("1900-03-01");
    expect(toIso(dayFromExcelSerial(42916) as number)).toBe("2017-06-30");
    expect(toIso(dayFromExcelSerial(42916.75) as number)).toBe("2017-06-30");
    expect(dayFromExcelSerial(0)).toBeNull();
    expect(dayFromExcelSerial(-5)).toBeNull();
  });
  test("serial ↔ day round trip", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60),
        (s) => {
          expect(excelSerialFromDay(dayFromExcelSerial(s) as number)).toBe(s);
        },
      ),
    );
  });
  test("invalid calendar dates are rejected", () => {
    expect(parseIsoDay("2017-02-29")).toBeNull();
    expect(parseIsoDay("2017-13-01")).toBeNull();
    expect(parseIsoDay("17-06-30")).toBeNull();
    expect(toIso(parseIsoDay("2016-02-29") as number)).toBe("2016-02-29");
  });
});
