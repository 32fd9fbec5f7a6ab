// Part 7: the Business Applications score on N revenue + N usage + M certification rows of raw
// cells (Partner Center shapes), against two bare single passes over the same arrays: one that
// does only the month filter, the eligibility sets and the per-(tenant, workload) sums of month L,
// and one that makes the same sums as the score (the twelve months it reads).
import { evaluateScore, truncate2, type PlainCell } from "../../src/core";
import { prng } from "../../scripts/prng";
import { arg, gc, heapPeakOf, maxRssMb, report, timeIt } from "../measure";

const revenueN = arg("revenue", 1_000_000);
const usageN = arg("usage", 1_000_000);
const certN = arg("certs", 10_000);
const AS_OF = "2026-11-24";
const rand = prng(15);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
const MONTHS = ["2025-10", "2026-10", "2026-09", "2025-09", "2026-05", "2025-12"];
const TENANTS = Array.from({ length: 20_000 }, (_, i) => `0000${i}-aaaa-4bbb-8ccc-${String(i).padStart(12, "0")}`);
const REV_WORKLOADS = [
  "Sales",
  "Finance",
  "Power BI",
  "Business Central",
  "Customer Service",
  "Marketing",
  "Power Apps",
];
const REV_ASSOC = ["DPOR", "CSP T1", "CSP Tier 2", "PAL", "CPOR RevRec", "CPOR"];
const USE_WORKLOADS = [
  "Sales",
  "Business Central",
  "Power Apps",
  "Customer Insights Partner",
  "Finance",
  "Copilot Studio",
];
const USE_ASSOC = ["DPOR", "CPOR OSU", "PAL", "CSP T1"];

const revenue: PlainCell[][] = [
  [
    "FiscalMonthName",
    "PartnerAssociationType",
    "CustomerTenantID",
    "WorkloadCategory",
    "Workloads",
    "AdjustedRevenueAmtCD",
  ],
];
for (let i = 0; i < revenueN; i++)
  revenue.push([
    pick(MONTHS),
    pick(REV_ASSOC),
    pick(TENANTS),
    "Dynamics 365",
    pick(REV_WORKLOADS),
    Math.round(rand() * 300000) / 100,
  ]);
const usage: PlainCell[][] = [
  ["FiscalMonthName", "PartnerAssociationType", "CustomerTenantID", "MetricType", "Workload", "MAU"],
];
for (let i = 0; i < usageN; i++)
  usage.push([
    pick(MONTHS),
    pick(USE_ASSOC),
    pick(TENANTS),
    rand() < 0.1 ? "Trial" : "Paid",
    pick(USE_WORKLOADS),
    Math.floor(rand() * 50),
  ]);
const certs: PlainCell[][] = [
  ["Email", "TrainingTitle", "TrainingCompletionDate", "ExpirationDate", "ActivationStatus"],
];
for (let i = 0; i < certN; i++)
  certs.push([
    `p${Math.floor((rand() * certN) / 2)}@x.com`,
    pick(["MB-800", "PL-300", "MB-820", "Azure Fundamentals"]),
    "2025-06-01",
    "2027-06-01",
    "Active",
  ]);

// The floor, written as a person would for exactly these forms.
const NCA = new Set(["Sales", "Finance", "Power BI", "Business Central", "Customer Service", "Power Apps"]);
const NCA_ASSOC = new Set(["DPOR", "CSP T1", "CSP Tier 2", "CPOR RevRec"]);
const RATE: Record<string, [string, number, boolean]> = {
  Sales: ["ce", 200, true],
  "Business Central": ["bc", 1000, true],
  "Power Apps": ["pa", 200, false],
  "Customer Insights Partner": ["ci", 0.2, false],
  Finance: ["fo", 100, true],
};
function floor() {
  const ncaL = new Map<string, number>();
  for (let i = 1; i < revenue.length; i++) {
    const r = revenue[i];
    if (r[0] !== "2026-10" || !NCA.has(r[4] as string) || !NCA_ASSOC.has(r[1] as string)) continue;
    const k = `${String(r[2])}|${String(r[4])}`;
    ncaL.set(k, (ncaL.get(k) ?? 0) + Math.round((r[5] as number) * 100));
  }
  let n = 0;
  for (const v of ncaL.values()) if (v >= 25000) n++;
  let mcv = 0;
  const pairs = new Map<string, number>();
  for (let i = 1; i < usage.length; i++) {
    const r = usage[i];
    const rate = RATE[r[4] as string];
    if (r[0] !== "2026-10" || !rate || r[3] === "Trial" || (rate[2] ? r[1] === "PAL" : r[1] !== "PAL")) continue;
    const k = `${String(r[2])}|${rate[0]}`;
    const v = (r[5] as number) * rate[1];
    mcv += v;
    pairs.set(k, (pairs.get(k) ?? 0) + v);
  }
  const people = new Set<string>();
  for (let i = 1; i < certs.length; i++)
    if (certs[i][1] === "MB-800" || certs[i][1] === "PL-300") people.add(certs[i][0] as string);
  return { n, mcv: Math.round(mcv), people: people.size };
}

