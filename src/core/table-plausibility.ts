// Whether a table's values look like what its header says (issue 11): an exam column whose cells
// are mostly exam codes, a people column that is not a list of exam titles. Sampled, so a
// million-row sheet costs a few hundred cells.
import type { RawTable } from "./types";
import { cellText, isBlankCell } from "./cells";
import { splitExamCell } from "./exam-codes";
import { SHIPPED_RULES } from "./rule-versions";
import { looseKey } from "./text";

const SAMPLE_ROWS = 200;

function sample(values: RawTable, headerRow: number, col: number): string[] {
  const out: string[] = [];
  for (let r = headerRow + 1; r < values.length && out.length < SAMPLE_ROWS; r++) {
    const v = values[r]?.[col];
    if (!isBlankCell(v)) out.push(cellText(v).trim());
  }
  return out;
}

/** More than half of the non-blank cells are recognised exam codes (an empty column passes). */
export function examColumnHoldsCodes(values: RawTable, headerRow: number, col: number): boolean {
  const cells = sample(values, headerRow, col);
  if (!cells.length) return true;
  const codes = cells.filter((t) => {
    const s = splitExamCell(t);
    return s.codes.length > 0 && s.unreadable.length === 0;
  }).length;
  return codes * 2 > cells.length;
}

let titles: { keys: Set<string>; words: Set<string> } | null = null;

const wordsOf = (t: string) => t.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);

/**
 * More than half of the non-blank cells are exam titles: a title of a shipped rule version, or
 * three or more words, at least half of them words of exam titles ("Dynamics 365 Sales
 * Functional Consultant"). A person's name is neither.
 */
export function personColumnHoldsExamTitles(values: RawTable, headerRow: number, col: number): boolean {
  const all = SHIPPED_RULES.flatMap((r) => r.exams.flatMap((e) => [e.title.en, e.title["zh-CN"]]));
  titles ??= { keys: new Set(all.map(looseKey)), words: new Set(all.flatMap(wordsOf)) };
  const { keys, words } = titles;
  const cells = sample(values, headerRow, col);
  if (!cells.length) return false;
  const titleLike = (t: string) => {
    if (keys.has(looseKey(t))) return true;
    const w = wordsOf(t);
    return w.length >= 3 && w.filter((x) => words.has(x)).length * 2 >= w.length;
  };
  return cells.filter(titleLike).length * 2 > cells.length;
}
