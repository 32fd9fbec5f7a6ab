// The floor: a bare single pass over the raw revenue arrays doing only the filter and the sum,
// written as a person would for exactly the forms the benchmark data holds. No header
// detection, no issues, no exclusion report, no matching.

import { parseCents, parseDay } from "../src/core/cells";

const ELIGIBLE = new Set(["CRM Online", "Dynamics 365 Plan 1", "D365 CE", "Microsoft Dynamics CRM Online"]);
const DPOR = new Set(["Yes", "DPOR", "Y"]);

export function floorTtmCents(rows: readonly (readonly unknown[])[], startSerial: number, endSerial: number): number {
  let total = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (!ELIGIBLE.has(row[1] as string) || !DPOR.has(row[4] as string)) continue;
    const d = row[2];
    const serial =
      typeof d === "number"
        ? d
        : d instanceof Date
          ? d.getTime() / 86400000 + 25569
          : Date.parse((d as string).replace(/\//g, "-")) / 86400000 + 25569;
    if (serial < startSerial || serial > endSerial) continue;
    const a = row[3];
    let usd: number;
    if (typeof a === "number") usd = a;
    else {
      const s = a as string;
      const negative = s.startsWith("(") || s.startsWith("-");
      usd = Number(s.replace(/[$,()-]/g, "")) * (negative ? -1 : 1);
    }
    total += Math.round(usd * 100);
  }
  return total;
}

/**
 * The honest floor (issue 13): the same pass, but every row's date and amount is read by the
 * core's own cell parsers (which any evaluator of user-typed cells must run: text dates in five
 * forms, "$1,234.00", "(12.00)", serials, Dates) before the filter. Still no header detection,
 * no issues, no exclusion report, no matching.
 */
export function parsingFloorTtmCents(rows: readonly (readonly unknown[])[], startDay: number, endDay: number): number {
  let total = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const day = parseDay(row[2]);
    const cents = parseCents(row[3]);
    if (day.kind !== "ok" || cents.kind !== "ok") continue;
    if (!ELIGIBLE.has(row[1] as string) || !DPOR.has(row[4] as string)) continue;
    if (day.value < startDay || day.value > endDay) continue;
    total += cents.value;
  }
  return total;
}
