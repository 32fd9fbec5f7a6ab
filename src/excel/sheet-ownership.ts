// Which sheet the results go to. A sheet is ours only as results-owner.ts decides (our token in
// its custom property and its name in the document's record): a user's sheet that happens to
// have our sheet's name is never ours, and neither is a copy of our sheet.

/** Worksheet custom property (ExcelApi 1.12) marking the results sheet; its value is our token. */
export const OWNER_KEY = "CompetencyEvaluator.Results";

export interface SheetRef {
  id: string;
  name: string;
  owned: boolean;
}

export type ResultsTarget = { kind: "reuse"; sheet: SheetRef } | { kind: "create"; name: string };

/** Excel compares sheet names without regard to case. */
const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Our sheet named `base`, else the first of "base (2)", "base (3)", … that is ours or free.
 * A sheet we do not own is skipped, never overwritten.
 */
export function pickResultsSheet(sheets: readonly SheetRef[], base: string): ResultsTarget {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const taken = sheets.find((s) => same(s.name, name));
    if (!taken) return { kind: "create", name };
    if (taken.owned) return { kind: "reuse", sheet: taken };
  }
}
