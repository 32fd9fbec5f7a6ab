// The terminal summary: the answer first (tier), then per-tier revenue and slots, what is missing,
// the cheapest plan, the revenue and data-issue counts, and where the workbook went.
import {
  columnsUsed,
  LABELS,
  sheetLines,
  SHEET_WORDS,
  summaryModel,
  SUMMARY_TEXT,
  tr,
  usdText,
  type Evaluation,
  type Lang,
  type TextParams,
} from "../core";
import { say } from "./cli-text";

export interface SummaryContext {
  /** How the as-of date was chosen, for the line that states it. */
  asOfSource: "given" | "sample" | "today";
  outputPath: string | null;
  /** CSV inputs: the encoding each file was read as. */
  encodings?: readonly { file: string; encoding: string }[];
  /** Hidden staff rows that were evaluated (hidden revenue rows come with the evaluation). */
  hiddenStaffRows?: number;
}

const FIRST_ISSUES = 5;

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

function table(rows: string[][], rightAligned: Set<number>): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows.map(
    (r) =>
      "  " +
      r
        .map((cell, c) => (rightAligned.has(c) ? padStart(cell, widths[c]) : pad(cell, widths[c])))
        .join("   ")
        .trimEnd(),
  );
}

export function renderSummary(e: Evaluation, lang: Lang, ctx: SummaryContext): string {
  const m = summaryModel(e, lang);
  const L = (k: keyof typeof LABELS, p?: TextParams) => tr(LABELS, k, lang, p);
  const usd = (cents: number) => `$${usdText(cents, lang)}`;
  const zh = lang === "zh-CN";
  /** "Label: value" with the colon of the language. */
  const kv = (k: string, v: string) => (zh ? `${k}：${v}` : `${k}: ${v}`);
  const heading = (t: string) => (zh ? `${t}：` : `${t}:`);
  const out: string[] = [];

  out.push(m.title);
  if (m.retired) out.push("", `!! ${kv(say("notice", lang), m.retired)}`, "");
  out.push(kv(L("result"), m.tier.toUpperCase()));
  out.push(kv(L("competency"), `${m.competency} — ${m.rulesLine}`));
  const asOfLine =
    ctx.asOfSource === "sample"
      ? say("sampleAsOf", lang, { date: m.asOf })
      : ctx.asOfSource === "today"
        ? say("assumedAsOf", lang, { date: m.asOf })
        : m.asOf;
  out.push(kv(L("asOf"), asOfLine));
  out.push(kv(L("window"), m.window));

  out.push("");
  out.push(say("usdNote", lang));
  const rows = [
    [
      L("tier"),
      say("colRequired", lang),
      say("colActual", lang),
      say("colGap", lang),
      say("colSlots", lang),
      say("colResult", lang),
    ],
  ];
  for (const t of m.tiers)
    rows.push([
      t.name,
      usd(t.requiredCents),
      usd(t.actualCents),
      usd(t.gapCents),
      `${t.slotsFilled}/${t.slotsRequired}`,
      t.verdictWithReasons,
    ]);
  out.push(...table(rows, new Set([1, 2, 3, 4])));

  out.push("");
  if (m.noneMissing) out.push(m.noneMissing);
  else {
    out.push(heading(tr(SUMMARY_TEXT, "missingHeading", lang)));
    for (const slot of m.missing) {
      out.push(`  - ${slot.sentence}`);
      if (slot.candidates.length === 0) out.push(`      ${L("noCandidates")}`);
      else {
        out.push(`      ${tr(SUMMARY_TEXT, "closest", lang)}`);
        for (const c of slot.candidates) out.push(`        ${c.sentence}`);
      }
    }
  }

  out.push("");
  if (m.plan.tierId === null) out.push(m.plan.heading);
  else if (m.plan.revenueOnly) out.push(m.plan.revenueOnly);
  else {
    out.push(heading(m.plan.headingWithCount ?? m.plan.heading));
    for (const p of m.plan.steps) out.push(`  - ${p.sentence}`);
    for (const n of m.plan.notes.slice(1)) out.push(`  ${n}`);
  }

  out.push("");
  out.push(heading(m.revenueHeading));
  if (m.revenue.length)
    out.push(
      ...table(
        m.revenue.map((r) => [r.label, String(r.rows), usd(r.cents)]),
        new Set([1, 2]),
      ),
    );
  if (e.revenue.productsReadAs.length) {
    out.push("", heading(L("productsReadAs")));
    out.push(
      ...table(
        e.revenue.productsReadAs.map((p) => [p.text, `→ ${p.product}`, String(p.rows)]),
        new Set([2]),
      ),
    );
  }

  const used = columnsUsed(e, lang);
  if (used.length) {
    out.push("", heading(L("columnsUsed")));
    out.push(
      ...table(
        used.map((c) => [c.table, c.field, kv(say("sheetWord", lang), c.sheet), `“${c.header}”`]),
        new Set(),
      ),
    );
  }

  // Issue 11: which sheets were read, and which were passed over and why.
  out.push("", heading(SHEET_WORDS.heading[lang]), ...sheetLines(e.sheets, lang).map((l) => `  - ${l}`));

  out.push("");
  out.push(say("issuesHeading", lang, { summary: m.issueCountsLine }));
  // The retirement notice already heads the summary.
  const ordered = m.issues
    .filter((i) => i.code !== "rules.retired")
    .sort((a, b) => rank(a.severity) - rank(b.severity));
  for (const i of ordered.slice(0, FIRST_ISSUES)) {
    const where = i.row === null ? i.sheet : say("issueWhere", lang, { sheet: i.sheet, row: i.row });
    const column = i.column ? (zh ? `（${i.column}）` : ` (${i.column})`) : "";
    out.push(`  - [${i.severityName}] ${kv(where + column, i.text)}`);
  }
  if (ordered.length > FIRST_ISSUES) out.push(`  ${say("issueMore", lang, { count: ordered.length - FIRST_ISSUES })}`);

  const notes = inputNotes(e, lang, ctx);
  if (notes.length) out.push("", ...notes);
  if (ctx.outputPath) out.push("", say("written", lang, { path: ctx.outputPath }));
  return out.join("\n") + "\n";
}

const rank = (s: string) => (s === "error" ? 0 : s === "warning" ? 1 : 2);

/** What the readers saw that the user should know: CSV encodings, hidden rows included. */
function inputNotes(e: Evaluation, lang: Lang, ctx: SummaryContext): string[] {
  const notes = (ctx.encodings ?? []).map((x) => say("readAs", lang, x));
  const hidden = e.revenue.hidden;
  const rows = (ctx.hiddenStaffRows ?? 0) + (hidden?.rows ?? 0);
  if (rows > 0)
    notes.push(
      say("hiddenIncluded", lang, {
        rows,
        counted: hidden?.countedRows ?? 0,
        amount: usdText(hidden?.countedCents ?? 0, lang),
      }),
    );
  return notes;
}
