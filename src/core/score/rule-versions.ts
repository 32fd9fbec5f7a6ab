// The shipped Business Applications rule versions and the one in force on a date (docs/rules.md §7, §6):
// the latest published on or before the as-of date; before the first, the first with its note.
import type { Day } from "../types";
import { parseIsoDay } from "../dates";
import { validateScoreRules, type BusinessApplicationsRules } from "./rules-schema";
import v20230613 from "../rules/business-applications-2023-06-13.json";
import v20260508 from "../rules/business-applications-2026-05-08.json";

function load(doc: unknown): BusinessApplicationsRules {
  const r = validateScoreRules(doc);
  if (!r.ok) throw new Error(`shipped rule file is invalid: ${r.errors.join("; ")}`);
  return r.rules;
}

/** Oldest first. */
export const SHIPPED_SCORE_RULES: readonly BusinessApplicationsRules[] = [v20230613, v20260508].map(load);

export type ScoreRuleChoice =
  | { ok: true; rules: BusinessApplicationsRules; beforeFirst: boolean }
  | { ok: false; code: "options.unknownVersion" | "options.noRules"; params: Record<string, string> };

export function chooseScoreRules(
  catalog: readonly BusinessApplicationsRules[],
  asOf: Day,
  version?: string,
): ScoreRuleChoice {
  const sorted = [...catalog].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  if (sorted.length === 0) return { ok: false, code: "options.noRules", params: {} };
  if (version !== undefined) {
    const picked = sorted.find((r) => r.version === version);
    return picked
      ? { ok: true, rules: picked, beforeFirst: false }
      : {
          ok: false,
          code: "options.unknownVersion",
          params: { value: version, known: sorted.map((r) => r.version).join(", ") },
        };
  }
  let picked = sorted[0];
  for (const r of sorted) if ((parseIsoDay(r.published) as Day) <= asOf) picked = r;
  return { ok: true, rules: picked, beforeFirst: (parseIsoDay(sorted[0].published) as Day) > asOf };
}