// The same sums the score makes, written as bare: every month the score reads (the six months up
// to L for its history, and their base months), revenue per (tenant, NCA workload) and usage MCV
// per (tenant, rate-card workload), then the L and B counts and totals. No parsing, no
// normalisation, no validation: what remains of the score once its generality is taken away.
const READ = new Set(["2026-10", "2026-09", "2026-08", "2026-07", "2026-06", "2026-05"]);
for (const m of [...READ]) READ.add(`${Number(m.slice(0, 4)) - 1}${m.slice(4)}`);
function sameSums() {
  // month → tenant → workload → sum: no key strings made per row.
  type Sums = Map<string, Map<string, Map<string, number>>>;
  const add = (sums: Sums, month: string, tenant: string, workload: string, v: number) => {
    let m = sums.get(month);
    if (!m) sums.set(month, (m = new Map()));
    let t = m.get(tenant);
    if (!t) m.set(tenant, (t = new Map()));
    t.set(workload, (t.get(workload) ?? 0) + v);
  };
  const rev: Sums = new Map();
  for (let i = 1; i < revenue.length; i++) {
    const r = revenue[i];
    const month = r[0] as string;
    if (!READ.has(month) || !NCA.has(r[4] as string) || !NCA_ASSOC.has(r[1] as string)) continue;
    add(rev, month, r[2] as string, r[4] as string, Math.round((r[5] as number) * 100));
  }
  const use: Sums = new Map();
  for (let i = 1; i < usage.length; i++) {
    const r = usage[i];
    const month = r[0] as string;
    const rate = RATE[r[4] as string];
    if (!READ.has(month) || !rate || r[3] === "Trial" || (rate[2] ? r[1] === "PAL" : r[1] !== "PAL")) continue;
    add(use, month, r[2] as string, rate[0], (r[5] as number) * rate[1]);
  }
  const count = (m: Map<string, Map<string, number>> | undefined, floor: number) => {
    let n = 0;
    for (const t of m?.values() ?? []) for (const v of t.values()) if (v >= floor) n++;
    return n;
  };
  const total = (m: Map<string, Map<string, number>> | undefined) => {
    let sum = 0;
    for (const t of m?.values() ?? []) for (const v of t.values()) sum += v;
    return sum;
  };
  const people = new Set<string>();
  for (let i = 1; i < certs.length; i++)
    if (certs[i][1] === "MB-800" || certs[i][1] === "PL-300") people.add(certs[i][0] as string);
  return {
    n: count(rev.get("2026-10"), 25000),
    nBase: count(rev.get("2025-10"), 25000),
    mcv: Math.round(total(use.get("2026-10"))),
    mcvBase: Math.round(total(use.get("2025-10"))),
    people: people.size,
  };
}

const run = () => evaluateScore({ certifications: certs, revenue, usage }, { asOf: AS_OF, track: "smb" });
const bare = timeIt(floor);
const same = timeIt(sameSums);
const full = timeIt(run);
gc();
const heap = heapPeakOf(run);
const m = Object.fromEntries(full.result.metrics.map((x) => [x.id, x]));
const got = {
  n: truncate2(m.netCustomerAdds.now),
  mcv: Math.round(truncate2(m.usageGrowth.now)),
  people: truncate2(m.intermediateCertifications.now),
};
if (JSON.stringify(got) !== JSON.stringify(bare.result))
  throw new Error(`the score ${JSON.stringify(got)} and the floor ${JSON.stringify(bare.result)} disagree`);
const gotBoth = {
  n: truncate2(m.netCustomerAdds.now),
  nBase: truncate2(m.netCustomerAdds.base ?? m.netCustomerAdds.now),
  mcv: Math.round(truncate2(m.usageGrowth.now)),
  mcvBase: Math.round(truncate2(m.usageGrowth.base ?? m.usageGrowth.now)),
  people: truncate2(m.intermediateCertifications.now),
};
if (JSON.stringify(gotBoth) !== JSON.stringify(same.result))
  throw new Error(`the score ${JSON.stringify(gotBoth)} and the same sums ${JSON.stringify(same.result)} disagree`);
report("score", {
  revenueRows: revenueN,
  usageRows: usageN,
  certRows: certN,
  floorMs: bare.ms,
  sameSumsMs: same.ms,
  scoreMs: full.ms,
  ratioToFloor: full.ms / bare.ms,
  ratioToSameSums: full.ms / same.ms,
  heapPeakMb: heap.peakMb,
  processMaxRssMb: maxRssMb(),
  total: truncate2(full.result.total),
});
