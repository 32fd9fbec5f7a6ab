// COMPETENCY.SCORE and COMPETENCY.POINTS: the Solutions Partner for Business Applications score
// (SPEC §7.7) of the given certification, revenue and usage ranges. Errors are values (#VALUE!,
// #N/A with a message in the user's language), never exceptions.
import type { Lang, MetricId, PlainCell, TrackId } from "../core";
import { evaluateScore, localText, METRIC_IDS, render, SCORE_WORDS, toIso, truncate2 } from "../core";
import { asOfArg, asOfDay, tableArg, type Arg, type AsOf } from "./args";
import type { FunctionsHost, Streaming } from "./engine";

const M = localText;
const TEXT = {
  needRanges: M(
    "Give at least one of the certification, revenue and usage ranges (header row and data).",
    "请至少提供认证、收入和使用量区域之一（标题行和数据行）。",
  ),
  badTrack: M("track: \"{value}\" is not a track; use Enterprise or SMB.", "轨道：“{value}”不是可识别的轨道；请使用 Enterprise（企业）或 SMB（中小企业）。"),
  badMetric: M(
    "metric: \"{value}\" is not a metric; use netCustomerAdds, intermediateCertifications, advancedCertifications, usageGrowth or deployments.",
    "指标：“{value}”不是可识别的指标；请使用 netCustomerAdds、intermediateCertifications、advancedCertifications、usageGrowth 或 deployments。",
  ),
  failed: M("The score could not be computed: {detail}", "无法计算得分：{detail}"),
};
const say = (k: keyof typeof TEXT, lang: Lang, p: Record<string, string | number> = {}) => render(TEXT[k][lang], p);
const key = (v: unknown) => String(v).normalize("NFKC").toLowerCase().replace(/[\s_.-]+/g, "");
const omitted = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export function trackArg(v: unknown, lang: Lang): Arg<TrackId | undefined> {
  if (omitted(v)) return { ok: true, value: undefined };
  const k = key(v);
  if (k === "enterprise" || k === "企业") return { ok: true, value: "enterprise" };
  if (k === "smb" || k === "中小企业") return { ok: true, value: "smb" };
  return { ok: false, error: say("badTrack", lang, { value: String(v) }) };
}

/** A metric id, its English or Chinese name, or a short word (NCA, intermediate, usage …). */
export function metricArg(v: unknown, lang: Lang): Arg<MetricId> {
  const k = key(v);
  const short: Record<string, MetricId> = { nca: "netCustomerAdds", intermediate: "intermediateCertifications", advanced: "advancedCertifications", usage: "usageGrowth", deployment: "deployments" };
  const hit = METRIC_IDS.find((id) => [id, SCORE_WORDS[id].en, SCORE_WORDS[id]["zh-CN"]].some((n) => key(n) === k)) ?? short[k];
  return hit ? { ok: true, value: hit } : { ok: false, error: say("badMetric", lang, { value: String(v) }) };
}

export interface ScoreArgs {
  certifications?: unknown;
  revenue?: unknown;
  usage?: unknown;
  asOf?: unknown;
  track?: unknown;
}

async function scoreOf(host: FunctionsHost, a: ScoreArgs, pick: (e: ReturnType<typeof evaluateScore>) => number, extra?: Arg<unknown>): Promise<unknown> {
  const lang = host.lang();
  const args = [extra ?? { ok: true, value: null }, tableArg(a.certifications, "certifications", lang), tableArg(a.revenue, "revenue", lang), tableArg(a.usage, "usage", lang), asOfArg(a.asOf, lang), trackArg(a.track, lang)] as const;
  for (const x of args) if (!x.ok) return host.error("value", x.error);
  const [, certs, revenue, usage, asOf, track] = args.map((x) => (x as { value: unknown }).value) as [unknown, PlainCell[][] | undefined, PlainCell[][] | undefined, PlainCell[][] | undefined, AsOf | undefined, TrackId | undefined];
  if (!certs && !revenue && !usage) return host.error("na", say("needRanges", lang));
  try {
    const settingsAsOf = host.settings().asOf;
    // Date cells in the ranges (and a date-cell asOf) are serials of the workbook's date system.
    const system = await host.dateSystem();
    const table = (values: PlainCell[][] | undefined) => (values ? { values, dateSystem: system } : undefined);
    const day = asOf && asOfDay(asOf, system);
    const e = evaluateScore(
      { certifications: table(certs), revenue: table(revenue), usage: table(usage) },
      { asOf: day ?? settingsAsOf ?? toIso(host.today()), track, lang },
    );
    return pick(e);
  } catch (err) {
    return host.error("value", say("failed", lang, { detail: err instanceof Error ? err.message : String(err) }));
  }
}

/** COMPETENCY.SCORE: total points, truncated to 2 decimals (69.996 → 69.99). */
export function scoreFunction(host: FunctionsHost, a: ScoreArgs, invocation: Streaming<number>): void {
  void scoreOf(host, a, (e) => truncate2(e.total)).then((v) => invocation.setResult(v as number));
}

/** COMPETENCY.POINTS: one metric's points. */
export function pointsFunction(host: FunctionsHost, metric: unknown, a: ScoreArgs, invocation: Streaming<number>): void {
  const m = metricArg(metric, host.lang());
  void scoreOf(host, a, (e) => truncate2(e.metrics.find((x) => x.id === (m.ok ? m.value : ""))!.points), m).then((v) => invocation.setResult(v as number));
}
