// Rule files of the Solutions Partner for Business Applications capability score (docs/rules.md §7),
// validated by a valibot schema that is also the source of their TypeScript type.
import * as v from "valibot";
import { parseIsoDay } from "../dates";

const isoDate = v.pipe(
  v.string(),
  v.check((s) => parseIsoDay(s) !== null, "must be a date YYYY-MM-DD"),
);
const text = v.pipe(v.string(), v.trim(), v.minLength(1, "must be a non-empty string"));
const localText = v.object({ en: text, "zh-CN": text });
/** A positive exact fraction written "15/7" or "4". */
const fraction = v.pipe(v.string(), v.regex(/^\d+(\/[1-9]\d*)?$/, 'must be a fraction such as "4" or "15/7"'));
const money = v.pipe(v.number(), v.minValue(0, "must not be negative"));
/** MCV rates are multiples of 0.1 (Customer Insights: 0.2 per profile), so MCV is exact in thousandths. */
const rate = v.pipe(
  v.number(),
  v.minValue(0),
  v.check((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, "must be a multiple of 0.1"),
);

export const CERTIFICATION_LEVELS = ["intermediate", "advanced"] as const;
export const ATTRIBUTION_FAMILIES = ["dynamics365", "powerPlatform"] as const;

const certification = v.object({
  id: text,
  /** Without the "Microsoft Certified:" prefix. */
  title: text,
  level: v.picklist(CERTIFICATION_LEVELS, 'must be "intermediate" or "advanced"'),
  /** Exams that lead to it; `from` = accepted for it only from that day (AB-400 beside PL-400). */
  exams: v.array(
    v.object({
      code: v.pipe(text, v.regex(/^[A-Z]{2,3}-\d{3}$/, "must be an exam code such as MB-310")),
      from: v.optional(isoDate),
    }),
  ),
  /** Retirement day R: earned before R, it counts until R + 1 year. */
  retires: v.optional(isoDate),
  /** Hard end: counts while the as-of date is before this day. */
  eligibleUntil: v.optional(isoDate),
  /** An expert certification that also needs an associate prerequisite (named by exam alone → note). */
  needsPrerequisite: v.optional(v.boolean()),
});

const workload = v.object({ id: text, name: text, aliases: v.optional(v.array(text), []) });

const usageWorkload = v.object({
  ...workload.entries,
  /** MCV per unit. */
  rate,
  unit: v.picklist(["MAU", "profiles", "capacity"]),
  family: v.picklist(ATTRIBUTION_FAMILIES),
});

const track = v.object({
  name: localText,
  /** A (tenant, workload) pair's revenue in a month for a customer add, USD (at least). */
  customerAddFloorUsd: money,
  intermediatePointsPerPerson: fraction,
  advancedPointsPerPerson: fraction,
  /** MCV in the base month below this: no usage-growth points. */
  usageBaselineMcv: money,
  /** MCV per (tenant, workload) in a month for a deployment (at least). */
  deploymentFloorMcv: money,
});

const metric = v.object({ max: v.pipe(v.number(), v.integer(), v.minValue(1)), pointsPerUnit: v.optional(fraction) });

export const BusinessApplicationsRulesSchema = v.pipe(
  v.object({
    schema: v.literal("solutions-partner-rules/1"),
    id: text,
    version: text,
    published: isoDate,
    name: localText,
    changes: v.optional(localText),
    source: v.optional(v.string()),
    /** Said when the as-of date is before this version's publication (and no earlier one ships). */
    earlierNote: v.optional(localText),
    qualifyingTotal: v.number(),
    minimumPointsPerMetric: v.number(),
    trackTest: v.object({ revenueAboveUsd: money, workloads: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
    tracks: v.object({ enterprise: track, smb: track }),
    metrics: v.object({
      netCustomerAdds: metric,
      intermediateCertifications: metric,
      advancedCertifications: metric,
      usageGrowth: metric,
      deployments: metric,
    }),
    certifications: v.pipe(v.array(certification), v.minLength(1, "must be a non-empty list")),
    ncaWorkloads: v.pipe(v.array(workload), v.minLength(1, "must be a non-empty list")),
    usageWorkloads: v.pipe(v.array(usageWorkload), v.minLength(1, "must be a non-empty list")),
    attributions: v.object({
      /** Every attribution type we know, with the spellings Partner Center and people use. */
      names: v.array(v.object({ id: text, aliases: v.optional(v.array(text), []) })),
      netCustomerAdds: v.array(text),
      usage: v.object({ dynamics365: v.array(text), powerPlatform: v.array(text) }),
    }),
  }),
  v.check((r) => {
    const ids = new Set(r.attributions.names.map((a) => a.id));
    return [
      ...r.attributions.netCustomerAdds,
      ...r.attributions.usage.dynamics365,
      ...r.attributions.usage.powerPlatform,
    ].every((a) => ids.has(a));
  }, "attributions: every eligible attribution must be one of attributions.names"),
);

export type BusinessApplicationsRules = v.InferOutput<typeof BusinessApplicationsRulesSchema>;
export type CertificationDef = BusinessApplicationsRules["certifications"][number];
export type TrackId = keyof BusinessApplicationsRules["tracks"];

export type ScoreRulesResult = { ok: true; rules: BusinessApplicationsRules } | { ok: false; errors: string[] };

/** A rules document → the rules, or errors naming each bad field by its path. */
export function validateScoreRules(doc: unknown): ScoreRulesResult {
  const r = v.safeParse(BusinessApplicationsRulesSchema, doc);
  if (r.success) return { ok: true, rules: r.output };
  return { ok: false, errors: r.issues.map((i) => `${v.getDotPath(i) ?? "(document)"}: ${i.message}`) };
}
