// Validates a rules document (shipped or a user's file). Errors name the bad field by path,
// e.g. `tiers[1].slots[0].requires[1]: unknown exam group "deploy"`.
import type { LocalText, RuleSet } from "./types";
import { parseIsoDay } from "./dates";
import { normalizeExamCode } from "./exam-codes";

export type RulesResult = { ok: true; rules: RuleSet } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

class Checker {
  errors: string[] = [];
  fail(path: string, what: string): void {
    this.errors.push(`${path}: ${what}`);
  }
  str(o: Obj, key: string, path: string, optional = false): string {
    const v = o[key];
    if (v === undefined && optional) return "";
    if (typeof v !== "string" || v.trim() === "") this.fail(`${path}${key}`, "must be a non-empty string");
    return typeof v === "string" ? v.trim() : "";
  }
  date(o: Obj, key: string, path: string, optional = false): string {
    const v = o[key];
    if (v === undefined && optional) return "";
    if (typeof v !== "string" || parseIsoDay(v) === null) this.fail(`${path}${key}`, "must be a date YYYY-MM-DD");
    return typeof v === "string" ? v : "";
  }
  text(o: Obj, key: string, path: string, optional = false): LocalText {
    const v = o[key];
    if (v === undefined && optional) return { en: "", "zh-CN": "" };
    if (!isObj(v)) {
      this.fail(`${path}${key}`, 'must be an object with "en" and "zh-CN" text');
      return { en: "", "zh-CN": "" };
    }
    return { en: this.str(v, "en", `${path}${key}.`), "zh-CN": this.str(v, "zh-CN", `${path}${key}.`) };
  }
  arr(o: Obj, key: string, path: string, nonEmpty = true): unknown[] {
    const v = o[key];
    if (!Array.isArray(v) || (nonEmpty && v.length === 0)) {
      this.fail(`${path}${key}`, nonEmpty ? "must be a non-empty list" : "must be a list");
      return [];
    }
    return v;
  }
}

