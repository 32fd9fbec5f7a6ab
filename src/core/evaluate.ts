// The one evaluator every surface shares: staff + revenue tables + options → Evaluation.
import type {
  Candidate,
  Day,
  EvaluateOptions,
  LocalText,
  Evaluation,
  FilledSlot,
  GroupNeed,
  Market,
  MissingSlot,
  PlanStep,
  RawTable,
  RuleSet,
  TableInput,
  TierEvaluation,
} from "./types";
import { parseIsoDay, toIso } from "./dates";
import { cheapestPlan, maxMatching, popcount, type Seat } from "./matching";
import { IssueLog, MESSAGES, tr, WORDS } from "./messages";
import { readRevenue } from "./revenue";
import { chooseRules, SHIPPED_RULES } from "./rule-versions";
import { readStaff, type Person } from "./staff";
import { logSheetChoice, sheetsReportOf } from "./sheet-report";
import { asTables, combineRevenue, prepareRevenueTables, prepareStaffTable } from "./table-preparation";

export class EvaluateOptionsError extends Error {}

const CANDIDATES_PER_SLOT = 3;
const REPORT_SHEET = "(report)";

export function resolveAsOf(asOf: string | Day): Day | null {
  if (typeof asOf === "number") return Number.isInteger(asOf) ? asOf : null;
  return parseIsoDay(asOf);
}

/** Options a surface got from a user, checked without evaluating: a sentence in options.lang, or null. */
export function checkOptions(options: EvaluateOptions): string | null {
  const lang = options.lang ?? "en";
  const asOf = resolveAsOf(options.asOf);
  if (asOf === null) return tr(MESSAGES, "options.badAsOf", lang, { value: String(options.asOf) });
  const catalog = Array.isArray(options.rules) ? options.rules : options.rules ? [options.rules] : SHIPPED_RULES;
  const r = chooseRules(catalog, asOf, options.market ?? "developed", options.ruleVersion, lang);
  return r.ok ? null : r.error.message;
}

/** Group ids → bitmask, in rule order. */
function groupBits(rules: RuleSet): Map<string, number> {
  return new Map(rules.examGroups.map((g, i) => [g.id, 1 << i]));
}

/** Each table may be one sheet's table, several sheets' tables (combined), or bare values. */
export function evaluate(
  staff: TableInput | readonly TableInput[] | RawTable,
  revenue: TableInput | readonly TableInput[] | RawTable,
  options: EvaluateOptions,
): Evaluation {
  const problem = checkOptions(options);
  if (problem) throw new EvaluateOptionsError(problem);
  const asOf = resolveAsOf(options.asOf) as Day;
  const userCatalog = Array.isArray(options.rules) ? options.rules : options.rules ? [options.rules] : null;
  const catalog = userCatalog ?? SHIPPED_RULES;
  const market: Market = options.market ?? "developed";
  const choice = chooseRules(catalog, asOf, market, options.ruleVersion);
  if (!choice.ok) throw new EvaluateOptionsError(choice.error.message);
  const rules = choice.value.rules;
  // To name "the version that lists it", look across the user's versions and ours of the same id.
  const namingCatalog = [
    ...catalog,
    ...(userCatalog ? SHIPPED_RULES.filter((r) => r.id === rules.id && !catalog.includes(r)) : []),
  ];

  const log = new IssueLog();
  if (options.asOfAssumed) log.add(REPORT_SHEET, null, null, "info", "asOf.assumed", { asOf: toIso(asOf) });
  if (choice.value.fallbackFrom)
    log.add(REPORT_SHEET, null, null, "warning", "rules.marketFallback", {
      requested: choice.value.fallbackFrom,
      market: WORDS[market],
      used: rules.version,
    });
  let retired: Evaluation["retired"] = null;
  if (rules.retired && asOf > rules.retired.onDay) {
    retired = { on: rules.retired.on, note: rules.retired.note };
    log.add(REPORT_SHEET, null, null, "warning", "rules.retired", { note: rules.retired.note });
  }

  const staffTables = asTables(staff, "Staff");
  const revenueTables = asTables(revenue, "Revenue");
  const sheets = sheetsReportOf(options.sheets, staffTables, revenueTables);
  logSheetChoice(sheets, log);
  const staffRead = readStaff(
    staffTables.map((t) => prepareStaffTable(t, log)),
    { asOf, rules, catalog: namingCatalog, log, dateOrder: options.dateOrder },
  );
  const revenueReads = prepareRevenueTables(revenueTables, log).map((t) =>
    readRevenue(t, { asOf, rules, log, dateOrder: options.dateOrder }),
  );
  const revenueRead = {
    summary: combineRevenue(revenueReads.map((r) => r.summary)),
    mapping: revenueReads.find((r) => r.mapping)?.mapping ?? null,
  };
  const thresholds = rules.markets[market]?.revenueUsd ?? {};
  const groups = groupsOf(rules, staffRead.people, asOf);
  const tiers = rules.tiers.map((t) =>
    evaluateTier(t, groups, staffRead.people, revenueRead.summary.ttmCents, thresholds[t.id] ?? 0),
  );
  const passing = tiers.filter((t) => t.pass);
  return {
    asOf,
    asOfAssumed: options.asOfAssumed ?? false,
    rules: {
      id: rules.id,
      version: rules.version,
      market,
      name: rules.name,
      published: rules.published,
      marketName: marketNameOf(rules, market),
      groupNames: Object.fromEntries(rules.examGroups.map((g) => [g.id, g.name])),
      tierNames: rules.tiers.map((t) => ({ id: t.id, name: t.name })),
    },
    retired,
    tier: passing.length ? passing[passing.length - 1].id : "none",
    tiers,
    revenue: revenueRead.summary,
    people: staffRead.people.map((p) => ({ key: p.key, name: p.name, exams: p.accepted, notAccepted: p.notAccepted })),
    issues: log.finish(),
    sheets,
    columns: { staff: staffRead.mapping, revenue: revenueRead.mapping },
  };
}

