// Custom-function arguments → typed values, parsed once at the edge. Excel passes an omitted
// optional argument as null (or undefined), a range as a 2D array, a date cell as its serial
// number, and text as a string. Anything unusable is a message for #VALUE!, never an exception.
import type { Day, Lang, Market } from "../core";
import { parseDay, SHIPPED_RULES } from "../core";
import { ft } from "./messages";
import type { PlainCell, Result } from "../core";
import { err, ok } from "../core";

/** A parsed argument, or the message for #VALUE!. */
export type Arg<T> = Result<T, string>;

const fail = (message: string): Arg<never> => err(message);

const omitted = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A table argument: omitted → undefined (the workbook's own sheet is used). */
export function tableArg(v: unknown, name: string, lang: Lang): Arg<PlainCell[][] | undefined> {
  if (v === null || v === undefined) return ok(undefined);
  if (!Array.isArray(v) || v.length === 0 || !v.every(Array.isArray)) return fail(ft("notTable", lang, { arg: name }));
  return ok(v as PlainCell[][]);
}

/** An Excel date (serial number) or date text; omitted → undefined (the document's date or today). */
export function asOfArg(v: unknown, lang: Lang): Arg<Day | undefined> {
  if (omitted(v)) return ok(undefined);
  if (typeof v !== "number" && typeof v !== "string") return fail(ft("badDate", lang, { value: String(v) }));
  const d = parseDay(v);
  return d.kind === "ok" ? ok(d.value) : fail(ft("badDate", lang, { value: String(v) }));
}

const MARKETS: Record<string, Market> = {
  developed: "developed", mature: "developed", 成熟市场: "developed", 成熟: "developed",
  developing: "developing", emerging: "developing", 发展中市场: "developing", 发展中: "developing",
};

export function marketArg(v: unknown, lang: Lang): Arg<Market | undefined> {
  if (omitted(v)) return ok(undefined);
  const m = MARKETS[String(v).normalize("NFKC").trim().toLowerCase()];
  return m ? ok(m) : fail(ft("badMarket", lang, { value: String(v) }));
}

/** Tier ids and their names in every shipped version and language ("gold", "Gold", "金牌"). */
function tierIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const rules of SHIPPED_RULES)
    for (const t of rules.tiers) for (const n of [t.id, t.name.en, t.name["zh-CN"]]) index.set(n.normalize("NFKC").trim().toLowerCase(), t.id);
  return index;
}

export function tierArg(v: unknown, lang: Lang, required: boolean): Arg<string | undefined> {
  if (omitted(v)) return required ? fail(ft("needTier", lang)) : ok(undefined);
  const id = tierIndex().get(String(v).normalize("NFKC").trim().toLowerCase());
  if (id) return ok(id);
  const names = SHIPPED_RULES[SHIPPED_RULES.length - 1].tiers.map((t) => t.name[lang]).join(lang === "en" ? " or " : "或");
  return fail(ft("badTier", lang, { value: String(v), tiers: names }));
}