export function validateRules(doc: unknown): RulesResult {
  const c = new Checker();
  if (!isObj(doc)) return { ok: false, errors: ["(document): must be a JSON object"] };
  if (doc.schema !== "competency-rules/1") c.fail("schema", 'must be "competency-rules/1"');
  const id = c.str(doc, "id", "");
  const version = c.str(doc, "version", "");
  const published = c.date(doc, "published", "");
  const name = c.text(doc, "name", "");
  const summary = c.text(doc, "summary", "", true);
  const changes = c.text(doc, "changes", "", true);
  if (doc.currency !== undefined && doc.currency !== "USD") c.fail("currency", 'must be "USD"');

  const exams = c.arr(doc, "exams", "").map((e, i) => {
    const p = `exams[${i}].`;
    if (!isObj(e)) return c.fail(`exams[${i}]`, "must be an object"), null;
    const raw = c.str(e, "code", p);
    const code = raw ? normalizeExamCode(raw) : null;
    if (raw && !code) c.fail(`${p}code`, `"${raw}" is not an exam code like MB2-714`);
    const acceptedUntil = c.date(e, "acceptedUntil", p, true);
    return { code: code ?? raw, title: c.text(e, "title", p), ...(acceptedUntil ? { acceptedUntil } : {}) };
  }).filter((e): e is NonNullable<typeof e> => e !== null);
  const codes = new Set<string>();
  exams.forEach((e, i) => {
    if (codes.has(e.code)) c.fail(`exams[${i}].code`, `duplicate exam "${e.code}"`);
    codes.add(e.code);
  });

  const groupIds = new Set<string>();
  const examGroups = c.arr(doc, "examGroups", "").map((g, i) => {
    const p = `examGroups[${i}].`;
    if (!isObj(g)) return c.fail(`examGroups[${i}]`, "must be an object"), null;
    const gid = c.str(g, "id", p);
    if (groupIds.has(gid)) c.fail(`${p}id`, `duplicate group "${gid}"`);
    groupIds.add(gid);
    const list = c.arr(g, "exams", p).map((x, j) => {
      const code = typeof x === "string" ? normalizeExamCode(x) : null;
      if (!code || !codes.has(code)) c.fail(`${p}exams[${j}]`, `"${String(x)}" is not in the exam catalog`);
      return code ?? String(x);
    });
    return { id: gid, name: c.text(g, "name", p), exams: list };
  }).filter((g): g is NonNullable<typeof g> => g !== null);
  if (examGroups.length > 30) c.fail("examGroups", "at most 30 groups");

  const tierIds = new Set<string>();
  const tiers = c.arr(doc, "tiers", "").map((t, i) => {
    const p = `tiers[${i}].`;
    if (!isObj(t)) return c.fail(`tiers[${i}]`, "must be an object"), null;
    const tid = c.str(t, "id", p);
    if (tid === "none") c.fail(`${p}id`, '"none" is reserved for "no tier"');
    if (tierIds.has(tid)) c.fail(`${p}id`, `duplicate tier "${tid}"`);
    tierIds.add(tid);
    const slots = c.arr(t, "slots", p).map((s, j) => {
      const sp = `${p}slots[${j}].`;
      if (!isObj(s)) return c.fail(`${p}slots[${j}]`, "must be an object"), { count: 0, requires: [] };
      const count = s.count;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > 100) c.fail(`${sp}count`, "must be a whole number from 1 to 100");
      const requires = c.arr(s, "requires", sp).map((r, k) => {
        if (typeof r !== "string" || !groupIds.has(r)) c.fail(`${sp}requires[${k}]`, `unknown exam group "${String(r)}"`);
        return String(r);
      });
      if (new Set(requires).size !== requires.length) c.fail(`${sp}requires`, "names a group twice");
      return { count: typeof count === "number" ? count : 0, requires };
    });
    return { id: tid, name: c.text(t, "name", p), slots };
  }).filter((t): t is NonNullable<typeof t> => t !== null);

  const markets: RuleSet["markets"] = {};
  if (!isObj(doc.markets) || Object.keys(doc.markets).length === 0) c.fail("markets", 'must define "developed" and/or "developing"');
  else
    for (const [mk, mv] of Object.entries(doc.markets)) {
      const p = `markets.${mk}`;
      if (mk !== "developed" && mk !== "developing") {
        c.fail(p, 'market must be "developed" or "developing"');
        continue;
      }
      if (!isObj(mv)) {
        c.fail(p, "must be an object");
        continue;
      }
      const revenueUsd: Record<string, number> = {};
      const r = mv.revenueUsd;
      if (!isObj(r)) c.fail(`${p}.revenueUsd`, "must map each tier id to a USD amount");
      else
        for (const tid of tierIds) {
          const v = r[tid];
          if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || Math.round(v * 100) !== Number((v * 100).toPrecision(15)))
            c.fail(`${p}.revenueUsd.${tid}`, "must be a non-negative USD amount (at most 2 decimals)");
          else revenueUsd[tid] = v;
        }
      markets[mk] = { name: c.text(mv, "name", `${p}.`, true), revenueUsd };
    }

  const products = c.arr(doc, "products", "").map((pr, i) => {
    const p = `products[${i}].`;
    if (!isObj(pr)) return c.fail(`products[${i}]`, "must be an object"), null;
    const aliases = c.arr(pr, "aliases", p, false).map((a, j) => {
      if (typeof a !== "string" || !a.trim()) c.fail(`${p}aliases[${j}]`, "must be a non-empty string");
      return String(a);
    });
    return { id: c.str(pr, "id", p), name: c.str(pr, "name", p), aliases };
  }).filter((p): p is NonNullable<typeof p> => p !== null);

  let attribution = { counts: ["DPOR"], known: [] as string[] };
  if (doc.attribution !== undefined) {
    const a = doc.attribution;
    if (!isObj(a)) c.fail("attribution", "must be an object");
    else {
      const list = (key: string) =>
        c.arr(a, key, "attribution.", key === "counts").map((x, j) => {
          if (typeof x !== "string" || !x.trim()) c.fail(`attribution.${key}[${j}]`, "must be a non-empty string");
          return String(x).trim().toUpperCase();
        });
      attribution = { counts: list("counts"), known: a.known === undefined ? [] : list("known") };
    }
  }

  let retired: RuleSet["retired"];
  if (doc.retired !== undefined) {
    if (!isObj(doc.retired)) c.fail("retired", "must be an object");
    else retired = { on: c.date(doc.retired, "on", "retired."), note: c.text(doc.retired, "note", "retired.") };
  }

  if (c.errors.length) return { ok: false, errors: c.errors };
  return {
    ok: true,
    rules: {
      schema: "competency-rules/1", id, version, published, name, summary, changes,
      ...(typeof doc.source === "string" ? { source: doc.source } : {}),
      currency: "USD", markets, exams, examGroups, tiers, products, attribution,
      ...(retired ? { retired } : {}),
    },
  };
}

/** Parses JSON text and validates it; the error is one line naming the first bad field. */
export function parseRulesJson(text: string): RulesResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`(document): not valid JSON (${(e as Error).message})`] };
  }
  return validateRules(doc);
}
