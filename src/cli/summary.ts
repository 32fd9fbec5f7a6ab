// The terminal summary: the answer first (tier), then per-tier revenue and slots, what is missing,
// the cheapest plan, the revenue and data-issue counts, and where the workbook went.
import { describeNeeds, label, nextTier, sheetLines, SHEET_WORDS, tierName, toIso, usdText, type Evaluation, type Lang } from "../core";
import { say } from "./cli-text";

export interface SummaryContext {
  /** How the as-of date was chosen, for the line that states it. */
  asOfSource: "given" | "sample" | "today";
  outputPath: string | null;
}

const FIRST_ISSUES = 5;

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

function table(rows: string[][], rightAligned: Set<number>): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows.map((r) => "  " + r.map((cell, c) => (rightAligned.has(c) ? padStart(cell, widths[c]) : pad(cell, widths[c]))).join("   ").trimEnd());
}

export function renderSummary(e: Evaluation, lang: Lang, ctx: SummaryContext): string {
  const L = (k: Parameters<typeof label>[0], p?: Record<string, string | number>) => label(k, lang, p);
  const usd = (cents: number) => `$${usdText(cents, lang)}`;
  const zh = lang === "zh-CN";
  /** "Label: value" with the colon of the language. */
  const kv = (k: string, v: string) => (zh ? `${k}：${v}` : `${k}: ${v}`);
  const heading = (t: string) => (zh ? `${t}：` : `${t}:`);
  const out: string[] = [];

  out.push(L("title"));
  if (e.retired) out.push("", `!! ${kv(say("notice", lang), e.retired.message)}`, "");
  out.push(kv(L("result"), tierName(e, e.tier, lang).toUpperCase()));
  out.push(kv(L("competency"), `${e.rules.name[lang]} — ${say("rulesLine", lang, { version: e.rules.version, market: e.rules.marketName[lang] })}`));
  const asOf = toIso(e.asOf);
  const asOfLine = ctx.asOfSource === "sample" ? say("sampleAsOf", lang, { date: asOf }) : ctx.asOfSource === "today" ? say("assumedAsOf", lang, { date: asOf }) : asOf;
  out.push(kv(L("asOf"), asOfLine));
  out.push(kv(L("window"), say("windowRange", lang, { start: toIso(e.revenue.windowStart), end: toIso(e.revenue.windowEnd) })));

  out.push("");
  out.push(say("usdNote", lang));
  const rows = [[L("tier"), say("colRequired", lang), say("colActual", lang), say("colGap", lang), say("colSlots", lang), say("colResult", lang)]];
  for (const t of e.tiers) {
    const why = [!t.revenuePass ? say("failRevenue", lang) : "", !t.examPass ? say("failExams", lang) : ""].filter(Boolean).join(", ");
    rows.push([
      tierName(e, t.id, lang), usd(t.requiredCents), usd(e.revenue.ttmCents), usd(t.gapCents),
      `${t.slotsFilled}/${t.slotsRequired}`, t.pass ? L("pass") : say("fails", lang, { what: why }),
    ]);
  }
  out.push(...table(rows, new Set([1, 2, 3, 4])));

  out.push("");
  const missing = e.tiers.flatMap((t) => t.missing.map((m) => ({ t, m })));
  if (missing.length === 0) out.push(say("noneMissing", lang));
  else {
    out.push(heading(say("missingHeading", lang)));
    for (const { t, m } of missing) {
      out.push(`  - ${say("missingSlot", lang, { tier: tierName(e, t.id, lang), slot: m.slot, needs: describeNeeds(m.requires, e, lang) })}`);
      if (m.candidates.length === 0) out.push(`      ${L("noCandidates")}`);
      else {
        out.push(`      ${say("closest", lang)}`);
        for (const c of m.candidates) out.push(`        ${say("needsWhat", lang, { person: c.person, needs: describeNeeds(c.needs, e, lang) })}`);
      }
    }
  }

  const next = nextTier(e);
  if (!next) out.push("", L("planAllMet"));
  else {
    out.push("");
    const tier = tierName(e, next.id, lang);
    if (next.plan.length === 0) out.push(say("planRevenueOnly", lang, { tier, gap: usdText(next.gapCents, lang) }));
    else {
      out.push(heading(say("planHeading", lang, { tier, count: next.planExamCount })));
      for (const p of next.plan)
        out.push(`  - ${say("planStep", lang, { person: p.person ?? L("newPerson"), slot: p.slot, needs: describeNeeds(p.exams, e, lang) })}`);
      if (next.gapCents > 0) out.push(`  ${L("planRevenueGap", { gap: usdText(next.gapCents, lang) })}`);
    }
  }

  out.push("");
  out.push(heading(say("revenueHeading", lang, { counted: e.revenue.countedRows, excluded: e.revenue.excludedRows })));
  const money: string[][] = [
    ...e.revenue.byProduct.map((p) => [L("counted", { product: p.product }), String(p.rows), usd(p.cents)]),
    ...e.revenue.excluded.map((x) => [L("excluded", { reason: x.label }), String(x.rows), usd(x.cents)]),
  ];
  if (money.length) out.push(...table(money, new Set([1, 2])));

  // Issue 11: which sheets were read, and which were passed over and why.
  out.push("", heading(SHEET_WORDS.heading[lang]), ...sheetLines(e.sheets, lang).map((l) => `  - ${l}`));

  out.push("");
  const count = (s: string) => e.issues.filter((i) => i.severity === s).length;
  out.push(say("issuesHeading", lang, { summary: L("issuesSummary", { errors: count("error"), warnings: count("warning"), infos: count("info") }) }));
  // The retirement notice already heads the summary.
  const ordered = e.issues.filter((i) => i.code !== "rules.retired").sort((a, b) => rank(a.severity) - rank(b.severity));
  for (const i of ordered.slice(0, FIRST_ISSUES)) {
    const where = i.row === null ? i.sheet : say("issueWhere", lang, { sheet: i.sheet, row: i.row });
    const column = i.column ? (zh ? `（${i.column}）` : ` (${i.column})`) : "";
    out.push(`  - [${L(i.severity)}] ${kv(where + column, i.message)}`);
  }
  if (ordered.length > FIRST_ISSUES) out.push(`  ${say("issueMore", lang, { count: ordered.length - FIRST_ISSUES })}`);

  if (ctx.outputPath) out.push("", say("written", lang, { path: ctx.outputPath }));
  return out.join("\n") + "\n";
}

const rank = (s: string) => (s === "error" ? 0 : s === "warning" ? 1 : 2);
