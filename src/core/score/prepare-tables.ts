// From the tables the readers gave to the rows the score's readers read, as for Cloud CRM (issue 11):
// merged cells filled down (or, for an amount, counted once with a warning), and a revenue or
// usage row repeated on another sheet of the same table counted once.
import type { TableInput } from "../types";
import { dropRowsRepeatedAcrossSheets } from "../duplicate-rows";
import { detectHeader, type FieldSpec } from "../header-detection";
import type { IssueLog } from "../messages";
import { applyMergedAreas, type MergePolicy } from "../merged-cells";
import { CERTIFICATION_FIELDS, SCORE_REVENUE_FIELDS, USAGE_FIELDS } from "./fields";
import type { ScoreTable } from "./types";

const TABLES: Record<ScoreTable, { specs: FieldSpec<string>[]; merges: MergePolicy; amount?: string }> = {
  revenue: {
    specs: SCORE_REVENUE_FIELDS,
    merges: { fill: ["month", "tenant", "workload", "attribution", "currency"], once: ["amount"] },
    amount: "amount",
  },
  usage: {
    specs: USAGE_FIELDS,
    merges: { fill: ["month", "tenant", "workload", "attribution", "metricType"], once: ["units"] },
    amount: "units",
  },
  certifications: {
    specs: CERTIFICATION_FIELDS,
    merges: {
      fill: [
        "person",
        "personId",
        "corpEmail",
        "firstName",
        "lastName",
        "certification",
        "earnedOn",
        "expiresOn",
        "status",
      ],
      once: [],
    },
  },
};

export function prepareScoreTables(kind: ScoreTable, tables: readonly TableInput[], log: IssueLog): TableInput[] {
  const { specs, merges, amount } = TABLES[kind];
  const filled = tables.map((t) => {
    const m = t.mergedAreas?.length ? detectHeader(t.values, specs, t) : null;
    return m ? applyMergedAreas(t, m.mapping, merges, log) : t;
  });
  if (amount === undefined) return filled;
  return dropRowsRepeatedAcrossSheets(filled, log, specs, {
    field: amount,
    as: kind === "revenue" ? "usd" : "units",
  });
}
