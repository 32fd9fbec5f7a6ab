// Builds assets/sample-workbook.xlsx: a fictitious partner's staff-and-exams sheet and revenue
// sheet in the messy but valid forms real workbooks have. Seeded, so it regenerates identically
// (`npm run sample`). Designed outcome as of SAMPLE_AS_OF (rule version 2017-11-16, developed
// market): Silver passes; Gold revenue passes but one Gold exam slot (business + deployment) is
// missing, and the cheapest plan to Gold is one exam by one named person. The script checks that
// outcome with the core before writing.
import { prng } from "./prng";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { detectHeader, evaluate, REVENUE_FIELDS, STAFF_FIELDS, type Evaluation } from "../src/core";
import { ABOUT_AS_OF_LABEL, ABOUT_SHEET, SAMPLE_PATH } from "../src/cli/bundled-sample";

export const SAMPLE_AS_OF = "2018-06-30";
export const SAMPLE_RULE_VERSION = "2017-11-16";
/** Net new TTM revenue the sample is built to total (counted rows, in USD). */
export const SAMPLE_TTM_USD = 342_567.89;

const SEED = 20180630;

/** A calendar day as ExcelJS writes dates: UTC midnight. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const serial = (iso: string) => Math.round(day(iso).getTime() / 86_400_000) + 25569;

export type Cell = string | number | boolean | Date | null;

export interface SampleSheets {
  about: Cell[][];
  /** Rows from Excel row 1 (a title row and a blank row sit above the header). */
  staff: Cell[][];
  revenue: Cell[][];
}

// ---------------------------------------------------------------- staff

const STAFF_HEADER = ["Name", "Email", "Exam", "Passed on", "Active"];

/**
 * Who holds what on 2018-06-30:
 * - Xu Wei holds business + deployment + customization (typed three ways, rows in three forms);
 *   he is the only person with both business and deployment, so Gold's second
 *   business + deployment slot is the missing one.
 * - Chen Jie held MB2-714 + MB2-710 but has left (Active = No).
 * - Li Na, Zhang Min, Sophie Martin hold business only; Rahul Mehta deployment only: each is one
 *   exam away from the missing slot. Zhang Min passed MB2-715 after the as-of date.
 * - 王芳 (also written Wang Fang, same email), Emily Carter, Daniel Kim hold customization.
 * - Tom Becker's 70-533 is an Azure exam, not a CRM one (the one unknown code).
 */
function staffRows(): Cell[][] {
  const rows: Cell[][] = [
    ["Certified staff — partner operations export", null, null, null, null],
    [],
    STAFF_HEADER,
    ["  xu   wei ", "", "mb2 714", serial("2017-03-01"), "Yes"],
    ["XU WEI", "xu.wei@contoso.com", "MB2-710", day("2017-04-12"), "Y"],
    ["Xu Wei", "xu.wei@contoso.com", "ＭＢ２－７１２", "2017/05/20", true],
    ["王芳", "wang.fang@contoso.com", "Exam MB2-712", "2017年8月3日", "是"],
    ["Wang Fang", "WANG.FANG@contoso.com", "mb2-712", day("2017-08-03"), "Yes"],
    ["Emily Carter", "emily.carter@contoso.com", "MB2-707; MB2-712", day("2016-11-30"), "Yes"],
    ["emily carter", "", "MB2 712", "", "yes"],
    ["Daniel Kim", "daniel.kim@contoso.com", "MB2-716", day("2018-01-22"), "Yes"],
    ["Chen Jie", "chen.jie@contoso.com", "MB2-714; MB2-710", day("2016-06-15"), "No"],
    ["Li Na", "li.na@contoso.com", "MB2714", "2018-02-14", "Yes"],
    ["li na ", "", "", "", "Yes"],
    ["Zhang Min", "zhang.min@contoso.com", "MB2-717", day("2018-03-01"), "Yes"],
    ["zhang  min", "zhang.min@contoso.com", "MB2-715", day("2018-07-20"), "Yes"],
    ["Sophie Martin", "sophie.martin@contoso.com", "MB2-709", serial("2017-02-10"), "Yes"],
    ["Rahul Mehta", "rahul.mehta@contoso.com", "MB2 706", day("2016-09-15"), "TRUE"],
    ["Tom Becker", "tom.becker@contoso.com", "70-533", day("2017-10-05"), "Yes"],
    ["刘洋", "liu.yang@contoso.com", "MB2-713", day("2016-03-18"), "否"],
    ["Anna Schmidt", "anna.schmidt@contoso.com", "MB2-712", day("2015-12-01"), "N"],
  ];
  // Colleagues without CRM exams yet: sales, support and project staff on the same sheet.
  const others = [
    "Olivia Brown",
    "赵磊",
    "Marco Rossi",
    "Priya Sharma",
    "孙丽",
    "James Wilson",
    "周杰",
    "Hannah Lee",
    "Lucas Silva",
    "吴婷",
    "Noah Johnson",
    "Mei Tanaka",
    "黄强",
    "Ethan Davis",
    "Chloe Dubois",
    "郑爽",
    "Ivan Petrov",
    "Grace Taylor",
    "马超",
    "Laura Garcia",
    "Kevin O'Brien",
    "许娜",
  ];
  const filler = ["", "", "n/a", "-", "", "none"];
  others.forEach((name, i) => {
    const email = /[a-z]/i.test(name) ? `${name.toLowerCase().replace(/\s+/g, ".")}@contoso.com` : "";
    rows.push([name, email, filler[i % filler.length], "", i % 7 === 6 ? "No" : "Yes"]);
  });
  return rows;
}

