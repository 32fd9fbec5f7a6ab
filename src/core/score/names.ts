// Loose matching of workload, attribution and certification names against a rule version
// (docs/rules.md §7.9): case, spaces and punctuation ignored; an optional "Microsoft " / "Dynamics 365 "
// prefix; "CSP T1" = "CSP Tier 1"; certifications by title (with or without "Microsoft
// Certified:") or by the exam code the rule file maps to them.
import { looseKey, memoByText } from "../text";
import type { BusinessApplicationsRules, CertificationDef } from "./rules-schema";

/** "Microsoft Dynamics 365 Sales" → "sales". */
export function workloadKey(text: string): string {
  return looseKey(text)
    .replace(/^microsoft/, "")
    .replace(/^(dynamics365|d365)(?=.)/, "");
}

function byKey<T>(
  entries: readonly { name: string; aliases?: readonly string[] }[],
  value: (i: number) => T,
): (text: string) => T | null {
  const map = new Map<string, T>();
  entries.forEach((e, i) => {
    for (const n of [e.name, ...(e.aliases ?? [])]) if (!map.has(workloadKey(n))) map.set(workloadKey(n), value(i));
  });
  return memoByText((text) => map.get(workloadKey(text)) ?? null);
}

/** Revenue workload text → the index of its NCA workload in the rule file, or -1 when not eligible. */
export const ncaWorkloadIndex = (rules: BusinessApplicationsRules): ((text: string) => number) => {
  const of = byKey(rules.ncaWorkloads, (i) => i);
  return (text) => of(text) ?? -1;
};

/** Usage workload text → the index of its rate-card workload (Sales → Customer Engagement), or -1. */
export const usageWorkloadIndex = (rules: BusinessApplicationsRules): ((text: string) => number) => {
  const of = byKey(rules.usageWorkloads, (i) => i);
  return (text) => of(text) ?? -1;
};

export type AttributionMatch = { id: string } | { id: null; bareCpor: boolean };

/** Attribution text → the rule file's attribution id ("CSP Direct" → "CSP Tier 1"). */
export function attributionMatcher(rules: BusinessApplicationsRules): (text: string) => AttributionMatch {
  const map = new Map<string, string>();
  for (const a of rules.attributions.names) for (const n of [a.id, ...(a.aliases ?? [])]) map.set(looseKey(n), a.id);
  return memoByText((text) => {
    const id = map.get(looseKey(text));
    if (id && id !== "CPOR") return { id };
    return { id: null, bareCpor: id === "CPOR" };
  });
}

const CERTIFIED_PREFIX = /^\s*microsoft\s+certified\s*[:：]?\s*/i;
const EXAM_CODE = /(?:^|[^A-Z0-9])([A-Z]{2,3})\s*[-–—_]?\s*(\d{3})(?![0-9])/g;

export type CertificationMatch =
  | { kind: "certification"; cert: CertificationDef; viaExam: string | null }
  | { kind: "notYetAccepted"; cert: CertificationDef; code: string; from: string }
  | { kind: "notListed"; title: string; other: string }
  | { kind: "unknown" };

/**
 * Certification cell → the certification it names under `rules`. Titles first (any version's
 * titles, so a certification another version lists is named, not called unknown), then exam codes.
 */
export function certificationMatcher(
  rules: BusinessApplicationsRules,
  catalog: readonly BusinessApplicationsRules[],
  asOf: string,
): (text: string) => CertificationMatch {
  const titleKey = (t: string) => looseKey(t.normalize("NFKC").replace(CERTIFIED_PREFIX, ""));
  const own = new Map<string, CertificationDef>();
  for (const c of rules.certifications) own.set(titleKey(c.title), c);
  const ownCode = new Map<string, { cert: CertificationDef; from?: string }>();
  for (const c of rules.certifications) for (const e of c.exams) ownCode.set(e.code, { cert: c, from: e.from });
  const elsewhere = new Map<string, { title: string; other: string }>();
  const sorted = [...catalog].sort((a, b) => (a.published < b.published ? -1 : 1));
  // A certification another version names differently (the same id: PL-300 was "Data Analyst
  // Associate" in 2023 and "Power BI Data Analyst Associate" in 2026) is this version's, by either title.
  const byId = new Map(rules.certifications.map((c) => [c.id, c]));
  for (const r of sorted)
    for (const c of r.certifications) {
      const same = byId.get(c.id);
      if (same && !own.has(titleKey(c.title))) own.set(titleKey(c.title), same);
    }
  for (const r of sorted)
    for (const c of r.certifications) {
      if (!own.has(titleKey(c.title)) && !elsewhere.has(titleKey(c.title)))
        elsewhere.set(titleKey(c.title), { title: c.title, other: r.version });
      for (const e of c.exams)
        if (!ownCode.has(e.code) && !elsewhere.has(e.code)) elsewhere.set(e.code, { title: c.title, other: r.version });
    }
  return memoByText((text): CertificationMatch => {
    const key = titleKey(text);
    const byTitle = own.get(key);
    if (byTitle) return { kind: "certification", cert: byTitle, viaExam: null };
    const other = elsewhere.get(key);
    if (other) return { kind: "notListed", ...other };
    const upper = text.normalize("NFKC").toUpperCase();
    for (const m of upper.matchAll(EXAM_CODE)) {
      const code = `${m[1]}-${m[2]}`;
      const hit = ownCode.get(code);
      if (hit && hit.from && asOf < hit.from) return { kind: "notYetAccepted", cert: hit.cert, code, from: hit.from };
      if (hit) return { kind: "certification", cert: hit.cert, viaExam: code };
      const o = elsewhere.get(code);
      if (o) return { kind: "notListed", ...o };
    }
    return { kind: "unknown" };
  });
}
