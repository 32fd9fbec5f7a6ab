// The sheets read and passed over (issue 11) as messages: the same sentences in the issues list,
// the JSON `sheets` block, the results sheet and the task pane.
import type { Lang, LocalText, SheetsReport, TableInput, TableKind, TextParams } from "./types";
import { localText as M, MESSAGES, render, tr, WORDS, wordsOf, type IssueLog, type MessageCode } from "./messages";

/** Words of the "sheets read" block (results sheet and CLI summary). */
export const SHEET_WORDS = {
  heading: M("Input sheets", "输入工作表"),
  table: M("Table", "表"),
  sheet: M("Sheet", "工作表"),
  outcome: M("Read or passed over", "读取情况"),
  read: M("Read", "已读取"),
  readHidden: M("Read (hidden sheet)", "已读取（隐藏工作表）"),
  readWide: M("Read (one column per exam)", "已读取（每个考试一列）"),
  range: M("columns {range}", "第 {range} 列"),
  line: M("{table}: {sheets}", "{table}：{sheets}"),
} satisfies Record<string, LocalText>;

type Used = SheetsReport["used"][number];

/** "Read", with the layout, hidden state and columns when they matter. */
export function usedText(u: Used, lang: Lang): string {
  const base = SHEET_WORDS[u.layout === "wide" ? "readWide" : u.hidden ? "readHidden" : "read"][lang];
  return u.range ? `${base} — ${render(SHEET_WORDS.range[lang], { range: u.range })}` : base;
}

/** One line per table naming its sheets ("Revenue: “2016年12月”, “Jun 2017”"), then one per sheet passed over. */
export function sheetLines(report: SheetsReport, lang: Lang): string[] {
  const quote = (s: string) => (lang === "zh-CN" ? `“${s}”` : `"${s}"`);
  const tableWord = (t: TableKind) => WORDS[t][lang].replace(/^./, (c) => c.toUpperCase());
  const lines = (["staff", "revenue"] as const).map((t) =>
    render(SHEET_WORDS.line[lang], {
      table: tableWord(t),
      sheets: report.used
        .filter((u) => u.table === t)
        .map((u) => quote(u.sheet) + (u.range ? ` (${u.range})` : ""))
        .join(lang === "zh-CN" ? "、" : ", "),
    }),
  );
  return [...lines, ...report.passedOver.map((p) => passedOverText(p, lang))];
}

type PassedOver = SheetsReport["passedOver"][number];

const REASON_CODES: Record<PassedOver["reason"], MessageCode> = {
  hidden: "sheet.passedOverHidden",
  fewerFields: "sheet.passedOverFewerFields",
  notExamCodes: "sheet.passedOverNotExamCodes",
  examTitles: "sheet.passedOverExamTitles",
};

export function passedOverMessage(p: PassedOver): { code: MessageCode; params: TextParams } {
  return {
    code: REASON_CODES[p.reason],
    params: {
      sheet: p.sheet,
      table: wordsOf(p.table),
      chosen: p.chosen ?? "",
      missing: wordsOf(p.missing ?? []),
      column: p.column ?? "",
    },
  };
}

export function passedOverText(p: PassedOver, lang: Lang): string {
  const m = passedOverMessage(p);
  return tr(MESSAGES, m.code, lang, m.params);
}

/** Sheets passed over, as one parenthesis to follow "no such table" ("" when none). */
export function passedOverNote(list: readonly PassedOver[] | undefined, lang: Lang): string {
  if (!list?.length) return "";
  const reasons = list.map((p) => passedOverText(p, lang).replace(/[.。]$/, ""));
  return lang === "zh-CN" ? `（${reasons.join("；")}）` : ` (${reasons.join("; ")})`;
}

/** The report locateTables made, or (for tables given directly) the sheets of the tables. */
export function sheetsReportOf(
  report: SheetsReport | undefined,
  staff: readonly TableInput[],
  revenue: readonly TableInput[],
): SheetsReport {
  if (report) return report;
  const used = (table: TableKind, t: TableInput) => ({
    table,
    sheet: t.sheet ?? "",
    hidden: false,
    layout: "long" as const,
  });
  return { used: [...staff.map((t) => used("staff", t)), ...revenue.map((t) => used("revenue", t))], passedOver: [] };
}

/** A hidden sheet read because no visible sheet has its table (not named by the user): a warning, in both programs. */
export function logHiddenUsed(
  log: Pick<IssueLog, "add">,
  used: readonly { sheet: string; hidden: boolean; named?: boolean }[],
  table: LocalText,
): void {
  for (const u of used)
    if (u.hidden && !u.named) log.add(u.sheet, null, null, "warning", "sheet.hiddenUsed", { table, sheet: u.sheet });
}

/** Issues saying which sheets were combined, which hidden sheet was read, and which were passed over. */
export function logSheetChoice(report: SheetsReport, log: IssueLog): void {
  for (const table of ["staff", "revenue"] as const) {
    const used = report.used.filter((u) => u.table === table);
    if (used.length > 1)
      log.add(used[0].sheet, null, null, "info", "sheet.combined", {
        table: wordsOf(table),
        count: used.length,
        sheets: used.map((u) => `"${u.sheet}"`).join(", "),
      });
    logHiddenUsed(log, used, wordsOf(table));
  }
  for (const p of report.passedOver) {
    const m = passedOverMessage(p);
    log.add(p.sheet, null, null, "info", m.code, m.params);
  }
}
