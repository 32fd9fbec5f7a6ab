// --program business-applications: Partner Center's three downloads read as they come (UTF-8
// with BOM, CRLF, every column of the download), told apart by their headers, in any order.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir, writeWorkbook } from "./helpers";

const csv = (rows: (string | number)[][]) =>
  "\uFEFF" +
  rows
    .map((r) => r.map((c) => (/[",]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(","))
    .join("\r\n") +
  "\r\n";

const REVENUE_HEADER = [
  "FiscalMonthName",
  "GlobalPartnerID",
  "PartnerName",
  "PartnerAssociationType",
  "CustomerID",
  "CustomerName",
  "CustomerTenantID",
  "CustomerTenantName",
  "SubscriptionId",
  "SubscriptionStartDate",
  "Country",
  "WorkloadCategory",
  "Workloads",
  "AdjustedRevenueAmtCD",
];
const rev = (month: string, assoc: string, customerId: string, tenant: string, workload: string, amount: number) => [
  month,
  "4242",
  "Contoso Partners",
  assoc,
  customerId,
  "Fabrikam",
  tenant,
  "Fabrikam Ltd",
  "sub-1",
  "2024-01-01",
  "US",
  "Dynamics 365",
  workload,
  amount,
];
const USAGE_HEADER = [
  "FiscalMonthName",
  "GlobalPartnerID",
  "PartnerName",
  "PartnerAssociationType",
  "CustomerID",
  "CustomerName",
  "CustomerTenantID",
  "CustomerTenantName",
  "SubscriptionID",
  "SubscriptionStartDate",
  "MetricType",
  "WorkloadCategory",
  "Workload",
  "SkuGroup",
  "PAMAU",
  "MAC",
  "MAU",
];
const use = (month: string, assoc: string, tenant: string, workload: string, type: string, mau: number) => [
  month,
  "4242",
  "Contoso Partners",
  assoc,
  "cust-9",
  "Fabrikam",
  tenant,
  "Fabrikam Ltd",
  "sub-1",
  "2024-01-01",
  type,
  "Dynamics 365",
  workload,
  "Enterprise",
  999999,
  888888,
  mau,
];
const CERT_HEADER = [
  "PGAMpnId",
  "TrainingActivityId",
  "TrainingTitle",
  "TrainingType",
  "IndividualFirstName",
  "IndividualLastName",
  "Email",
  "CorpEmail",
  "TrainingCompletionDate",
  "ExpirationDate",
  "ActivationStatus",
  "Month",
  "IcMCP",
  "MCPID",
  "MpnId",
  "PartnerName",
  "PartnerCityLocation",
  "PartnerCountryLocation",
];
const cert = (
  title: string,
  first: string,
  last: string,
  email: string,
  earned: string,
  expires: string,
  status: string,
) => [
  "4242",
  "a1",
  title,
  "Certification",
  first,
  last,
  email,
  "",
  earned,
  expires,
  status,
  "2026-10",
  "",
  "",
  "",
  "Contoso Partners",
  "Seattle",
  "US",
];

function downloads(dir: string): string[] {
  const r = join(dir, "Business applications revenue.csv");
  writeFileSync(
    r,
    csv([
      REVENUE_HEADER,
      rev("2026-10", "CSP T1", "c1", "tenant-a", "Sales", 1600),
      rev("2026-10", "DPOR", "c1", "tenant-b", "Finance", 300),
      rev("2025-10", "PAL", "c1", "tenant-a", "Sales", 5000),
      rev("2026-10", "CPOR", "c2", "tenant-c", "Sales", 900),
    ]),
  );
  const u = join(dir, "Business applications usage.csv");
  writeFileSync(
    u,
    csv([
      USAGE_HEADER,
      use("2025-10", "CPOR OSU", "tenant-a", "Common data service (Customer Engagement)", "Paid", 150), // 30,000 MCV
      use("2026-10", "CPOR OSU", "tenant-a", "Sales", "Paid", 160),
      use("2026-10", "PAL", "tenant-a", "Customer Insights Partner", "Paid", 25000), // 32,000 + 5,000
      use("2026-10", "PAL", "tenant-z", "Power BI", "Trial", 1000),
    ]),
  );
  const c = join(dir, "Trainings, exams and certifications.csv");
  writeFileSync(
    c,
    csv([
      CERT_HEADER,
      cert(
        "Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate",
        "Wei",
        "Xu",
        "xu.wei@contoso.com",
        "2025-05-02",
        "2026-05-02",
        "Active",
      ),
      cert(
        "Microsoft Certified: Power Platform Solution Architect Expert",
        "Li",
        "Yan",
        "yan.li@contoso.com",
        "2025-02-01",
        "2027-02-01",
        "Active",
      ),
      cert("Microsoft Certified: Azure Fundamentals", "Li", "Yan", "yan.li@contoso.com", "2024-01-01", "", "Active"),
    ]),
  );
  return [u, c, r];
}

describe("report --program business-applications", () => {
  it("reads the three Partner Center downloads as they come and prints the §7.7 JSON", async () => {
    const dir = tempDir();
    const r = await runCli(
      ["--program", "business-applications", ...downloads(dir), "--as-of", "2026-11-24", "--json"],
      { cwd: dir },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      program: "business-applications",
      asOf: "2026-11-24",
      month: "2026-10",
      baseMonth: "2025-10",
      track: "smb",
      rules: { version: "2026-05-08" },
    });
    const m = Object.fromEntries(j.metrics.map((x: { id: string }) => [x.id, x]));
    // Customer adds: tenant-a Sales (CSP T1, $1,600) and tenant-b Finance ($300) in L; the PAL row of B does not count.
    expect(m.netCustomerAdds).toMatchObject({ now: 2, base: 0, units: 2, points: 6 });
    // The expired-on-2026-05-02 Business Central consultant does not count; the architect does.
    expect(m.intermediateCertifications).toMatchObject({ now: 0, points: 0 });
    expect(m.advancedCertifications).toMatchObject({ now: 1, points: 7.5 });
    // MAU, not PAMAU or MAC: 37,000 against 30,000 = 23.33 %.
    expect(m.usageGrowth).toMatchObject({ now: 37000, base: 30000, units: 23.33, points: 23.33 });
    expect(m.deployments).toMatchObject({ now: 2, base: 1, points: 4 });
    expect(j.qualified).toBe(false);
    expect(j.plan.map((p: { metric: string }) => p.metric)).toEqual([
      "intermediateCertifications",
      "advancedCertifications",
      "deployments",
    ]);
    expect(j.excluded).toEqual(
      expect.arrayContaining([
        { table: "revenue", reason: "attribution", detail: "CPOR", rows: 1, usd: 900 },
        { table: "usage", reason: "trial", detail: "", rows: 1 },
      ]),
    );
    expect(j.issues.map((i: { message: string }) => i.message)).toEqual(
      expect.arrayContaining([
        'Attribution "CPOR" does not say which CPOR (RevRec, OSA, OSU…); it is not eligible for any metric.',
        '"Microsoft Certified: Azure Fundamentals" is not a Business Applications certification; not counted.',
      ]),
    );
  });

  it("one download alone: the missing tables score 0 with a warning, in Chinese too", async () => {
    const dir = tempDir();
    const [, certs] = downloads(dir);
    const r = await runCli(
      [
        "--program",
        "business-applications",
        certs,
        "--as-of",
        "2026-11-24",
        "--lang",
        "zh-CN",
        "--out",
        join(dir, "out.xlsx"),
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("未达标");
    expect(r.stdout).toContain("未找到收入表；净新增客户记 0 分。");
  });

  it("a workbook: a hidden sheet read for a table no visible sheet holds is a warning; a named sheet that is gone is refused", async () => {
    const dir = tempDir();
    const book = await writeWorkbook(join(dir, "book.xlsx"), [
      {
        name: "Revenue",
        rows: [
          ["Month", "Customer tenant ID", "Workload", "Amount (USD)", "Partner association type"],
          ["2026-10", "t1", "Sales", 300, "DPOR"],
        ],
      },
      {
        name: "Old usage",
        state: "hidden",
        rows: [
          ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "MetricType"],
          ["2026-10", "t1", "Power Apps", 130, "Paid"],
        ],
      },
    ]);
    const ok = await runCli(["--program", "business-applications", book, "--as-of", "2026-11-24", "--json"], {
      cwd: dir,
    });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).issues).toContainEqual({
      sheet: "Old usage",
      row: null,
      column: null,
      severity: "warning",
      message: 'No visible sheet has the usage table; hidden sheet "Old usage" was read.',
    });
    const gone = await runCli(["--program", "business-applications", book, "--usage-sheet", "Usage 2025"], {
      cwd: dir,
    });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain(
      `${book} has no sheet named "Usage 2025" (its sheets: "Revenue", "Old usage"); check --usage-sheet.`,
    );
  });

  it("refuses a file with none of the three tables, and its flags on the Cloud CRM program", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.csv"), "Note,Owner\nhello,me\n");
    const r = await runCli(["--program", "business-applications", join(dir, "notes.csv")], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no header row found in the first 50 rows; expected certifications/);
    const f = await runCli(["--track", "smb"], { cwd: dir });
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/^--track applies to --program business-applications/);
  });
});
