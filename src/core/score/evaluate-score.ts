// The capability-score evaluator (docs/rules.md §7): certifications, revenue and usage tables + options →
// ScoreEvaluation. Shares the cell parsers, header detection, issue log and dates with Cloud CRM.
import type { Day, TextParams } from "../types";
import { toIso } from "../dates";
import { EvaluateOptionsError, resolveAsOf } from "../evaluate";
import { IssueLog } from "../messages";
import { cmp, frac, max, min, mul, parseFraction, sub, sum, ZERO, type Fraction } from "./fraction";
import { logScoreSheets } from "./locate";
import { SCORE_WORDS, scoreText, tableMissingParams, type ScoreMessage, type ScoreMessageCode } from "./messages";
import { asOfForMonth, lastDayOfMonth, latestMonthOf, monthIso, parseMonthIso, type Month } from "./months";
import { isQualified, planTo, type MetricState } from "./plan";
import { judgeCertification, readCertifications, type CertRow } from "./read-certifications";
import type { PairSums } from "./pair-sums";
import { readScoreRevenue } from "./read-revenue";
import { MCV_SCALE, readScoreUsage } from "./read-usage";
import { chooseScoreRules, SHIPPED_SCORE_RULES } from "./rule-versions";
import type { BusinessApplicationsRules, TrackId } from "./rules-schema";
import { sortExclusions } from "./exclusions";
import { prepareScoreTables } from "./prepare-tables";
import { tableList } from "./score-tables";
import {
  SCORE_TABLES,
  type CountedPerson,
  type MetricResult,
  type MonthTotal,
  type PlanBlock,
  type ScoreEvaluation,
  type ScoreOptions,
  type ScoreTable,
  type ScoreTables,
  type TrackReasonCode,
} from "./types";

const REPORT_SHEET = "(report)";
const HISTORY_MONTHS = 6;

/** Options a surface got from a user, checked without evaluating: what is wrong (rendered by `scoreText`), or null. */
export function checkScoreOptions(
  options: ScoreOptions,
  catalog: readonly BusinessApplicationsRules[] = SHIPPED_SCORE_RULES,
): ScoreMessage | null {
  const r = resolveScoreDates(options);
  if ("error" in r) return r.error;
  const choice = chooseScoreRules(catalog, r.asOf, options.ruleVersion);
  return choice.ok ? null : { code: choice.code, params: choice.params };
}

function resolveScoreDates(options: ScoreOptions): { asOf: Day; latest: Month } | { error: ScoreMessage } {
  const badAsOf = (value: string) => ({ error: { code: "options.badAsOf" as const, params: { value } } });
  let latest: Month | null = null;
  if (options.month !== undefined) {
    latest = parseMonthIso(options.month);
    if (latest === null) return badAsOf(options.month);
  }
  if (options.asOf === undefined) {
    if (latest === null) return badAsOf("");
    return { asOf: asOfForMonth(latest), latest };
  }
  const asOf = resolveAsOf(options.asOf);
  if (asOf === null) return badAsOf(String(options.asOf));
  return { asOf, latest: latest ?? latestMonthOf(asOf) };
}

interface Trackable {
  track: TrackId;
  code: TrackReasonCode;
  params: TextParams;
}

/** docs/rules.md §7.2 / §7.8: Enterprise when, in L and in B, enough workloads have a tenant above $5,000. */
function chooseTrack(
  rules: BusinessApplicationsRules,
  revenue: PairSums | null,
  latest: Month,
  forced: TrackId | undefined,
): Trackable {
  if (forced) return { track: forced, code: "track.forced", params: { track: SCORE_WORDS[forced] } };
  if (!revenue) return { track: "smb", code: "track.noRevenue", params: {} };
  const aboveCents = Math.round(rules.trackTest.revenueAboveUsd * 100);
  const workloadsAbove = (m: Month) => revenue.workloadsAbove(m, aboveCents).size;
  const now = workloadsAbove(latest);
  const base = workloadsAbove(latest - 12);
  const needed = rules.trackTest.workloads;
  const track: TrackId = now >= needed && base >= needed ? "enterprise" : "smb";
  return {
    track,
    code: track === "enterprise" ? "track.enterprise" : "track.smb",
    params: {
      now,
      base,
      needed,
      month: monthIso(latest),
      baseMonth: monthIso(latest - 12),
      above: rules.trackTest.revenueAboveUsd.toLocaleString("en-US"),
    },
  };
}

