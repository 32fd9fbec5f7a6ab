// issue 15: a column the user names (TableInput.columns, as the add-in's pane gives it) is the one
// the score's readers read — revenue and usage (activity-rows) and certifications — and the tie
// warning about that field is settled; the JSON and the results sheet name the chosen header.
import {
  evaluateScore,
  toScoreContractJson,
  type MetricId,
  type PlainCell,
  type ScoreEvaluation,
  type ScoreTable,
  type TableInput,
} from "../../src/core";

const AS_OF = "2026-11-24"; // L = 2026-10, B = 2025-10 (SMB track forced: floors $250 and 5,000 MCV)

/** Each table with two columns that both look like one field: detection takes the left one, with a tie warning. */
const TABLES: Record<ScoreTable, { values: PlainCell[][]; field: string; right: number; metric: MetricId }> = {
  revenue: {
    values: [
      ["Month", "Customer tenant ID", "Workload", "Amount", "Revenue", "Partner association type"],
      ["2026-10", "t1", "Sales", 100, 2000, "DPOR"],
    ],
    field: "amount",
    right: 4,
    metric: "netCustomerAdds",
  },
  usage: {
    values: [
      ["FiscalMonthName", "CustomerTenantID", "Workload", "MAU", "Units", "MetricType", "PartnerAssociationType"],
      ["2026-10", "t1", "Power Apps", 10, 60, "Paid", "PAL"], // 2,000 or 12,000 MCV
    ],
    field: "units",
    right: 4,
    metric: "deployments",
  },
  certifications: {
    values: [
      ["Name", "Email", "Exam", "Certification", "Earned on"],
      ["Ann Lee", "ann@x.com", "AZ-900", "MB-820", "2026-01-05"],
    ],
    field: "certification",
    right: 3,
    metric: "advancedCertifications",
  },
};

const evaluate = (table: ScoreTable, columns?: Record<string, number>): ScoreEvaluation => {
  const input: TableInput = { values: TABLES[table].values, sheet: "Sheet1", ...(columns ? { columns } : {}) };
  return evaluateScore({ [table]: input }, { asOf: AS_OF, track: "smb" });
};
const now = (e: ScoreEvaluation, id: MetricId) => toScoreContractJson(e, "en").metrics.find((m) => m.id === id)!.now;
const ties = (e: ScoreEvaluation) => e.issues.filter((i) => i.code === "column.tie");

describe.each(Object.keys(TABLES) as ScoreTable[])("the %s table", (table) => {
  const { values, field, right, metric } = TABLES[table];

  test("detection reads the left column and says there is a tie", () => {
    const e = evaluate(table);
    expect(now(e, metric)).toBe(0);
    expect(ties(e)).toHaveLength(1);
    const header = String(values[0][right - 1]);
    expect(toScoreContractJson(e, "en").columns[table]).toMatchObject({ [field]: { sheet: "Sheet1", header } });
  });

  test("the user's column is read, named in the JSON, and the tie is no longer reported", () => {
    const e = evaluate(table, { [field]: right });
    expect(now(e, metric)).toBe(1);
    expect(ties(e)).toEqual([]);
    const header = String(values[0][right]);
    expect(toScoreContractJson(e, "en").columns[table]).toMatchObject({ [field]: { sheet: "Sheet1", header } });
  });
});
