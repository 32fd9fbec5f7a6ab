// Rows repeated across combined sheets (issue 11): a revenue (or usage) row identical in every value
// to a row of another sheet of the same table (a month copied into the next month's sheet, a
// quarter sheet beside its months) is counted once; the later copy is left out with a warning
// naming both sheets and the amount not double counted. Repeats within one sheet are the user's own rows.
import type { LocalText, PlainCell as RawCell, TableInput } from "./types";
import { cellText, isBlankCell, parseCents } from "./cells";
import { detectHeader, type FieldSpec } from "./header-detection";
import { inBothLanguages, type IssueLog } from "./messages";
import { usdText } from "./report-text";

/** Field values in field order, then any other columns by header: the same row whatever the column order. */
function rowKeyer<F extends string>(
  table: TableInput,
  specs: readonly FieldSpec<F>[],
  amountField: F,
): { headerRow: number; key: (row: readonly RawCell[]) => string; amountCol?: number; amountHeader?: string } | null {
  const match = detectHeader(table.values, [...specs], table);
  if (!match) return null;
  const { columns, headerRow, headers } = match.mapping;
  const fields = specs.map((s) => columns[s.field]);
  const mapped = new Set(fields.filter((c) => c !== undefined));
  const header = table.values[headerRow] ?? [];
  const others = header
    .map((h, c) => ({ h: cellText(h).trim(), c }))
    .filter((x) => !mapped.has(x.c) && x.h !== "")
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const text = (v: RawCell) => cellText(v).trim();
  return {
    headerRow,
    key: (row) =>
      [
        ...fields.map((c) => (c === undefined ? "" : text(row[c]))),
        ...others.map((o) => `${o.h}=${text(row[o.c])}`),
      ].join("\u0001"),
    amountCol: columns[amountField],
    amountHeader: headers[amountField],
  };
}

/**
 * The tables with rows already seen on another sheet blanked out (row numbers stay as they are).
 * `amount` names the column whose value the warning says is not double counted: dollars ("usd")
 * or as written ("units").
 */
export function dropRowsRepeatedAcrossSheets<F extends string>(
  tables: readonly TableInput[],
  log: IssueLog,
  specs: readonly FieldSpec<F>[],
  amount: { field: F; as: "usd" | "units" },
): TableInput[] {
  if (tables.length < 2) return [...tables];
  const seen = new Map<string, { sheet: string; row: number }>();
  return tables.map((table) => {
    const keyer = rowKeyer(table, specs, amount.field);
    if (!keyer) return table;
    const sheet = table.sheet ?? "";
    const originRow = table.originRow ?? 1;
    const here = new Map<string, { sheet: string; row: number }>();
    let values: (readonly RawCell[])[] | null = null;
    for (let r = keyer.headerRow + 1; r < table.values.length; r++) {
      const row = table.values[r];
      if (!row || row.every(isBlankCell)) continue;
      const key = keyer.key(row);
      const excelRow = table.rowNumbers?.[r] ?? originRow + r;
      const before = seen.get(key);
      if (before) {
        values ??= table.values.slice();
        values[r] = [];
        const cents = keyer.amountCol === undefined || amount.as !== "usd" ? null : parseCents(row[keyer.amountCol]);
        const written = cellText(keyer.amountCol === undefined ? null : row[keyer.amountCol]);
        const shown: LocalText | string =
          cents?.kind === "ok"
            ? inBothLanguages((lang) => `USD ${usdText(cents.value, lang)}`)
            : amount.as === "units"
              ? { en: `${written} units`, "zh-CN": `数量 ${written}` }
              : written;
        log.add(sheet, excelRow, keyer.amountHeader ?? null, "warning", "sheet.duplicateRow", {
          other: before.sheet,
          otherRow: before.row,
          amount: shown,
        });
        continue;
      }
      if (!here.has(key)) here.set(key, { sheet, row: excelRow });
    }
    for (const [k, v] of here) seen.set(k, v);
    return values ? { ...table, values } : table;
  });
}
