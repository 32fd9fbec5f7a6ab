// Evaluation → the results sheet as data (values, number formats, semantic styles). Computed
// once; the add-in's sheet writer and the file writer only render it.
import { passedOverText, SHEET_WORDS, usedText } from "./sheet-report";
import type { CellFormat, CellStyle, Evaluation, GridCell, Lang, ReportGrid, TextParams } from "./types";
import { toIso } from "./dates";
import { tr, WORDS } from "./messages";
import { columnsUsed, describeNeeds, LABELS, usdText } from "./report-text";
import { summaryModel, type IssueLine } from "./summary-model";

export const RESULTS_SHEET_NAMES: Record<Lang, string> = { en: "Competency Results", "zh-CN": "能力评估结果" };

/** Our results sheet, or a numbered copy of it ("Competency Results (2)"). */
export function isResultsSheetName(name: string): boolean {
  return Object.values(RESULTS_SHEET_NAMES).some(
    (base) => name === base || new RegExp(`^${base} \\(\\d+\\)$`).test(name),
  );
}

export interface CellLook {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

export const STYLE_PALETTE: Record<CellStyle, CellLook> = {
  title: { bold: true, size: 14, fontColor: "#1F3864" },
  section: { bold: true, size: 12, fill: "#D9E1F2", fontColor: "#1F3864" },
  header: { bold: true, fill: "#EDEDED" },
  label: { bold: true },
  plain: {},
  pass: { bold: true, fill: "#C6EFCE", fontColor: "#006100" },
  fail: { bold: true, fill: "#FFC7CE", fontColor: "#9C0006" },
  missing: { fill: "#FFC7CE", fontColor: "#9C0006" },
  note: { italic: true, fontColor: "#595959" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

export const NUMBER_FORMATS: Record<CellFormat, string> = {
  text: "@",
  general: "General",
  integer: "#,##0",
  usd: "$#,##0.00",
  date: "yyyy-mm-dd",
};

export const WIDTH = 9;

export class GridBuilder {
  rows: GridCell[][] = [];
  row(cells: (GridCell | string | number | null)[], rowStyle?: CellStyle): void {
    const out: GridCell[] = cells.map((c) =>
      c !== null && typeof c === "object"
        ? c
        : { value: c, ...(typeof c === "string" ? { format: "text" as const } : {}) },
    );
    while (out.length < WIDTH) out.push({ value: null });
    if (rowStyle) for (const c of out) c.style = c.style ?? rowStyle;
    this.rows.push(out);
  }
  blank(): void {
    this.row([]);
  }
  section(title: string): void {
    this.blank();
    this.row([{ value: title, format: "text" }], "section");
  }
}

/** A text cell, and an integer cell (both programs' results sheets). */
export const text = (value: string, style?: CellStyle): GridCell => ({
  value,
  format: "text",
  ...(style ? { style } : {}),
});
const usd = (cents: number, style?: CellStyle): GridCell => ({
  value: cents / 100,
  format: "usd",
  ...(style ? { style } : {}),
});
export const int = (n: number, style?: CellStyle): GridCell => ({
  value: n,
  format: "integer",
  ...(style ? { style } : {}),
});
const date = (day: number): GridCell => ({ value: toIso(day), format: "date" });
const verdict = (ok: boolean, word: string): GridCell => text(word, ok ? "pass" : "fail");
const severityStyle = (s: string): CellStyle => (s === "error" ? "fail" : s === "warning" ? "warning" : "note");

/** Issue 11's "Input sheets" section: every sheet read (a hidden one as a warning), then every sheet passed over and why. */
export function sheetsSection(
  g: GridBuilder,
  lang: Lang,
  used: readonly { table: string; sheet: string; outcome: string; hidden: boolean }[],
  passedOver: readonly { table: string; sheet: string; why: string }[],
): void {
  g.section(SHEET_WORDS.heading[lang]);
  g.row([SHEET_WORDS.table[lang], SHEET_WORDS.sheet[lang], SHEET_WORDS.outcome[lang]], "header");
  for (const u of used) g.row([text(u.table), text(u.sheet), text(u.outcome, u.hidden ? "warning" : undefined)]);
  for (const p of passedOver) g.row([text(p.table), text(p.sheet), text(p.why, "note")]);
}

/** The issues section, each issue's severity filled by its weight; `L` gives the headings in the report's language. */
export function issuesSection(
  g: GridBuilder,
  issues: readonly IssueLine[],
  L: (k: "issues" | "noIssues" | "sheet" | "row" | "column" | "severity" | "message") => string,
): void {
  g.section(L("issues"));
  if (issues.length === 0) {
    g.row([text(L("noIssues"), "note")]);
    return;
  }
  g.row([L("sheet"), L("row"), L("column"), L("severity"), L("message")], "header");
  for (const i of issues)
    g.row([
      text(i.sheet),
      i.row === null ? null : int(i.row),
      i.column === null ? null : text(i.column),
      text(i.severityName, severityStyle(i.severity)),
      text(i.text),
    ]);
}

/** The results sheet: the summary model (summary-model.ts) laid out as a grid. */
export function buildReportGrid(e: Evaluation, lang: Lang): ReportGrid {
  const g = new GridBuilder();
  const L = (k: keyof typeof LABELS, p?: TextParams) => tr(LABELS, k, lang, p);
  const s = summaryModel(e, lang);
  const pass = L("pass"),
    fail = L("fail");

  g.row([text(s.title, "title")]);
  g.row([text(L("competency"), "label"), text(s.competency)]);
  g.row([
    text(L("ruleVersion"), "label"),
    text(e.rules.version),
    text(L("market"), "label"),
    text(e.rules.marketName[lang]),
  ]);
  g.row([text(L("asOf"), "label"), date(e.asOf), ...(e.asOfAssumed ? [text(L("asOfAssumedNote"), "note")] : [])]);
  g.row([text(L("window"), "label"), date(e.revenue.windowStart), date(e.revenue.windowEnd)]);
  g.row([text(L("result"), "label"), text(s.tier, e.tier === "none" ? "fail" : "pass")]);
  if (s.retired) g.row([text(L("notice"), "label"), text(s.retired, "warning")]);
  g.row([text(L("issuesCount"), "label"), text(s.issueCountsLine)]);

  g.section(L("tiers"));
  g.row(
    [
      L("tier"),
      L("required"),
      L("actual"),
      L("gap"),
      L("slotsFilled"),
      L("slotsRequired"),
      L("revenueCheck"),
      L("examsCheck"),
      L("result"),
    ],
    "header",
  );
  for (const t of s.tiers)
    g.row([
      text(t.name),
      usd(t.requiredCents),
      usd(t.actualCents),
      usd(t.gapCents, t.gapCents ? "fail" : undefined),
      int(t.slotsFilled),
      int(t.slotsRequired),
      verdict(t.revenuePass, t.revenuePass ? pass : fail),
      verdict(t.examPass, t.examPass ? pass : fail),
      verdict(t.pass, t.verdict),
    ]);

  g.section(L("slots"));
  g.row([L("tier"), L("slot"), L("requirement"), L("status"), L("person"), L("examsHeld"), L("candidates")], "header");
  for (const t of e.tiers) {
    const name = s.tiers.find((x) => x.id === t.id)?.name ?? t.id;
    const missing = s.missing.filter((m) => m.tierId === t.id);
    const slots = [...t.filled.map((f) => ({ n: f.slot, f })), ...missing.map((m) => ({ n: m.slot, m }))].sort(
      (a, b) => a.n - b.n,
    );
    for (const slot of slots) {
      if ("f" in slot && slot.f)
        g.row([
          text(name),
          int(slot.n),
          text(describeNeeds(slot.f.requires, e, lang)),
          text(L("filled"), "pass"),
          text(slot.f.person),
          text(slot.f.exams.join(", ")),
          null,
        ]);
      else if ("m" in slot && slot.m) {
        const cands = slot.m.candidates.map((c) => c.sentence).join("; ") || L("noCandidates");
        g.row(
          [
            text(name),
            int(slot.n),
            text(slot.m.requirement),
            text(L("missing")),
            text(L("missingPerson")),
            null,
            text(cands),
          ],
          "missing",
        );
      }
    }
  }

  g.section(s.plan.heading);
  if (s.plan.tierId !== null) {
    if (s.plan.steps.length) {
      g.row([L("person"), L("slot"), L("planExams")], "header");
      for (const p of s.plan.steps)
        g.row([p.newPerson ? text(p.person, "missing") : text(p.person), int(p.slot), text(p.exams)]);
    }
    s.plan.notes.forEach((n, i) => g.row([text(n, i === 0 ? "note" : "fail")]));
  }

  const used = columnsUsed(e, lang);
  if (used.length) {
    g.section(L("columnsUsed"));
    g.row([L("table"), L("field"), L("sheet"), L("header")], "header");
    for (const c of used) g.row([text(c.table), text(c.field), text(c.sheet), text(c.header)]);
  }

  g.section(L("revenueDetail"));
  g.row([L("category"), L("rows"), L("amount")], "header");
  for (const r of s.revenue.filter((x) => x.kind === "counted")) g.row([text(r.label), int(r.rows), usd(r.cents)]);
  g.row([text(L("countedTotal"), "label"), int(e.revenue.countedRows, "label"), usd(e.revenue.ttmCents, "label")]);
  for (const r of s.revenue.filter((x) => x.kind === "excluded"))
    g.row([text(r.label, "note"), int(r.rows), usd(r.cents)]);
  if (e.revenue.productsReadAs.length) {
    g.section(L("productsReadAs"));
    g.row([L("productText"), L("readAs"), L("rows")], "header");
    for (const p of e.revenue.productsReadAs) g.row([text(p.text), text(p.product), int(p.rows)]);
  }

  const affected = e.people.filter((p) => p.notAccepted.length > 0);
  if (affected.length) {
    g.section(L("notAccepted"));
    g.row([L("person"), L("exam"), L("reason")], "header");
    for (const p of affected)
      for (const n of p.notAccepted)
        g.row([
          text(p.name),
          text(n.code),
          text(
            n.reason === "expired"
              ? L("reasonExpired")
              : n.reason === "not-listed"
                ? L("reasonNotListed", { other: n.acceptedBy ?? "?" })
                : L("reasonUnknown"),
          ),
        ]);
  }

  // Issue 11: every sheet read, and every sheet passed over with the reason.
  sheetsSection(
    g,
    lang,
    e.sheets.used.map((u) => ({
      table: WORDS[u.table][lang],
      sheet: u.sheet,
      outcome: usedText(u, lang),
      hidden: u.hidden,
    })),
    e.sheets.passedOver.map((p) => ({ table: WORDS[p.table][lang], sheet: p.sheet, why: passedOverText(p, lang) })),
  );
  issuesSection(g, s.issues, L);

  const columnWidths = fitColumns(g.rows);
  return { sheetName: RESULTS_SHEET_NAMES[lang], rows: g.rows, width: WIDTH, columnWidths, frozenRows: 1 };
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 36;

/** Display width in characters, CJK counted double. */
function displayWidth(c: GridCell): number {
  const s = c.format === "usd" ? `$${usdText(Number(c.value) * 100, "en")}` : String(c.value);
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Column widths from content, capped so the sheet prints readably; cells longer than their
 * column are marked to wrap. Titles and section headings may overflow into empty neighbours.
 */
export function fitColumns(rows: GridCell[][]): number[] {
  const widths = new Array<number>(WIDTH).fill(MIN_WIDTH);
  const flowing = (row: GridCell[], i: number) => i === 0 && (row[0].style === "title" || row[0].style === "section");
  for (const row of rows)
    row.forEach((c, i) => {
      if (c.value !== null && !flowing(row, i))
        widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], displayWidth(c) + 2));
    });
  for (const row of rows)
    row.forEach((c, i) => {
      if (c.value !== null && !flowing(row, i) && displayWidth(c) + 2 > widths[i]) c.wrap = true;
    });
  return widths;
}
