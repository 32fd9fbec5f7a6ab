// The sheets read and passed over (issue 11) as messages: the same sentences in the issues list,
// the JSON `sheets` block, the results sheet and the task pane.
import type { Lang, SheetsReport, TableInput, TableKind } from "./types";
import { message, wordParams, type IssueLog, type MessageCode } from "./messages";

type PassedOver = SheetsReport["passedOver"][number];

const REASON_CODES: Record<PassedOver["reason"], MessageCode> = {
  hidden: "sheet.passedOverHidden",
  fewerFields: "sheet.passedOverFewerFields",
  notExamCodes: "sheet.passedOverNotExamCodes",
  examTitles: "sheet.passedOverExamTitles",
};

export function passedOverMessage(p: PassedOver): { code: MessageCode; params: Record<string, string | number> } {
  return {
    code: REASON_CODES[p.reason],
    params: { sheet: p.sheet, ...wordParams("table", p.table), chosen: p.chosen ?? "", ...wordParams("missing", p.missing ?? []), column: p.column ?? "" },
  };
}

export function passedOverText(p: PassedOver, lang: Lang): string {
  const m = passedOverMessage(p);
  return message(m.code, m.params, lang);
}

/** The report locateTables made, or (for tables given directly) the sheets of the tables. */
export function sheetsReportOf(report: SheetsReport | undefined, staff: readonly TableInput[], revenue: readonly TableInput[]): SheetsReport {
  if (report) return report;
  const used = (table: TableKind, t: TableInput) => ({ table, sheet: t.sheet ?? "", hidden: false, layout: "long" as const });
  return { used: [...staff.map((t) => used("staff", t)), ...revenue.map((t) => used("revenue", t))], passedOver: [] };
}

/** Issues saying which sheets were combined, which hidden sheet was read, and which were passed over. */
export function logSheetChoice(report: SheetsReport, log: IssueLog): void {
  for (const table of ["staff", "revenue"] as const) {
    const used = report.used.filter((u) => u.table === table);
    if (used.length > 1)
      log.add(used[0].sheet, null, null, "info", "sheet.combined", { ...wordParams("table", table), count: used.length, sheets: used.map((u) => `"${u.sheet}"`).join(", ") });
    for (const u of used) if (u.hidden && !u.named) log.add(u.sheet, null, null, "warning", "sheet.hiddenUsed", { ...wordParams("table", table), sheet: u.sheet });
  }
  for (const p of report.passedOver) {
    const m = passedOverMessage(p);
    log.add(p.sheet, null, null, "info", m.code, m.params);
  }
}
