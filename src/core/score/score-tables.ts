// Finding a score table's header row with the shared detection, and its issues (docs/rules.md §4, §7.9).
import type { ColumnMapping, RawTable, TableInput } from "../types";
import { isBlankCell } from "../cells";
import { logColumnNotes } from "../column-reading";
import { detectHeader, type FieldSpec } from "../header-detection";
import type { IssueLog } from "../messages";
import { SCORE_WORDS, type ScoreMessageCode } from "./messages";
import type { ScoreTable, TablesArg } from "./types";

/** What a caller passed for one table → a list of tables (several sheets combine). */
export function tableList(arg: TablesArg, sheet: string): TableInput[] {
  if (arg === null || arg === undefined) return [];
  if (Array.isArray(arg) && (arg.length === 0 || !Array.isArray(arg[0])))
    return (arg as TableInput[]).map((t) => ({ sheet, ...t }));
  if (Array.isArray(arg)) return [{ values: arg as RawTable, sheet }];
  return [{ sheet, ...(arg as TableInput) }];
}

export interface FoundTable<F extends string> {
  table: TableInput;
  sheet: string;
  originRow: number;
  mapping: ColumnMapping<F>;
}

export function findTable<F extends string>(
  table: TableInput,
  specs: FieldSpec<F>[],
  log: IssueLog<ScoreMessageCode>,
  kind: ScoreTable,
  expected: string,
): FoundTable<F> | null {
  const sheet = table.sheet as string;
  const originRow = table.originRow ?? 1;
  const match = detectHeader(table.values, specs, table);
  if (!match) {
    if (table.values.length === 0 || table.values.every((r) => r.every(isBlankCell)))
      log.add(sheet, null, null, "error", "table.empty", { table: SCORE_WORDS[kind] });
    else log.add(sheet, null, null, "error", "table.noHeader", { expected });
    return null;
  }
  // The "ignored" field only absorbs known columns the score does not use: no note about it.
  logColumnNotes(
    log,
    sheet,
    originRow + match.mapping.headerRow,
    match.notes.filter((n) => (n.field as string) !== "ignored"),
  );
  return { table, sheet, originRow, mapping: match.mapping };
}