const countAtLeast = (sums: PairSums | null, m: Month, floor: number) => sums?.countAtLeast(m, floor) ?? 0;
const total = (sums: PairSums | null, m: Month) => sums?.total(m) ?? 0;

interface MonthScore {
  metrics: MetricResult[];
  states: MetricState[];
  total: Fraction;
  qualified: boolean;
  pairs: ScoreEvaluation["pairs"];
}

function scoreMonth(
  rules: BusinessApplicationsRules,
  track: TrackId,
  latest: Month,
  revenue: PairSums | null,
  usage: PairSums | null,
  people: { intermediate: number; advanced: number },
): MonthScore {
  const t = rules.tracks[track];
  const base = latest - 12;
  const m = rules.metrics;
  const floorCents = Math.round(t.customerAddFloorUsd * 100);
  const floorMcv = Math.round(t.deploymentFloorMcv * MCV_SCALE);
  const nNow = countAtLeast(revenue, latest, floorCents);
  const nBase = countAtLeast(revenue, base, floorCents);
  const dNow = countAtLeast(usage, latest, floorMcv);
  const dBase = countAtLeast(usage, base, floorMcv);
  const mcvNow = frac(total(usage, latest), MCV_SCALE);
  const mcvBase = frac(total(usage, base), MCV_SCALE);
  const blockedBy: PlanBlock | null =
    usage === null
      ? "usageTableMissing"
      : cmp(mcvBase, frac(Math.round(t.usageBaselineMcv * MCV_SCALE), MCV_SCALE)) < 0
        ? "usageGrowthBaseline"
        : null;
  const growth = blockedBy
    ? ZERO
    : frac(100n * (sub(mcvNow, mcvBase).n * mcvBase.d), sub(mcvNow, mcvBase).d * mcvBase.n);
  const states: MetricState[] = [
    {
      id: "netCustomerAdds",
      rate: parseFraction(m.netCustomerAdds.pointsPerUnit ?? "3"),
      max: frac(m.netCustomerAdds.max),
      start: frac(nNow - nBase),
    },
    {
      id: "intermediateCertifications",
      rate: parseFraction(t.intermediatePointsPerPerson),
      max: frac(m.intermediateCertifications.max),
      start: frac(people.intermediate),
    },
    {
      id: "advancedCertifications",
      rate: parseFraction(t.advancedPointsPerPerson),
      max: frac(m.advancedCertifications.max),
      start: frac(people.advanced),
    },
    {
      id: "usageGrowth",
      rate: parseFraction(m.usageGrowth.pointsPerUnit ?? "1"),
      max: frac(m.usageGrowth.max),
      start: growth,
    },
    {
      id: "deployments",
      rate: parseFraction(m.deployments.pointsPerUnit ?? "4"),
      max: frac(m.deployments.max),
      start: frac(dNow - dBase),
    },
  ];
  const minimum = frac(Math.round(rules.minimumPointsPerMetric * 1000), 1000);
  const nowBase: Record<string, [Fraction, Fraction | null]> = {
    netCustomerAdds: [frac(nNow), frac(nBase)],
    intermediateCertifications: [frac(people.intermediate), null],
    advancedCertifications: [frac(people.advanced), null],
    usageGrowth: [mcvNow, mcvBase],
    deployments: [frac(dNow), frac(dBase)],
  };
  const metrics: MetricResult[] = states.map((s) => {
    const points = s.id === "usageGrowth" && blockedBy ? ZERO : min(s.max, max(ZERO, mul(s.rate, s.start)));
    return {
      id: s.id,
      points,
      max: Number(s.max.n),
      units: s.start,
      now: nowBase[s.id][0],
      base: nowBase[s.id][1],
      atLeastOne: cmp(points, minimum) >= 0,
      blockedBy: s.id === "usageGrowth" ? blockedBy : null,
    };
  });
  const points = metrics.map((x) => x.points);
  const tot = sum(points);
  return {
    metrics,
    states,
    total: tot,
    qualified: isQualified(points, tot, frac(Math.round(rules.qualifyingTotal * 1000), 1000), minimum),
    pairs: { customerAdds: { now: nNow, base: nBase }, deployments: { now: dNow, base: dBase } },
  };
}

