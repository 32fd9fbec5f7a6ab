// The shipped rule versions and the choice of the one in force on a date (docs/rules.md §6).
import type { Day, Lang, Market, RuleSet } from "./types";
import { MESSAGES, tr, type MessageCode } from "./messages";
import { validateRules } from "./rules-schema";
import { err, ok, type Result } from "./result";
import v20170627 from "./rules/cloud-crm-2017-06-27.json";
import v20170707 from "./rules/cloud-crm-2017-07-07.json";
import v20171116 from "./rules/cloud-crm-2017-11-16.json";

function load(doc: unknown): RuleSet {
  const r = validateRules(doc);
  if (!r.ok) throw new Error(`shipped rule file is invalid: ${r.error.join("; ")}`);
  return r.value;
}

/** Oldest first. */
export const SHIPPED_RULES: readonly RuleSet[] = [v20170627, v20170707, v20171116].map(load);

export interface RuleChoice {
  rules: RuleSet;
  market: Market;
  /** Set when the version in force lacked the market and an earlier-published one was used. */
  fallbackFrom?: string;
}

/** Why no rule set fits the options: a message code with its values, and the message rendered. */
export interface RuleRefusal {
  code: MessageCode;
  params: Record<string, string>;
  message: string;
}

export type RuleChoiceResult = Result<RuleChoice, RuleRefusal>;

const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPublished = (a: RuleSet, b: RuleSet) => plain(a.published, b.published) || plain(a.version, b.version);

function refusal(code: MessageCode, params: Record<string, string>, lang: Lang): RuleChoiceResult {
  return err({ code, params, message: tr(MESSAGES, code, lang, params) });
}

/**
 * The latest version published on or before asOf (before the first, the first), or the
 * explicitly named one. If it lacks the market, the earliest version that defines it.
 */
export function chooseRules(
  catalog: readonly RuleSet[],
  asOf: Day,
  market: Market = "developed",
  version?: string,
  lang: Lang = "en",
): RuleChoiceResult {
  const sorted = [...catalog].sort(byPublished);
  if (sorted.length === 0) return refusal("options.noRules", {}, lang);
  let picked: RuleSet | undefined;
  if (version !== undefined) {
    picked = sorted.find((r) => r.version === version);
    if (!picked)
      return refusal(
        "options.unknownVersion",
        { value: version, known: sorted.map((r) => r.version).join(", ") },
        lang,
      );
  } else {
    picked = sorted[0];
    for (const r of sorted) if (r.publishedDay <= asOf) picked = r;
  }
  if (picked.markets[market]) return ok({ rules: picked, market });
  const fallback = sorted.find((r) => r.markets[market]);
  if (!fallback) return refusal("options.noMarket", { value: market }, lang);
  return ok({ rules: fallback, market, fallbackFrom: picked.version });
}

/** The first version (by publication) whose catalog lists the exam. */
export function versionListing(catalog: readonly RuleSet[], code: string): RuleSet | undefined {
  return [...catalog].sort(byPublished).find((r) => r.exams.some((e) => e.code === code));
}