// ---------------------------------------------------------------- revenue

const REVENUE_HEADER = ["Customer", "Product", "Invoice date", "Amount (USD)", "DPOR"];

const CUSTOMERS = [
  "Contoso Pharmaceuticals",
  "Fabrikam Inc.",
  "Northwind Traders",
  "Adventure Works",
  "Tailspin Toys",
  "Wide World Importers",
  "Litware Inc.",
  "Proseware Ltd",
  "上海云帆科技有限公司",
  "北京华信咨询有限公司",
  "Coho Winery",
  "Alpine Ski House",
  "Blue Yonder Airlines",
  "Trey Research",
  "深圳智联网络有限公司",
];

/** Product text as typed, and whether it is eligible under the 2017-11-16 rules. */
const PRODUCTS: { text: string; eligible: boolean; weight: number }[] = [
  { text: "CRM Online", eligible: true, weight: 18 },
  { text: "crm  online", eligible: true, weight: 3 },
  { text: "Microsoft Dynamics CRM Online", eligible: true, weight: 6 },
  { text: "Dynamics 365 Plan 1", eligible: true, weight: 8 },
  { text: "Dynamics 365 - Plan 1", eligible: true, weight: 3 },
  { text: "D365 Plan 1", eligible: true, weight: 4 },
  { text: "Dynamics 365 Customer Engagement", eligible: true, weight: 5 },
  { text: "D365 CE", eligible: true, weight: 6 },
  { text: "Azure", eligible: false, weight: 14 },
  { text: "Office 365 E3", eligible: false, weight: 12 },
  { text: "Office 365 E5", eligible: false, weight: 5 },
];

const ATTRIBUTION: { text: string; counts: boolean; weight: number }[] = [
  { text: "Yes", counts: true, weight: 36 },
  { text: "DPOR", counts: true, weight: 14 },
  { text: "Y", counts: true, weight: 5 },
  { text: "No", counts: false, weight: 10 },
  { text: "CPOR", counts: false, weight: 11 },
  { text: "CSP", counts: false, weight: 10 },
  { text: "", counts: false, weight: 14 },
];

function pick<T extends { weight: number }>(items: T[], r: number): T {
  let x = r * items.reduce((s, i) => s + i.weight, 0);
  for (const i of items) if ((x -= i.weight) < 0) return i;
  return items[items.length - 1];
}

const WINDOW = { start: "2017-07-01", end: SAMPLE_AS_OF };
const FIRST_DAY = day("2016-10-01").getTime();
const SPAN_DAYS = 730; // to 2018-09-30: some rows before the window, some after the as-of date

