// An evaluation → the words the task pane shows after "Generate report" (pure: tested without a
// browser). The numbers and phrases are the results sheet's, in the pane's language.
import type { Evaluation, Lang } from "../core";
import { describeNeeds, label, nextTier, passedOverText, tierName, toIso, usdText } from "../core";
import { t } from "./i18n";

export interface TierLine {
  id: string;
  name: string;
  revenue: string;
  revenuePass: boolean;
  exams: string;
  examPass: boolean;
  pass: boolean;
  verdict: string;
}

export interface MissingLine {
  slot: string;
  closest: string;
}

export interface Summary {
  tierId: string;
  tier: string;
  asOfLine: string;
  rulesLine: string;
  retired: string | null;
  tiers: TierLine[];
  missing: MissingLine[];
  plan: { heading: string; steps: string[]; notes: string[] };
  issues: string;
  sheetLines: string[];
  announcement: string;
}

export interface SummaryInput {
  evaluation: Evaluation;
  written: { name: string };
  /** The name the results sheet would have had (when a user's sheet held it, ours got "… (2)"). */
  baseSheetName: string;
  /** Sheets read for each table (several when combined). */
  staffSheets: string[];
  revenueSheets: string[];
}

export function summarize(run: SummaryInput, lang: Lang): Summary {
  const e = run.evaluation;
  const tier = tierName(e, e.tier, lang);
  const count = (s: string) => e.issues.filter((i) => i.severity === s).length;
  const missing: MissingLine[] = e.tiers.flatMap((tr) =>
    tr.missing.map((m) => {
      const best = m.candidates[0];
      return {
        slot: t("missingSlot", lang, { tier: tierName(e, tr.id, lang), slot: m.slot, requirement: describeNeeds(m.requires, e, lang) }),
        closest: best ? t("closest", lang, { person: best.person, needs: describeNeeds(best.needs, e, lang) }) : t("noCandidate", lang),
      };
    }),
  );
  const next = nextTier(e);
  const plan = { heading: t("allMet", lang), steps: [] as string[], notes: [] as string[] };
  if (next) {
    plan.heading = t("planHeading", lang, { tier: tierName(e, next.id, lang) });
    plan.steps = next.plan.map((p) => t("planStep", lang, { person: p.person ?? t("newPerson", lang), exams: describeNeeds(p.exams, e, lang) }));
    plan.notes.push(next.plan.length ? t("planTotal", lang, { count: next.planExamCount }) : t("planSlotsFilled", lang));
    if (next.gapCents > 0) plan.notes.push(t("planRevenueGap", lang, { gap: usdText(next.gapCents, lang) }));
  }
  const sheetLines = [t("writtenTo", lang, { sheet: run.written.name })];
  if (run.written.name !== run.baseSheetName) sheetLines.push(t("keptYours", lang, { base: run.baseSheetName }));
  const list = (names: string[]) => names.join(lang === "en" ? "”, “" : "”、“");
  sheetLines.push(t("inputsNote", lang, { staff: list(run.staffSheets), revenue: list(run.revenueSheets) }));
  // Every sheet passed over, and why (issue 11): no sheet choice is silent.
  for (const p of e.sheets.passedOver) sheetLines.push(passedOverText(p, lang));
  return {
    tierId: e.tier,
    tier,
    asOfLine: t("asOfLine", lang, { asOf: toIso(e.asOf), start: toIso(e.revenue.windowStart), end: toIso(e.revenue.windowEnd) }),
    rulesLine: t("rulesLine", lang, { version: e.rules.version, market: e.rules.marketName[lang] }),
    retired: e.retired?.message ?? null,
    tiers: e.tiers.map((tr) => ({
      id: tr.id,
      name: tierName(e, tr.id, lang),
      revenue: t("revenueOf", lang, { actual: usdText(e.revenue.ttmCents, lang), required: usdText(tr.requiredCents, lang) }),
      revenuePass: tr.revenuePass,
      exams: t("slotsOf", lang, { filled: tr.slotsFilled, required: tr.slotsRequired }),
      examPass: tr.examPass,
      pass: tr.pass,
      verdict: label(tr.pass ? "pass" : "fail", lang),
    })),
    missing,
    plan,
    issues: t("issuesLine", lang, { errors: count("error"), warnings: count("warning"), infos: count("info") }),
    sheetLines,
    announcement: t("ready", lang, { tier }),
  };
}
