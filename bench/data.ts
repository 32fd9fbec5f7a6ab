// Seeded synthetic workbooks for the benchmark: raw cell values in the mixed forms real sheets
// have (serial and text dates, amounts as numbers and as text, DPOR as yes/no and as types).
import { prng } from "../scripts/prng";
import type { PlainCell } from "../src/core";

export const BENCH_AS_OF = "2018-06-30";
const FIRST_SERIAL = 42736; // 2017-01-01
const SPAN_DAYS = 730;

export const PRODUCTS = [
  "CRM Online",
  "Dynamics 365 Plan 1",
  "D365 CE",
  "Microsoft Dynamics CRM Online",
  "Azure",
  "Office 365 E3",
];
const DPOR = ["Yes", "Yes", "DPOR", "No", "", "CPOR", "Y", "CSP"];

export const REVENUE_HEADER = ["Customer", "Product", "Invoice date", "Amount (USD)", "DPOR"];

/**
 * Cells as a host delivers them: Office.js values arrive as parsed JSON, so strings are flat
 * (not the concatenation ropes a generator builds). Dates survive as Date objects.
 */
export function asDelivered(rows: PlainCell[][]): PlainCell[][] {
  const stamp = /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/;
  return JSON.parse(JSON.stringify(rows), (_k, v) => (typeof v === "string" && stamp.test(v) ? new Date(v) : v));
}

/** "12,345.67" without toLocaleString's cost. */
function grouped(usd: number): string {
  const [int, frac] = Math.abs(usd).toFixed(2).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

function isoOfSerial(serial: number): string {
  return new Date((serial - 25569) * 86400000).toISOString().slice(0, 10);
}

const CHUNK = 10_000;

/** Generates in chunks, each delivered as a host would, so no giant temporary exists. */
function generate(n: number, header: string[], row: (i: number) => PlainCell[]): PlainCell[][] {
  const out: PlainCell[][] = [header];
  for (let start = 0; start < n; start += CHUNK) {
    const chunk: PlainCell[][] = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) chunk.push(row(i));
    for (const r of asDelivered(chunk)) out.push(r);
  }
  return out;
}

export function revenueRows(n: number, seed = 1): PlainCell[][] {
  const r = prng(seed);
  return generate(n, REVENUE_HEADER, (i) => {
    const serial = FIRST_SERIAL + Math.floor(r() * SPAN_DAYS);
    const cents = Math.floor(r() * 2_000_000) - 100_000;
    const form = r();
    const date =
      form < 0.5
        ? serial
        : form < 0.8
          ? isoOfSerial(serial)
          : form < 0.9
            ? isoOfSerial(serial).replace(/-/g, "/")
            : new Date((serial - 25569) * 86400000);
    const amountForm = r();
    const usd = cents / 100;
    const amount =
      amountForm < 0.6
        ? usd
        : amountForm < 0.9
          ? `${usd < 0 ? "-" : ""}$${grouped(usd)}`
          : usd < 0
            ? `(${Math.abs(usd).toFixed(2)})`
            : usd.toFixed(2);
    return [
      `Customer ${i % 5000}`,
      PRODUCTS[Math.floor(r() * PRODUCTS.length)],
      date,
      amount,
      DPOR[Math.floor(r() * DPOR.length)],
    ];
  });
}

/** Clean numeric rows (serial dates, number amounts, Yes/No) — what SUMIFS can work on. */
export function cleanRevenueRows(n: number, seed = 2): PlainCell[][] {
  const r = prng(seed);
  return generate(n, REVENUE_HEADER, (i) => {
    const serial = FIRST_SERIAL + Math.floor(r() * SPAN_DAYS);
    return [
      `Customer ${i % 5000}`,
      PRODUCTS[Math.floor(r() * PRODUCTS.length)],
      serial,
      (Math.floor(r() * 2_000_000) - 100_000) / 100,
      r() < 0.6 ? "Yes" : "No",
    ];
  });
}

const CODES = [
  "MB2-714",
  "mb2 713",
  "MB2709",
  "Exam MB2-710",
  "MB2-706",
  "MB2-712",
  "ＭＢ２－７０７",
  "MB2-717",
  "MB2-715",
  "MB2-716",
  "MB2-999",
];
export const STAFF_HEADER = ["Name", "Email", "Exam", "Passed on", "Active"];

export function staffRows(n: number, seed = 3): PlainCell[][] {
  const r = prng(seed);
  const people = Math.max(1, Math.floor(n / 3));
  return generate(n, STAFF_HEADER, () => {
    const p = Math.floor(r() * people);
    const codes =
      r() < 0.2
        ? `${CODES[Math.floor(r() * CODES.length)]}; ${CODES[Math.floor(r() * CODES.length)]}`
        : CODES[Math.floor(r() * CODES.length)];
    const serial = FIRST_SERIAL - 400 + Math.floor(r() * 900);
    return [
      r() < 0.5 ? `  person ${p} ` : `Person ${p}`,
      `p${p}@contoso.com`,
      codes,
      r() < 0.5 ? serial : isoOfSerial(serial),
      r() < 0.95 ? "Yes" : "No",
    ];
  });
}