function grouped(cents: number): string {
  const [int, frac] = (Math.abs(cents) / 100).toFixed(2).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

/** A date cell in one of the forms finance exports use; all read as the same calendar day. */
function dateCell(iso: string, r: number): Cell {
  if (r < 0.65) return day(iso);
  if (r < 0.8) return iso;
  if (r < 0.92) return iso.replace(/-/g, "/");
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** An amount as a number, "$12,345.67" text, plain text, or a credit "(1,200.00)". */
function amountCell(cents: number, r: number): Cell {
  if (cents < 0) return `(${grouped(cents)})`;
  if (r < 0.6) return cents / 100;
  if (r < 0.85) return `$${grouped(cents)}`;
  return grouped(cents);
}

function revenueRows(): { rows: Cell[][]; countedCents: number } {
  const rand = prng(SEED);
  const rows: Cell[][] = [REVENUE_HEADER];
  let countedCents = 0;
  for (let i = 0; i < 299; i++) {
    const iso = new Date(FIRST_DAY + Math.floor(rand() * SPAN_DAYS) * 86_400_000).toISOString().slice(0, 10);
    const product = pick(PRODUCTS, rand());
    const attribution = pick(ATTRIBUTION, rand());
    const credit = rand() < 0.06;
    const cents =
      (credit ? -1 : 1) * (Math.round((credit ? 300 + rand() * 2_500 : 800 + rand() * 11_000) * 100) || 100);
    const customer = CUSTOMERS[Math.floor(rand() * CUSTOMERS.length)];
    rows.push([customer, product.text, dateCell(iso, rand()), amountCell(cents, rand()), attribution.text]);
    if (product.eligible && attribution.counts && iso >= WINDOW.start && iso <= WINDOW.end) countedCents += cents;
  }
  // One true-up invoice brings the counted total to the designed figure.
  const trueUp = Math.round(SAMPLE_TTM_USD * 100) - countedCents;
  if (trueUp <= 0) throw new Error(`sample revenue overshoots the design by ${-trueUp} cents; change SEED`);
  rows.push(["Northwind Traders", "CRM Online", day("2018-06-15"), trueUp / 100, "DPOR"]);
  return { rows, countedCents: countedCents + trueUp };
}

// ---------------------------------------------------------------- workbook

export function buildSample(): SampleSheets {
  const about: Cell[][] = [
    ["About this workbook / 关于本工作簿"],
    [
      "A fictitious Microsoft partner, for trying the Cloud CRM competency report. / 虚构的 Microsoft 合作伙伴，用于试用云 CRM 能力报告。",
    ],
    [ABOUT_AS_OF_LABEL, day(SAMPLE_AS_OF)],
    ["Rule version in force / 生效规则版本", SAMPLE_RULE_VERSION],
    ["Market / 市场", "developed / 成熟市场"],
    ["Regenerate / 重新生成", "npm run sample (scripts/make-sample.ts)"],
  ];
  return { about, staff: staffRows(), revenue: revenueRows().rows };
}

/** The design, checked with the core; throws if the data no longer tells the intended story. */
export function checkDesign(e: Evaluation): void {
  const silver = e.tiers.find((t) => t.id === "silver");
  const gold = e.tiers.find((t) => t.id === "gold");
  const problems = [
    e.rules.version !== SAMPLE_RULE_VERSION && `rule version ${e.rules.version}`,
    e.tier !== "silver" && `tier ${e.tier}`,
    !silver?.pass && "silver does not pass",
    !gold?.revenuePass && "gold revenue does not pass",
    gold?.missing.length !== 1 && `gold misses ${gold?.missing.length} slots`,
    gold?.plan.length !== 1 && `gold plan has ${gold?.plan.length} steps`,
    gold?.plan[0]?.person == null && "gold plan needs a new person",
    gold?.planExamCount !== 1 && `gold plan needs ${gold?.planExamCount} exams`,
    e.revenue.ttmCents !== Math.round(SAMPLE_TTM_USD * 100) && `TTM ${e.revenue.ttmCents / 100}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`sample design not met: ${problems.join("; ")}`);
}

function addSheet(wb: ExcelJS.Workbook, name: string, rows: Cell[][], widths: number[]): void {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
      else if (typeof v === "number" && name === "Revenue") cell.numFmt = "#,##0.00";
    });
  });
}

export async function writeSample(path: string): Promise<SampleSheets> {
  const sample = buildSample();
  // The About sheet must never be mistaken for a table.
  if (detectHeader(sample.about, STAFF_FIELDS) || detectHeader(sample.about, REVENUE_FIELDS))
    throw new Error("About sheet looks like a table");
  const staff = { values: sample.staff, sheet: "Staff" };
  const revenue = { values: sample.revenue, sheet: "Revenue" };
  checkDesign(evaluate(staff, revenue, { asOf: SAMPLE_AS_OF }));

  const wb = new ExcelJS.Workbook();
  wb.creator = "scripts/make-sample.ts";
  wb.created = wb.modified = day(SAMPLE_AS_OF);
  addSheet(wb, ABOUT_SHEET, sample.about, [40, 60]);
  addSheet(wb, "Staff", sample.staff, [22, 30, 22, 14, 8]);
  addSheet(wb, "Revenue", sample.revenue, [30, 34, 14, 16, 8]);
  mkdirSync(dirname(path), { recursive: true });
  await wb.xlsx.writeFile(path);
  return sample;
}

if (require.main === module) {
  const path = process.argv[2] ?? SAMPLE_PATH;
  writeSample(path).then(
    (s) =>
      process.stdout.write(`wrote ${path}: ${s.staff.length - 3} staff rows, ${s.revenue.length - 1} revenue rows\n`),
    (e) => {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
