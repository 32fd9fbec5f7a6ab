// Evaluation → the results sheet as data (values, number formats, semantic styles). Computed
// once; the add-in's sheet writer and the file writer only render it.
import type { CellFormat, CellStyle, Evaluation, GridCell, Lang, ReportGrid } from "./types";
import { toIso } from "./dates";
import { describeNeeds, label, nextTier, tierName, usdText } from "./report-text";

export const RESULTS_SHEET_NAMES: Record<Lang, string> = { en: "Competency Results", "zh-CN": "能力评估结果" };

/** Our results sheet, or a numbered copy of it ("Competency Results (2)"). */
export function isResultsSheetName(name: string): boolean {
  return Object.values(RESULTS_SHEET_NAMES).some((base) => name === base || new RegExp(`^${base} \\(\\d+\\)$`).test(name));
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
    const out: GridCell[] = cells.map((c) => (c !== null && typeof c === "object" ? c : { value: c, ...(typeof c === "string" ? { format: "text" as const } : {}) }));
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

const text = (value: string, style?: CellStyle): GridCell => ({ value, format: "text", ...(style ? { style } : {}) });
const usd = (cents: number, style?: CellStyle): GridCell => ({ value: cents / 100, format: "usd", ...(style ? { style } : {}) });
const int = (n: number, style?: CellStyle): GridCell => ({ value: n, format: "integer", ...(style ? { style } : {}) });
const date = (day: number): GridCell => ({ value: toIso(day), format: "date" });
const verdict = (ok: boolean, lang: Lang): GridCell => text(label(ok ? "pass" : "fail", lang), ok ? "pass" : "fail");

export function buildReportGrid(e: Evaluation, lang: Lang = e.lang): ReportGrid {
  const g = new GridBuilder();
  const L = (k: Parameters<typeof label>[0], p?: Record<string, string | number>) => label(k, lang, p);
  const count = (s: string) => e.issues.filter((i) => i.severity === s).length;

  g.row([text(L("title"), "title")]);
  g.row([text(L("competency"), "label"), text(e.rules.name[lang])]);
  g.row([text(L("ruleVersion"), "label"), text(e.rules.version), text(L("market"), "label"), text(e.rules.marketName[lang])]);
  g.row([text(L("asOf"), "label"), date(e.asOf), ...(e.asOfAssumed ? [text(L("asOfAssumedNote"), "note")] : [])]);
  g.row([text(L("window"), "label"), date(e.revenue.windowStart), date(e.revenue.windowEnd)]);
  g.row([text(L("result"), "label"), text(tierName(e, e.tier, lang), e.tier === "none" ? "fail" : "pass")]);
  if (e.retired) g.row([text(L("notice"), "label"), text(e.retired.message, "warning")]);
  g.row([text(L("issuesCount"), "label"), text(L("issuesSummary", { errors: count("error"), warnings: count("warning"), infos: count("info") }))]);

  g.section(L("tiers"));
  g.row([L("tier"), L("required"), L("actual"), L("gap"), L("slotsFilled"), L("slotsRequired"), L("revenueCheck"), L("examsCheck"), L("result")], "header");
  for (const t of e.tiers)
    g.row([
      text(tierName(e, t.id, lang)), usd(t.requiredCents), usd(e.revenue.ttmCents), usd(t.gapCents, t.gapCents ? "fail" : undefined),
      int(t.slotsFilled), int(t.slotsRequired), verdict(t.revenuePass, lang), verdict(t.examPass, lang), verdict(t.pass, lang),
    ]);

  g.section(L("slots"));
  g.row([L("tier"), L("slot"), L("requirement"), L("status"), L("person"), L("examsHeld"), L("candidates")], "header");
  for (const t of e.tiers) {
    const slots = [...t.filled.map((f) => ({ n: f.slot, f })), ...t.missing.map((m) => ({ n: m.slot, m }))].sort((a, b) => a.n - b.n);
    for (const s of slots) {
      const name = tierName(e, t.id, lang);
      if ("f" in s && s.f)
        g.row([text(name), int(s.n), text(describeNeeds(s.f.requires, e, lang)), text(L("filled"), "pass"), text(s.f.person), text(s.f.exams.join(", ")), null]);
      else if ("m" in s && s.m) {
        const cands = s.m.candidates.map((c) => `${c.person}: ${describeNeeds(c.needs, e, lang)}`).join("; ") || L("noCandidates");
        g.row([text(name), int(s.n), text(describeNeeds(s.m.requires, e, lang)), text(L("missing")), text(L("missingPerson")), null, text(cands)], "missing");
      }
    }
  }

  const next = nextTier(e);
  g.section(next ? L("plan", { tier: tierName(e, next.id, lang) }) : L("planAllMet"));
  if (next) {
    if (next.plan.length === 0) g.row([text(L("planNone"), "note")]);
    else {
      g.row([L("person"), L("slot"), L("planExams")], "header");
      for (const p of next.plan) g.row([p.person === null ? text(L("newPerson"), "missing") : text(p.person), int(p.slot), text(describeNeeds(p.exams, e, lang))]);
      g.row([text(L("planTotal", { count: next.planExamCount }), "note")]);
    }
    if (next.gapCents > 0) g.row([text(L("planRevenueGap", { gap: usdText(next.gapCents, lang) }), "fail")]);
  }

  g.section(L("revenueDetail"));
  g.row([L("category"), L("rows"), L("amount")], "header");
  for (const p of e.revenue.byProduct) g.row([text(L("counted", { product: p.product })), int(p.rows), usd(p.cents)]);
  g.row([text(L("countedTotal"), "label"), int(e.revenue.countedRows, "label"), usd(e.revenue.ttmCents, "label")]);
  for (const x of e.revenue.excluded) g.row([text(L("excluded", { reason: x.label }), "note"), int(x.rows), usd(x.cents)]);

  const affected = e.people.filter((p) => p.notAccepted.length > 0);
  if (affected.length) {
    g.section(L("notAccepted"));
    g.row([L("person"), L("exam"), L("reason")], "header");
    for (const p of affected)
      for (const n of p.notAccepted)
        g.row([text(p.name), text(n.code), text(n.reason === "expired" ? L("reasonExpired") : n.reason === "not-listed" ? L("reasonNotListed", { other: n.acceptedBy ?? "?" }) : L("reasonUnknown"))]);
  }

  g.section(L("issues"));
  if (e.issues.length === 0) g.row([text(L("noIssues"), "note")]);
  else {
    g.row([L("sheet"), L("row"), L("column"), L("severity"), L("message")], "header");
    for (const i of e.issues)
      g.row([text(i.sheet), i.row === null ? null : int(i.row), i.column === null ? null : text(i.column), text(L(i.severity), i.severity === "error" ? "fail" : i.severity === "warning" ? "warning" : "note"), text(i.message)]);
  }

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
      if (c.value !== null && !flowing(row, i)) widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], displayWidth(c) + 2));
    });
  for (const row of rows)
    row.forEach((c, i) => {
      if (c.value !== null && !flowing(row, i) && displayWidth(c) + 2 > widths[i]) c.wrap = true;
    });
  return widths;
}
