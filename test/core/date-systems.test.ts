// Excel's 1900 and 1904 date systems ("Date systems in Excel", support.microsoft.com): one
// conversion in core for both surfaces, honoured by the staff and revenue readers.
import fc from "fast-check";
import { dayFromExcelSerial, dayFromYmd, excelSerialFromDay, toIso } from "../../src/core/dates";
import { parseDay } from "../../src/core/cells";
import { evaluate } from "../../src/core";

describe("1904 date system", () => {
  test("serial 0 is 1904-01-01; the same date is 1462 higher in 1900", () => {
    expect(toIso(dayFromExcelSerial(0, "1904") as number)).toBe("1904-01-01");
    expect(toIso(dayFromExcelSerial(41454, "1904") as number)).toBe("2017-06-30");
    expect(toIso(dayFromExcelSerial(42916, "1900") as number)).toBe("2017-06-30");
    expect(dayFromExcelSerial(-1, "1904")).toBeNull();
    expect(excelSerialFromDay(dayFromYmd(2017, 6, 30) as number, "1904")).toBe(41454);
  });
  test("from 1900-03-01 on, 1900 serial − 1904 serial is always 1462", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2958465 - 1462 }), (s1904) => {
        const day = dayFromExcelSerial(s1904, "1904") as number;
        expect(excelSerialFromDay(day, "1900")).toBe(s1904 + 1462);
        expect(excelSerialFromDay(day, "1904")).toBe(s1904);
      }),
    );
  });
  test("parseDay reads numbers and serial text in the given system", () => {
    expect(parseDay(41454, "1904")).toEqual({ kind: "ok", value: dayFromYmd(2017, 6, 30) });
    expect(parseDay("41454", "1904")).toEqual({ kind: "ok", value: dayFromYmd(2017, 6, 30) });
    expect(parseDay(41454)).toEqual({ kind: "ok", value: dayFromYmd(2013, 6, 29) });
    expect(parseDay("2017-06-30", "1904")).toEqual({ kind: "ok", value: dayFromYmd(2017, 6, 30) });
  });
  test("the staff and revenue readers honour TableInput.dateSystem", () => {
    const s = (iso: string, system: "1900" | "1904") =>
      excelSerialFromDay(dayFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)) as number, system);
    const tables = (system: "1900" | "1904") => ({
      staff: {
        values: [
          ["Name", "Exam", "Passed on"],
          ["Ann", "MB2-707", s("2017-03-01", system)],
        ],
        dateSystem: system,
      },
      revenue: {
        values: [
          ["Product", "Date", "Amount", "DPOR"],
          ["CRM Online", s("2017-05-01", system), 60000, "Yes"],
        ],
        dateSystem: system,
      },
    });
    const a = evaluate(tables("1900").staff, tables("1900").revenue, { asOf: "2017-06-30" });
    const b = evaluate(tables("1904").staff, tables("1904").revenue, { asOf: "2017-06-30" });
    expect(b.revenue.ttmCents).toBe(6_000_000);
    expect(b.revenue.ttmCents).toBe(a.revenue.ttmCents);
    expect(b.issues).toEqual(a.issues);
    // The same 1904 serials read as 1900 serials are four years early: outside the window.
    const wrong = evaluate(
      { values: tables("1904").staff.values },
      { values: tables("1904").revenue.values },
      { asOf: "2017-06-30" },
    );
    expect(wrong.revenue.ttmCents).toBe(0);
  });
});