/** People with a certification of each level that counts on `day`. */
function countedPeople(
  rows: readonly CertRow[],
  names: Map<string, string>,
  day: Day,
  rules: BusinessApplicationsRules,
) {
  const byLevel = { intermediate: new Map<string, Set<string>>(), advanced: new Map<string, Set<string>>() };
  const verdicts = rows.map((r) => judgeCertification(r, day, names.get(r.personKey) ?? ""));
  rows.forEach((r, i) => {
    if (!verdicts[i].ok) return;
    const level = byLevel[r.cert.level];
    let held = level.get(r.personKey);
    if (!held) level.set(r.personKey, (held = new Set()));
    held.add(r.cert.id);
  });
  const order = new Map(rules.certifications.map((c, i) => [c.id, i]));
  const list = (m: Map<string, Set<string>>): CountedPerson[] =>
    [...m].map(([key, ids]) => ({
      key,
      name: names.get(key) ?? key,
      certifications: [...ids]
        .sort((a, b) => (order.get(a) as number) - (order.get(b) as number))
        .map((id) => rules.certifications[order.get(id) as number].title),
    }));
  return { verdicts, intermediate: list(byLevel.intermediate), advanced: list(byLevel.advanced) };
}

export function evaluateScore(
  tables: ScoreTables,
  options: ScoreOptions,
  catalog: readonly BusinessApplicationsRules[] = SHIPPED_SCORE_RULES,
): ScoreEvaluation {
  const problem = checkScoreOptions(options, catalog);
  if (problem) throw new EvaluateOptionsError(scoreText(problem, "en"));
  const { asOf, latest } = resolveScoreDates(options) as { asOf: Day; latest: Month };
  const base = latest - 12;
  const choice = chooseScoreRules(catalog, asOf, options.ruleVersion);
  if (!choice.ok) throw new EvaluateOptionsError(scoreText(choice, "en"));
  const rules = choice.rules;
  const log = new IssueLog<ScoreMessageCode>();
  if (options.asOfAssumed) log.add(REPORT_SHEET, null, null, "info", "asOf.assumed", { asOf: toIso(asOf) });
  if (choice.beforeFirst && rules.earlierNote)
    log.add(REPORT_SHEET, null, null, "warning", "score.rulesBeforeFirst", { note: rules.earlierNote });
  if (options.sheets) logScoreSheets(options.sheets, log);

  const months = new Set<Month>();
  for (let k = 0; k < HISTORY_MONTHS; k++) months.add(latest - k).add(latest - k - 12);
  const activity = { rules, log, months, latest, base, dateOrder: options.dateOrder };
  const given = {
    certifications: tableList(tables.certifications, "Certifications"),
    revenue: tableList(tables.revenue, "Revenue"),
    usage: tableList(tables.usage, "Usage"),
  };
  const prepared = (kind: ScoreTable) => prepareScoreTables(kind, given[kind], log);
  const rev = readScoreRevenue(prepared("revenue"), activity);
  const use = readScoreUsage(prepared("usage"), activity);
  const certs = readCertifications(prepared("certifications"), {
    rules,
    catalog,
    log,
    asOf,
    dateOrder: options.dateOrder,
  });
  const found = { certifications: certs.found, revenue: rev.found, usage: use.found };
  if (!found.certifications && !found.revenue && !found.usage)
    log.add(REPORT_SHEET, null, null, "error", "score.noTables");
  else
    for (const table of SCORE_TABLES)
      if (!found[table]) log.add(REPORT_SHEET, null, null, "warning", "score.tableMissing", tableMissingParams(table));
  const revenue = rev.found ? rev.sums : null;
  const usage = use.found ? use.sums : null;

  // Certifications on the as-of date: notes, exclusions by reason, issues naming the person.
  const people = countedPeople(certs.rows, certs.names, asOf, rules);
  for (const n of certs.notes)
    log.add(
      n.sheet,
      n.row,
      n.column,
      n.severity,
      n.code,
      n.params(certs.names.get(certs.rows[n.index].personKey) ?? ""),
    );
  people.verdicts.forEach((v, i) => {
    if (v.ok) return;
    const r = certs.rows[i];
    certs.excluded.add(v.reason);
    log.add(r.sheet, r.row, r.column, v.reason === "exclusion.certNotYetEarned" ? "info" : "warning", v.code, v.params);
    // A month without a day is read as its last day; say so when an earlier day of it would count.
    const person = certs.names.get(r.personKey) ?? "";
    if (r.earnedMonth && judgeCertification({ ...r, earned: r.earnedMonth.first }, asOf, person).ok)
      log.add(r.sheet, r.row, r.column, "warning", "cert.earnedMonthOnly", {
        person,
        cert: r.cert.title,
        value: r.earnedMonth.text,
        date: toIso(r.earned as Day),
      });
  });

  const track = chooseTrack(rules, revenue, latest, options.track);
  const now = scoreMonth(rules, track.track, latest, revenue, usage, {
    intermediate: people.intermediate.length,
    advanced: people.advanced.length,
  });
  const minimum = frac(Math.round(rules.minimumPointsPerMetric * 1000), 1000);
  const blockedBy = now.metrics.find((m) => m.id === "usageGrowth")?.blockedBy ?? null;
  const plan =
    now.qualified || blockedBy ? [] : planTo(now.states, frac(Math.round(rules.qualifyingTotal * 1000), 1000), minimum);

  // The six months up to L: certifications as of the end of the month after each (never after D).
  const history: MonthTotal[] = [];
  for (let k = HISTORY_MONTHS - 1; k >= 0; k--) {
    const m = latest - k;
    if (k === 0) {
      history.push({ month: monthIso(m), track: track.track, total: now.total, qualified: now.qualified });
      continue;
    }
    const day = Math.min(asOf, lastDayOfMonth(m + 1));
    const p = countedPeople(certs.rows, certs.names, day, rules);
    const t = chooseTrack(rules, revenue, m, options.track).track;
    const s = scoreMonth(rules, t, m, revenue, usage, {
      intermediate: p.intermediate.length,
      advanced: p.advanced.length,
    });
    history.push({ month: monthIso(m), track: t, total: s.total, qualified: s.qualified });
  }

  // Pairs below the floors in L and B (reported per pair, not per row).
  const t = rules.tracks[track.track];
  for (const m of [latest, base]) {
    const below = (sums: PairSums | null, floor: number) => sums?.countBelow(m, floor) ?? 0;
    const r = below(revenue, Math.round(t.customerAddFloorUsd * 100));
    if (r) rev.excluded.add("exclusion.belowRevenueFloor", monthIso(m), 0, r);
    const u = below(usage, Math.round(t.deploymentFloorMcv * MCV_SCALE));
    if (u) use.excluded.add("exclusion.belowDeploymentFloor", monthIso(m), 0, u);
  }
  const exclusions = sortExclusions([
    ...rev.excluded.list(t.customerAddFloorUsd),
    ...use.excluded.list(t.deploymentFloorMcv),
    ...certs.excluded.list(),
  ]);

  return {
    program: "business-applications",
    asOf,
    asOfAssumed: options.asOfAssumed ?? false,
    month: monthIso(latest),
    baseMonth: monthIso(base),
    rules: { id: rules.id, version: rules.version, name: rules.name, published: rules.published },
    track: track.track,
    trackForced: options.track !== undefined,
    trackReason: { code: track.code, params: track.params },
    metrics: now.metrics,
    total: now.total,
    qualified: now.qualified,
    qualifyingTotal: rules.qualifyingTotal,
    usageBaselineMcv: rules.tracks[track.track].usageBaselineMcv,
    plan,
    planBlockedBy: now.qualified ? null : blockedBy,
    months: history,
    people: { intermediate: people.intermediate, advanced: people.advanced },
    pairs: now.pairs,
    tablesFound: found,
    exclusions,
    issues: log.finish(),
    sheets: options.sheets ?? {
      used: SCORE_TABLES.flatMap((table) => given[table].map((t) => ({ table, sheet: t.sheet ?? "", hidden: false }))),
      passedOver: [],
    },
    columns: { certifications: certs.mapping, revenue: rev.mapping, usage: use.mapping },
  };
}
