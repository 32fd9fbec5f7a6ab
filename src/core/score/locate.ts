// Which sheets of a workbook hold the certification, revenue and usage tables: found by their
// header rows (docs/rules.md §4, §7.9); several sheets of one kind combine; a named sheet always wins.
// Hidden sheets (often stale copies) are read only for a kind no visible sheet holds, as for Cloud CRM.
import type { TableInput } from "../types";
import { detectHeader } from "../header-detection";
import { cleanText } from "../text";
import type { SheetValues } from "../workbook";
import { CERTIFICATION_FIELDS, SCORE_REVENUE_FIELDS, USAGE_FIELDS } from "./fields";
import type { ScoreTable } from "./types";

export interface ScoreTableChoice {
  certsSheet?: string;
  revenueSheet?: string;
  usageSheet?: string;
  exclude?: (name: string) => boolean;
}

export type ScoreLocateResult =
  | { ok: true; tables: Record<ScoreTable, TableInput[]> }
  | { ok: false; problem: "sheet-missing"; table: ScoreTable; sheet: string }
  | { ok: false; problem: "no-tables" };

/** The kind of table a sheet's header row names, or null. Usage (units) before revenue (amount). */
export function scoreTableKind(values: SheetValues["values"]): ScoreTable | null {
  if (detectHeader(values, USAGE_FIELDS)) return "usage";
  if (detectHeader(values, SCORE_REVENUE_FIELDS)) return "revenue";
  if (detectHeader(values, CERTIFICATION_FIELDS)) return "certifications";
  return null;
}

const sameName = (a: string, b: string) => cleanText(a).toLowerCase() === cleanText(b).toLowerCase();
const toInput = (s: SheetValues): TableInput => ({
  values: s.values,
  sheet: s.name,
  originRow: s.originRow ?? 1,
  originColumn: s.originColumn ?? 1,
});

export function locateScoreTables(sheets: readonly SheetValues[], choice: ScoreTableChoice = {}): ScoreLocateResult {
  const tables: Record<ScoreTable, TableInput[]> = { certifications: [], revenue: [], usage: [] };
  const named: Partial<Record<ScoreTable, string>> = {
    certifications: choice.certsSheet,
    revenue: choice.revenueSheet,
    usage: choice.usageSheet,
  };
  const taken = new Set<SheetValues>();
  for (const [table, name] of Object.entries(named) as [ScoreTable, string | undefined][]) {
    if (name === undefined) continue;
    const s = sheets.find((x) => sameName(x.name, name));
    if (!s) return { ok: false, problem: "sheet-missing", table, sheet: name };
    tables[table].push(toInput(s));
    taken.add(s);
  }
  const hiddenFound: Record<ScoreTable, TableInput[]> = { certifications: [], revenue: [], usage: [] };
  for (const s of sheets) {
    if (taken.has(s) || choice.exclude?.(s.name)) continue;
    const kind = scoreTableKind(s.values);
    if (!kind || named[kind] !== undefined) continue;
    const hidden = s.visibility === "hidden" || s.visibility === "veryHidden";
    (hidden ? hiddenFound : tables)[kind].push(toInput(s));
  }
  for (const kind of Object.keys(tables) as ScoreTable[])
    if (!tables[kind].length) tables[kind].push(...hiddenFound[kind]);
  if (!tables.certifications.length && !tables.revenue.length && !tables.usage.length)
    return { ok: false, problem: "no-tables" };
  return { ok: true, tables };
}
