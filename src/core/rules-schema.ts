// The rule file, as a valibot schema: it validates a shipped or a user's file, it is the source of
// the RuleSet type, and scripts/rule-file-schema.ts turns it into docs/rule-file.schema.json for
// people writing rule files. Errors name the bad field by path, e.g.
// `tiers[1].slots[0].requires[1]: unknown exam group "deploy"`. Dates are parsed here, once.
import * as v from "valibot";
import type { Day, LocalText } from "./types";
import { parseIsoDay } from "./dates";
import { normalizeExamCode } from "./exam-codes";
import { err, ok, type Result } from "./result";

const NON_EMPTY = "must be a non-empty string";
const TEXT = 'must be an object with "en" and "zh-CN" text';
const OBJECT = "must be an object";

/** A missing field says what its own schema would (e.g. "must be a non-empty string"). */
const MISSING = new WeakMap<object, string>();
function fieldMessage(schema: unknown): string | undefined {
  const s = schema as { message?: unknown; pipe?: readonly unknown[] };
  const own = MISSING.get(s) ?? (typeof s.message === "string" ? s.message : undefined);
  return own ?? (s.pipe ? fieldMessage(s.pipe[0]) : undefined);
}
/** An object schema whose messages name the problem: a wrong type, or a missing field. */
function record<E extends v.ObjectEntries>(entries: E, message: string) {
  const schema = v.object(entries, (issue: v.ObjectIssue) => {
    const key = issue.path?.[issue.path.length - 1]?.key;
    const missing = issue.input === undefined && typeof key === "string" && key in entries;
    return (missing ? fieldMessage(entries[key]) : undefined) ?? message;
  });
  MISSING.set(schema, message);
  return schema;
}

const nonEmptyString = () => v.pipe(v.string(NON_EMPTY), v.trim(), v.nonEmpty(NON_EMPTY));
const list = <T extends v.GenericSchema>(item: T, nonEmpty = true) =>
  nonEmpty
    ? v.pipe(v.array(item, "must be a non-empty list"), v.nonEmpty("must be a non-empty list"))
    : v.array(item, "must be a list");

const isoDate = v.pipe(
  v.string("must be a date YYYY-MM-DD"),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"),
  v.check((s) => parseIsoDay(s) !== null, "must be a date YYYY-MM-DD"),
  v.description("A calendar date, YYYY-MM-DD."),
);
/** The day of an ISO date that `isoDate` has already accepted. */
const dayOf = (iso: string): Day => parseIsoDay(iso) ?? Number.NaN;

const localText = record({ en: nonEmptyString(), "zh-CN": nonEmptyString() }, TEXT);
const NO_TEXT = { en: "", "zh-CN": "" };

const examCode = v.pipe(
  v.string(NON_EMPTY),
  v.trim(),
  v.nonEmpty(NON_EMPTY),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const code = normalizeExamCode(dataset.value);
    if (code) return code;
    addIssue({ message: `"${dataset.value}" is not an exam code like MB2-714` });
    return NEVER;
  }),
);

const exam = v.pipe(
  record({ code: examCode, title: localText, acceptedUntil: v.optional(isoDate) }, OBJECT),
  v.transform(
    ({
      acceptedUntil,
      ...e
    }): {
      code: string;
      title: LocalText;
      /** Last day (ISO) on which this exam still fills a slot; absent = no end. */
      acceptedUntil?: string;
      acceptedUntilDay?: Day;
    } => (acceptedUntil === undefined ? e : { ...e, acceptedUntil, acceptedUntilDay: dayOf(acceptedUntil) }),
  ),
);

const examGroup = record(
  {
    id: nonEmptyString(),
    name: localText,
    /** Normalized here; whether each is in the catalog is checked with the whole file. */
    exams: list(
      v.pipe(
        v.string("must be an exam code"),
        v.transform((x) => normalizeExamCode(x) ?? x),
      ),
    ),
  },
  OBJECT,
);

const slot = record(
  {
    count: v.pipe(
      v.number("must be a whole number from 1 to 100"),
      v.integer("must be a whole number from 1 to 100"),
      v.minValue(1, "must be a whole number from 1 to 100"),
      v.maxValue(100, "must be a whole number from 1 to 100"),
      v.description("How many distinct people this requirement needs."),
    ),
    requires: v.pipe(
      list(v.string("must be an exam group id")),
      v.description("Exam group ids; one person must hold an accepted exam of each."),
    ),
  },
  OBJECT,
);

const tier = record(
  {
    id: v.pipe(nonEmptyString(), v.notValue("none", '"none" is reserved for "no tier"')),
    name: localText,
    slots: list(slot),
  },
  OBJECT,
);

const USD = "must be a non-negative USD amount (at most 2 decimals)";
const usdAmount = v.pipe(
  v.number(USD),
  v.finite(USD),
  v.minValue(0, USD),
  v.check((n) => Math.round(n * 100) === Number((n * 100).toPrecision(15)), USD),
);

const market = v.pipe(
  record(
    {
      name: v.optional(localText),
      revenueUsd: v.pipe(
        v.record(v.string(), usdAmount, "must map each tier id to a USD amount"),
        v.description("Net new revenue threshold per tier id, in USD."),
      ),
    },
    OBJECT,
  ),
  v.transform((m) => ({ ...m, name: m.name ?? NO_TEXT })),
);

