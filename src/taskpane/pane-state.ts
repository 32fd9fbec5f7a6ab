// The task pane's state changes as pure functions: each user action takes the document's settings
// and gives the next ones (what is saved in the workbook). No DOM, no Excel: unit-tested directly.
import type { Day, Market, ScoreTable } from "../core";
import { parseIsoDay, toIso } from "../core";
import type { AddinSettings } from "../excel/settings";

/** The value of a list's "Find automatically" / "in force on the date" entry. */
export const AUTO = "";

export type TableKind = "staff" | "revenue";

const sheetKey = (kind: TableKind) => (kind === "staff" ? "staffSheets" : "revenueSheets");
const columnsKey = (kind: TableKind) => (kind === "staff" ? "staffColumns" : "revenueColumns");

/** The sheets ticked (none: found automatically); the columns chosen on the old sheets no longer apply. */
export function chooseSheets(s: AddinSettings, kind: TableKind, names: readonly string[]): AddinSettings {
  return { ...s, [sheetKey(kind)]: names.length ? [...names] : undefined, [columnsKey(kind)]: undefined };
}

/** `entries` with `key` set to `value`, or without it for undefined; undefined when nothing is left. */
function withEntry<V>(
  entries: Readonly<Record<string, V>> | undefined,
  key: string,
  value: V | undefined,
): Record<string, V> | undefined {
  const next: Record<string, V> = { ...(entries ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length ? next : undefined;
}

/** `choices` with `key` set to `value`, or without it for AUTO; undefined when nothing is left. */
const withChoice = (choices: Readonly<Record<string, string>> | undefined, key: string, value: string) =>
  withEntry(choices, key, value === AUTO ? undefined : value);

/** A column letter picked for a field, or AUTO to go back to detection. */
export function chooseColumn(s: AddinSettings, kind: TableKind, field: string, value: string): AddinSettings {
  return { ...s, [columnsKey(kind)]: withChoice(s[columnsKey(kind)], field, value) };
}

/** issue 15: the sheet named for a score table, or AUTO to find it by its header row; the columns chosen on the old sheet no longer apply. */
export function chooseScoreSheet(s: AddinSettings, table: ScoreTable, value: string): AddinSettings {
  return {
    ...s,
    scoreSheets: withChoice(s.scoreSheets, table, value),
    scoreColumns: withEntry<Partial<Record<string, string>>>(s.scoreColumns, table, undefined),
  };
}

/** issue 15: a column letter picked for a field of a score table, or AUTO to go back to detection. */
export function chooseScoreColumn(s: AddinSettings, table: ScoreTable, field: string, value: string): AddinSettings {
  return { ...s, scoreColumns: withEntry(s.scoreColumns, table, withChoice(s.scoreColumns?.[table], field, value)) };
}

/**
 * A date typed in the date box; null while it is half-typed. Today's date, when no date was kept,
 * stays "today" (a stored today would go stale tomorrow).
 */
export function chooseAsOf(s: AddinSettings, value: string, today: Day): AddinSettings | null {
  if (parseIsoDay(value) === null) return null;
  return { ...s, asOf: value === toIso(today) && !s.asOf ? undefined : value };
}

export function chooseToday(s: AddinSettings): AddinSettings {
  return { ...s, asOf: undefined };
}

export function chooseVersion(s: AddinSettings, value: string): AddinSettings {
  return { ...s, ruleVersion: value === AUTO ? undefined : value };
}

export function chooseMarket(s: AddinSettings, value: string): AddinSettings {
  return { ...s, market: value as Market };
}

/** How ambiguous slash dates are read when a column gives no evidence; AUTO: month first, with a warning. */
export function chooseDateOrder(s: AddinSettings, value: string): AddinSettings {
  return { ...s, dateOrder: value === "dmy" || value === "mdy" ? value : undefined };
}

/** The as-of date the pane shows and evaluates with. */
export function asOfDay(s: AddinSettings, today: Day): Day {
  return (s.asOf ? parseIsoDay(s.asOf) : null) ?? today;
}

/** issue 15: Cloud CRM or Business Applications; Cloud CRM is the default and is not stored. */
export function chooseProgram(s: AddinSettings, value: string): AddinSettings {
  return { ...s, program: value === "business-applications" ? value : undefined };
}
