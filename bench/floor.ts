// The floor: a bare single pass over the raw revenue arrays doing only the filter and the sum,
// written as a person would for exactly the forms the benchmark data holds. No header
// detection, no issues, no exclusion report, no matching.

const ELIGIBLE = new Set(["CRM Online", "Dynamics 365 Plan 1", "D365 CE", "Microsoft Dynamics CRM Online"]);
const DPOR = new Set(["Yes", "DPOR", "Y"]);

export function floorTtmCents(rows: readonly (readonly unknown[])[], startSerial: number, endSerial: number): number {
  let total = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (!ELIGIBLE.has(row[1] as string) || !DPOR.has(row[4] as string)) continue;
    const d = row[2];
    const serial =
      typeof d === "number" ? d
        : d instanceof Date ? d.getTime() / 86400000 + 25569
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
