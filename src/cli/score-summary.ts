// The terminal summary of the capability score: the answer first (QUALIFIED or not, total),
// the track and why, each metric, the plan to 70, the six months, exclusions and issues.
import { fixed2, scoreLabel, scoreSummaryModel, toIso, type Lang, type ScoreEvaluation } from "../core";
import { say } from "./cli-text";

const FIRST_ISSUES = 5;

export interface ScoreSummaryContext {
  asOfSource: "given" | "sample" | "today" | "month";
  outputPath: string | null;
  /** CSV inputs and the encodings they were read as. */
  encodings?: { file: string; encoding: string }[];
  /** Hidden rows of the tables read that hold anything (counted like any other). */
  hiddenRows?: number;
}

export function renderScoreSummary(e: ScoreEvaluation, lang: Lang, ctx: ScoreSummaryContext): string {
  const L = (k: Parameters<typeof scoreLabel>[0]) => scoreLabel(k, lang);
  const s = scoreSummaryModel(e, lang);
  const zh = lang === "zh-CN";
  const kv = (k: string, v: string) => (zh ? `${k}：${v}` : `${k}: ${v}`);
  const out: string[] = [];
  out.push(`${s.title} — ${s.designation}`);
  out.push(kv(L("result"), `${s.verdict} — ${s.totalOf}`));
  const source = {
    given: "",
    sample: zh ? "（内置示例的日期）" : " (the bundled sample's date)",
    today: zh ? "（今天）" : " (today)",
    month: zh ? "（--month 之后一个月的最后一天）" : " (last day of the month after --month)",
  }[ctx.asOfSource];
  out.push(
    kv(L("asOf"), `${toIso(e.asOf)}${source}`),
    kv(L("months"), `${e.month} / ${e.baseMonth}`),
    kv(L("ruleVersion"), e.rules.version),
  );
  out.push(kv(L("track"), `${s.track} — ${s.trackReason}`), "");
  const rows = s.metrics.map((m) => [m.name, `${fixed2(m.points)} / ${m.max}`, m.verdict]);
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const r of rows) out.push(`  ${r[0].padEnd(w)}  ${r[1].padStart(12)}  ${r[2]}`);
  out.push("");
  if (s.planNote) out.push(s.planNote);
  else {
    out.push(zh ? `${L("plan")}：` : `${L("plan")}:`);
    for (const p of s.plan) out.push(`  + ${p.units} ${p.unit} (+${fixed2(p.points)})`);
  }
  out.push("", zh ? `${L("history")}：` : `${L("history")}:`);
  out.push(`  ${e.months.map((m) => `${m.month} ${fixed2(m.total)}${m.qualified ? " ✓" : ""}`).join("  ")}`);
  const excluded = e.exclusions.reduce((n, x) => n + x.rows, 0);
  if (excluded) {
    out.push("", zh ? `${L("excluded")}：` : `${L("excluded")}:`);
    for (const x of s.exclusions) out.push(`  ${x.tableName}: ${x.text} — ${x.rows}`);
  }
  if (e.issues.length) {
    out.push("", zh ? `${L("issues")}：` : `${L("issues")}:`);
    for (const i of s.issues.slice(0, FIRST_ISSUES))
      out.push(`  [${i.severityName}] ${i.sheet}${i.row === null ? "" : ` ${i.row}`}: ${i.text}`);
    if (e.issues.length > FIRST_ISSUES)
      out.push(zh ? `  … 另有 ${e.issues.length - FIRST_ISSUES} 条` : `  … and ${e.issues.length - FIRST_ISSUES} more`);
  }
  // What the readers saw that the user should know, as for Cloud CRM.
  const notes = (ctx.encodings ?? []).map((x) => say("readAs", lang, x));
  if (ctx.hiddenRows) notes.push(say("hiddenScoreIncluded", lang, { rows: ctx.hiddenRows }));
  if (notes.length) out.push("", ...notes);
  if (ctx.outputPath) out.push("", say("written", lang, { path: ctx.outputPath }));
  return `${out.join("\n")}\n`;
}