/** The rule file's name for the market, or ours when the file leaves it out. */
function marketNameOf(rules: RuleSet, market: Market): LocalText {
  const name = rules.markets[market]?.name;
  return name?.en ? name : WORDS[market];
}

/** What every tier needs about exam groups: bits, each person's groups, and a group mask's exams. */
interface Groups {
  bits: Map<string, number>;
  /** Groups each person holds an accepted exam of, as a bitmask (same order as people). */
  masks: number[];
  /** The groups in a mask, each with the exams accepted on the as-of date. */
  needsOf: (mask: number) => GroupNeed[];
}

function groupsOf(rules: RuleSet, people: Person[], asOf: Day): Groups {
  const bits = groupBits(rules);
  const until = new Map(rules.exams.map((e) => [e.code, e.acceptedUntilDay ?? Infinity]));
  const accepted = new Map(
    rules.examGroups.map((g) => [g.id, g.exams.filter((c) => asOf <= (until.get(c) ?? Infinity))]),
  );
  const needsOf = (mask: number): GroupNeed[] =>
    rules.examGroups
      .filter((g) => mask & (bits.get(g.id) as number))
      .map((g) => ({ group: g.id, exams: [...(accepted.get(g.id) as string[])] }));
  const masks = people.map((p) => {
    let m = 0;
    for (const g of rules.examGroups) if (g.exams.some((c) => p.accepted.includes(c))) m |= bits.get(g.id) as number;
    return m;
  });
  return { bits, masks, needsOf };
}

function evaluateTier(
  tier: RuleSet["tiers"][number],
  groups: Groups,
  people: Person[],
  ttmCents: number,
  requiredUsd: number,
): TierEvaluation {
  const { bits, masks, needsOf } = groups;
  const seats: Seat[] = tier.slots.flatMap((s) => {
    const mask = s.requires.reduce((m, g) => m | (bits.get(g) as number), 0);
    return Array.from({ length: s.count }, () => ({ mask }));
  });

  // The plan's zero-cost seats are a maximum matching whenever they are as many as one: use them
  // so the slot table and the plan tell the same story; otherwise the matching decides.
  const planned = cheapestPlan(seats, masks);
  const matched = maxMatching(seats, masks);
  const fromPlan = planned.map((a) => (a.person >= 0 && a.missing === 0 ? a.person : -1));
  const assigned = fromPlan.filter((p) => p >= 0).length === matched.filter((p) => p >= 0).length ? fromPlan : matched;
  const busy = new Set(assigned.filter((p) => p >= 0));
  const filled: FilledSlot[] = [];
  const missing: MissingSlot[] = [];
  assigned.forEach((p, s) => {
    const requires = needsOf(seats[s].mask);
    if (p >= 0) {
      const exams = requires.flatMap((g) => g.exams.filter((c) => people[p].accepted.includes(c)));
      filled.push({ slot: s + 1, requires, personKey: people[p].key, person: people[p].name, exams });
      return;
    }
    // Closest free people: fewest groups still missing, then the most accepted exams held.
    const candidates: Candidate[] = people
      .map((person, i) => ({ i, person, lack: seats[s].mask & ~masks[i] }))
      .filter((c) => !busy.has(c.i))
      .sort(
        (a, b) =>
          popcount(a.lack) - popcount(b.lack) || b.person.accepted.length - a.person.accepted.length || a.i - b.i,
      )
      .slice(0, CANDIDATES_PER_SLOT)
      .map((c) => ({ personKey: c.person.key, person: c.person.name, needs: needsOf(c.lack) }));
    missing.push({ slot: s + 1, requires, candidates });
  });

  const plan: PlanStep[] = planned
    .map((a, s) => ({ a, s }))
    .filter(({ a }) => a.missing !== 0)
    .map(({ a, s }) => ({
      personKey: a.person >= 0 ? people[a.person].key : null,
      person: a.person >= 0 ? people[a.person].name : null,
      slot: s + 1,
      exams: needsOf(a.missing),
    }));

  const requiredCents = Math.round(requiredUsd * 100);
  const revenuePass = ttmCents >= requiredCents;
  const examPass = missing.length === 0;
  return {
    id: tier.id,
    name: tier.name,
    pass: revenuePass && examPass,
    revenuePass,
    examPass,
    requiredCents,
    gapCents: Math.max(0, requiredCents - ttmCents),
    slotsRequired: seats.length,
    slotsFilled: filled.length,
    filled,
    missing,
    plan,
    planExamCount: plan.reduce((n, p) => n + p.exams.length, 0),
  };
}
