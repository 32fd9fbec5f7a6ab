// Rows repeated across combined sheets (issue 11): a revenue row identical in every value to a row
// of another sheet of the same table (a month copied into the next month's sheet, a quarter sheet
// beside its months) is counted once; the later copy is left out with a warning naming both
// sheets and the amount not double counted. Repeats within one sheet are the user's own rows.
import type { LocalText, PlainCell as RawCell, TableInput } from "./types";
import { cellText, isBlankCell, parseCents } from "./cells";
import { detectHeader, REVENUE_FIELDS } from "./header-detection";
import type { IssueLog } from "./messages";
import { usdText } from "./report-text";

/** Field values in field order, then any other columns by header: the same row whatever the column order. */
function rowKeyer(table: TableInput): { headerRow: number; key: (row: readonly RawCell[]) => string; amountCol?: number; amountHeader?: string } | null {
  const match = detectHeader(table.values, REVENUE_FIELDS, table);
  if (!match) return null;
  const { columns, headerRow, headers } = match.mapping;
  const fields = REVENUE_FIELDS.map((s) => columns[s.field]);
  const mapped = new Set(fields.filter((c) => c !== undefined));
  const header = table.values[headerRow] ?? [];
  const others = header
    .map((h, c) => ({ h: cellText(h).trim(), c }))
    .filter((x) => !mapped.has(x.c) && x.h !== "")
    .sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const text = (v: RawCell) => cellText(v).trim();
  return {
    headerRow,
    key: (row) => [...fields.map((c) => (c === undefined ? "" : text(row[c]))), ...others.map((o) => `${o.h}=${text(row[o.c])}`)].join("\u0001"),
    amountCol: columns.amount,
    amountHeader: headers.amount,
  };
}

/** The tables with rows already seen on another sheet blanked out (row numbers stay as they are). */
export function dropRowsRepeatedAcrossSheets(tables: readonly TableInput[], log: IssueLog): TableInput[] {
  if (tables.length < 2) return [...tables];
  const seen = new Map<string, { sheet: string; row: number }>();
  return tables.map((table) => {
    const keyer = rowKeyer(table);
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
        const cents = keyer.amountCol === undefined ? null : parseCents(row[keyer.amountCol]);
        const usd = (lang: "en" | "zh-CN") => `USD ${usdText((cents as { value: number }).value, lang)}`;
        const amount: LocalText | string = cents?.kind === "ok" ? { en: usd("en"), "zh-CN": usd("zh-CN") } : cellText(keyer.amountCol === undefined ? null : row[keyer.amountCol]);
        log.add(sheet, excelRow, keyer.amountHeader ?? null, "warning", "sheet.duplicateRow", { other: before.sheet, otherRow: before.row, amount });
        continue;
      }
      if (!here.has(key)) here.set(key, { sheet, row: excelRow });
    }
    for (const [k, v] of here) seen.set(k, v);
    return values ? { ...table, values } : table;
  });
}