const markets = v.pipe(
  v.strictObject({ developed: v.optional(market), developing: v.optional(market) }, (issue) =>
    issue.expected === "never"
      ? 'market must be "developed" or "developing"'
      : 'must define "developed" and/or "developing"',
  ),
  v.check((m) => Object.keys(m).length > 0, 'must define "developed" and/or "developing"'),
);

const product = record(
  {
    id: nonEmptyString(),
    name: nonEmptyString(),
    aliases: list(
      v.pipe(
        v.string(NON_EMPTY),
        v.check((a) => a.trim() !== "", NON_EMPTY),
      ),
      false,
    ),
  },
  OBJECT,
);

const attributionType = v.pipe(v.string(NON_EMPTY), v.trim(), v.nonEmpty(NON_EMPTY), v.toUpperCase());
const attribution = v.optional(
  record(
    {
      /** Attribution types that count (e.g. DPOR). A plain "yes" counts too. */
      counts: list(attributionType),
      /** Types known not to count, reported as excluded by reason. */
      known: v.optional(list(attributionType, false), () => []),
    },
    OBJECT,
  ),
  () => ({ counts: ["DPOR"], known: [] }),
);

const retired = v.pipe(
  record({ on: isoDate, note: localText }, OBJECT),
  v.transform((r) => ({ ...r, onDay: dayOf(r.on) })),
);

type PathKey = string | number;
/** A valibot issue path for a cross-field check (only the keys are read, by `pathText`). */
const at = (...keys: PathKey[]) =>
  keys.map((key) => ({ type: "unknown", origin: "value", input: undefined, key, value: undefined })) as unknown as [
    v.IssuePathItem,
    ...v.IssuePathItem[],
  ];

/** A whole rule file: `schema: "competency-rules/1"`. */
export const RULE_FILE_SCHEMA = v.pipe(
  record(
    {
      schema: v.literal("competency-rules/1", 'must be "competency-rules/1"'),
      id: nonEmptyString(),
      version: nonEmptyString(),
      published: isoDate,
      name: localText,
      summary: v.optional(localText),
      /** What changed from the previous version (for --help and the pane). */
      changes: v.optional(v.pipe(localText, v.description("What changed from the previous version."))),
      source: v.optional(v.string()),
      currency: v.optional(v.literal("USD", 'must be "USD"'), "USD"),
      exams: list(exam),
      examGroups: v.pipe(list(examGroup), v.maxLength(30, "at most 30 groups")),
      /** Ascending: the result tier is the highest passing one. */
      tiers: list(tier),
      markets,
      products: list(product),
      attribution,
      retired: v.optional(retired),
    },
    "must be a JSON object",
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const doc = dataset.value;
    const codes = new Set<string>();
    doc.exams.forEach((e, i) => {
      if (codes.has(e.code)) addIssue({ message: `duplicate exam "${e.code}"`, path: at("exams", i, "code") });
      codes.add(e.code);
    });
    const groups = new Set<string>();
    doc.examGroups.forEach((g, i) => {
      if (groups.has(g.id)) addIssue({ message: `duplicate group "${g.id}"`, path: at("examGroups", i, "id") });
      groups.add(g.id);
      g.exams.forEach((x, j) => {
        if (!codes.has(x))
          addIssue({ message: `"${x}" is not in the exam catalog`, path: at("examGroups", i, "exams", j) });
      });
    });
    const tierIds = new Set<string>();
    doc.tiers.forEach((t, i) => {
      if (tierIds.has(t.id)) addIssue({ message: `duplicate tier "${t.id}"`, path: at("tiers", i, "id") });
      tierIds.add(t.id);
      t.slots.forEach((s, j) => {
        s.requires.forEach((r, k) => {
          if (!groups.has(r))
            addIssue({ message: `unknown exam group "${r}"`, path: at("tiers", i, "slots", j, "requires", k) });
        });
        if (new Set(s.requires).size !== s.requires.length)
          addIssue({ message: "names a group twice", path: at("tiers", i, "slots", j, "requires") });
      });
    });
    for (const [key, m] of Object.entries(doc.markets))
      for (const t of tierIds)
        if (m && m.revenueUsd[t] === undefined) addIssue({ message: USD, path: at("markets", key, "revenueUsd", t) });
  }),
  v.transform((doc) => ({
    ...doc,
    summary: doc.summary ?? NO_TEXT,
    changes: doc.changes ?? NO_TEXT,
    publishedDay: dayOf(doc.published),
  })),
);

export type RuleSet = v.InferOutput<typeof RULE_FILE_SCHEMA>;
export type ExamDef = RuleSet["exams"][number];
export type TierDef = RuleSet["tiers"][number];

/** A rule set, or every problem found, each naming its field by path. */
export type RulesResult = Result<RuleSet, string[]>;

/** `tiers[1].slots[0]` from the issue's path; "(document)" for the file itself. */
function pathText(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => p.key as PathKey);
  if (keys.length === 0) return "(document)";
  return keys.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}

export function validateRules(doc: unknown): RulesResult {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return err(["(document): must be a JSON object"]);
  const r = v.safeParse(RULE_FILE_SCHEMA, doc);
  if (r.success) return ok(r.output);
  return err(r.issues.map((i) => `${pathText(i)}: ${i.message}`));
}

/** Parses JSON text and validates it; the error is one line naming the first bad field. */
export function parseRulesJson(text: string): RulesResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return err([`(document): not valid JSON (${(e as Error).message})`]);
  }
  return validateRules(doc);
}
