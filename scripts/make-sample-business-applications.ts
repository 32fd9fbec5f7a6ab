// Builds assets/sample-business-applications.xlsx: a fictitious partner for trying the
// Solutions Partner for Business Applications score (docs/rules.md §7). Seeded, and checked against its
// design before writing: as of 2026-11-24 (L = 2026-10, B = 2025-10) the SMB track scores 66 —
// 9 + 16 + 7.5 + 21.5 + 12 — so it does not qualify, and the plan to 70 is one more
// advanced-certified person.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { ABOUT_AS_OF_LABEL, ABOUT_SHEET } from "../src/cli/bundled-sample";
import { SCORE_SAMPLE_PATH } from "../src/cli/score-run";
import { evaluateScore, scoreTableKind, truncate2, type ScoreEvaluation } from "../src/core";
import { prng } from "./prng";

export const SCORE_SAMPLE_AS_OF = "2026-11-24";
const SEED = 20261124;
type Cell = string | number | Date | null;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rand = prng(SEED);
const tenantId = () => {
  const hex = () => Math.floor(rand() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join("");
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
};
const T = Array.from({ length: 12 }, tenantId);

const REVENUE_HEADER = [
  "FiscalMonthName",
  "PartnerAssociationType",
  "CustomerName",
  "CustomerTenantID",
  "WorkloadCategory",
  "Workloads",
  "AdjustedRevenueAmtCD",
];
const USAGE_HEADER = [
  "FiscalMonthName",
  "PartnerAssociationType",
  "CustomerName",
  "CustomerTenantID",
  "MetricType",
  "Workload",
  "MAU",
];
const NAMES = [
  "Fabrikam",
  "Northwind Traders",
  "Tailspin Toys",
  "Wide World Importers",
  "Adventure Works",
  "Litware",
  "Proseware",
  "Woodgrove Bank",
  "Contoso Pharma",
  "Alpine Ski House",
  "Fourth Coffee",
  "Coho Winery",
];

function revenueRows(): Cell[][] {
  const r = (month: string, assoc: string, t: number, workload: string, usd: number): Cell[] => [
    month,
    assoc,
    NAMES[t],
    T[t],
    /Power/.test(workload) ? "Power Platform" : "Dynamics 365",
    workload,
    usd,
  ];
  const rows: Cell[][] = [REVENUE_HEADER];
  // Base month: two customer adds.
  rows.push(r("2025-10", "DPOR", 0, "Business Central", 800), r("2025-10", "CSP T2", 1, "Power Apps", 400));
  // Latest month: five, so a net of 3; and rows that do not count, each for its reason.
  rows.push(
    r("2026-10", "DPOR", 0, "Business Central", 850),
    r("2026-10", "CSP T2", 1, "Power Apps", 420),
    r("2026-10", "CSP Direct", 2, "Sales", 1200),
    r("2026-10", "CSP Direct", 2, "Sales", -100),
    r("2026-10", "CPOR RevRec", 3, "Customer Insights", 300),
    r("2026-10", "DPOR", 4, "Finance", 260),
    r("2026-10", "DPOR", 5, "Sales", 249.99),
    r("2026-10", "PAL", 6, "Power BI", 500),
    r("2026-10", "DPOR", 7, "Marketing", 700),
    r("2026-10", "CPOR", 8, "Sales", 300),
  );
  // The months between, for the six-month totals (seeded, below the Enterprise test).
  for (const month of [
    "2025-05",
    "2025-06",
    "2025-07",
    "2025-08",
    "2025-09",
    "2026-05",
    "2026-06",
    "2026-07",
    "2026-08",
    "2026-09",
  ])
    for (let t = 0; t < 4; t++)
      rows.push(
        r(month, "DPOR", t, ["Business Central", "Power Apps", "Sales", "Finance"][t], Math.round(150 + rand() * 600)),
      );
  return rows;
}

function usageRows(): Cell[][] {
  const u = (month: string, assoc: string, t: number, type: string, workload: string, mau: number): Cell[] => [
    month,
    assoc,
    NAMES[t],
    T[t],
    type,
    workload,
    mau,
  ];
  const rows: Cell[][] = [USAGE_HEADER];
  // Base month: 40,000 MCV in two deployments.
  rows.push(
    u("Oct 2025", "DPOR", 0, "Paid", "Business Central", 20),
    u("Oct 2025", "PAL", 1, "Paid", "Power Apps", 100),
  );
  // Latest month: 48,600 MCV (21.5 % growth) in five deployments.
  rows.push(
    u("Oct 2026", "DPOR", 0, "Paid", "Business Central", 21),
    u("Oct 2026", "PAL", 1, "Paid", "Power Apps", 56),
    u("Oct 2026", "CPOR OSU", 2, "Paid", "Sales", 30),
    u("Oct 2026", "PAL", 3, "Paid", "Customer Insights Partner", 27000),
    u("Oct 2026", "CSP Tier 1", 4, "Paid", "Finance", 50),
    u("Oct 2026", "PAL", 9, "Trial", "Power BI", 500),
    u("Oct 2026", "PAL", 10, "Paid", "Business Central", 12),
    u("Oct 2026", "PAL", 11, "Paid", "Copilot Studio", 300),
  );
  for (const month of [
    "May 2025",
    "Jun 2025",
    "Jul 2025",
    "Aug 2025",
    "Sep 2025",
    "May 2026",
    "Jun 2026",
    "Jul 2026",
    "Aug 2026",
    "Sep 2026",
  ]) {
    const later = month.endsWith("2026");
    rows.push(
      u(month, "DPOR", 0, "Paid", "Business Central", Math.round((later ? 20 : 17) + rand() * 3)),
      u(month, "PAL", 1, "Paid", "Power Apps", Math.round((later ? 70 : 60) + rand() * 20)),
    );
  }
  return rows;
}

function certificationRows(): Cell[][] {
  const c = (
    name: string,
    email: string,
    cert: string,
    earned: string | null,
    expires: string | null,
    status: string,
  ): Cell[] => [name, email, cert, earned ? day(earned) : null, expires ? day(expires) : null, status];
  return [
    ["Name", "Email", "Certification", "Earned on", "Expires", "Status"],
    c(
      "Xu Wei",
      "xu.wei@contoso-partners.com",
      "Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate",
      "2025-04-11",
      "2027-04-11",
      "Active",
    ),
    c(
      "Xu Wei",
      "xu.wei@contoso-partners.com",
      "Microsoft Certified: Power Platform Functional Consultant Associate",
      "2025-09-02",
      "2026-12-02",
      "Active",
    ),
    c(
      "Ana Costa",
      "ana.costa@contoso-partners.com",
      "Exam PL-300: Microsoft Power BI Data Analyst",
      "2026-02-20",
      "2027-02-20",
      "Active",
    ),
    c(
      "Ana Costa",
      "ana.costa@contoso-partners.com",
      "Microsoft Certified: Azure Fundamentals",
      "2024-06-01",
      null,
      "Active",
    ),
    c(
      "Priya Nair",
      "priya.nair@contoso-partners.com",
      "Dynamics 365 Finance Functional Consultant Associate",
      "2025-11-30",
      "2026-11-30",
      "Active",
    ),
    c(
      "Tom Becker",
      "tom.becker@contoso-partners.com",
      "Microsoft Certified: Dynamics 365 Field Service Functional Consultant Associate",
      "2026-03-10",
      "2027-03-10",
      "Active",
    ),
    c(
      "Lars Olsen",
      "lars.olsen@contoso-partners.com",
      "Microsoft Certified: Dynamics 365 Customer Service Functional Consultant Associate",
      "2024-09-30",
      "2026-09-30",
      "Expired",
    ),
    c(
      "Omar Haddad",
      "omar.haddad@contoso-partners.com",
      "Microsoft Certified: Dynamics 365: Finance and Operations Apps Developer Associate",
      "2025-01-15",
      "2027-01-15",
      "Inactive",
    ),
    c(
      "Yan Li",
      "yan.li@contoso-partners.com",
      "Microsoft Certified: Dynamics 365 Business Central Developer Associate",
      "2025-06-18",
      "2027-06-18",
      "Active",
    ),
  ];
}

export function buildScoreSample() {
  const about: Cell[][] = [
    ["About this workbook / 关于本工作簿"],
    [
      "A fictitious Microsoft partner, for trying the Solutions Partner for Business Applications score. / 虚构的 Microsoft 合作伙伴，用于试用业务应用程序解决方案合作伙伴得分。",
    ],
    [ABOUT_AS_OF_LABEL, day(SCORE_SAMPLE_AS_OF)],
    ["Regenerate / 重新生成", "npm run sample:business-applications"],
  ];
  return { about, certifications: certificationRows(), revenue: revenueRows(), usage: usageRows() };
}

/** The design, checked with the core; throws if the data no longer tells the intended story. */
export function checkScoreDesign(e: ScoreEvaluation): void {
  const pts = e.metrics.map((m) => truncate2(m.points)).join(",");
  const problems = [
    e.track !== "smb" && `track ${e.track}`,
    pts !== "9,16,7.5,21.5,12" && `points ${pts}`,
    e.qualified && "qualifies",
    JSON.stringify(e.plan.map((p) => [p.metric, p.units])) !== '[["advancedCertifications",1]]' &&
      `plan ${JSON.stringify(e.plan.map((p) => [p.metric, p.units]))}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`sample design not met: ${problems.join("; ")}`);
}

export async function writeScoreSample(path: string) {
  const s = buildScoreSample();
  if (scoreTableKind(s.about)) throw new Error("About sheet looks like a table");
  checkScoreDesign(
    evaluateScore(
      { certifications: s.certifications, revenue: s.revenue, usage: s.usage },
      { asOf: SCORE_SAMPLE_AS_OF },
    ),
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = "scripts/make-sample-business-applications.ts";
  wb.created = wb.modified = day(SCORE_SAMPLE_AS_OF);
  const add = (name: string, rows: Cell[][], widths: number[]) => {
    const ws = wb.addWorksheet(name);
    ws.columns = widths.map((width) => ({ width }));
    rows.forEach((cells, i) =>
      cells.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getRow(i + 1).getCell(c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
      }),
    );
  };
  add(ABOUT_SHEET, s.about, [40, 60]);
  add("Certifications", s.certifications, [16, 34, 70, 12, 12, 10]);
  add("Revenue", s.revenue, [16, 22, 22, 38, 18, 20, 20]);
  add("Usage", s.usage, [16, 22, 22, 38, 12, 28, 10]);
  mkdirSync(dirname(path), { recursive: true });
  await wb.xlsx.writeFile(path);
  return s;
}

if (require.main === module) {
  const path = process.argv[2] ?? SCORE_SAMPLE_PATH;
  writeScoreSample(path).then(
    (s) =>
      process.stdout.write(
        `wrote ${path}: ${s.certifications.length - 1} certification rows, ${s.revenue.length - 1} revenue rows, ${s.usage.length - 1} usage rows\n`,
      ),
    (e) => {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
