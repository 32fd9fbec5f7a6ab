// Stands in for office.js in the browser tests (the real one comes from Microsoft's CDN, out of
// reach here): Office, Excel and CustomFunctions globals backed by the in-memory fake workbook of
// test/fakes, filled from window.__SIM__ (set by the test before the page loads). The test reads
// the workbook back through window.__sim.
import { FakeWorkbook, fakeExcelNamespace, type FakeSheet } from "../fakes/excel-fake";
import { fakeCustomFunctions, fakeOffice, fakeSettings } from "../fakes/office-fake";

export interface SimConfig {
  sheets: { name: string; values: unknown[][]; row?: number; col?: number; visibility?: FakeSheet["visibility"] }[];
  displayLanguage: string;
  settings?: Record<string, unknown>;
  /** A workbook in the 1904 date system. */
  date1904?: boolean;
}

export interface SheetSnapshot {
  name: string;
  values: unknown[][];
  numberFormats: Record<string, string>;
  formulas: Record<string, string>;
  fills: Record<string, string>;
  frozenRows: number;
  ownerMark: string | null;
  id: string;
  writes: number;
}

const w = window as unknown as Record<string, unknown> & { __SIM__: SimConfig };
const config = w.__SIM__;
const book = new FakeWorkbook(config.sheets, { date1904: config.date1904 });
const settings = fakeSettings(config.settings ?? {});
const cf = fakeCustomFunctions();

w.Office = fakeOffice({ displayLanguage: config.displayLanguage, settings });
w.Excel = fakeExcelNamespace(book);
w.OfficeExtension = { Error: Error };
w.CustomFunctions = cf;

function snapshot(s: FakeSheet): SheetSnapshot {
  const box = s.usedBox();
  const key = (k: number) => `${Math.floor(k / 16384)},${k % 16384}`;
  const map = <V>(m: Map<number, V>, f: (v: V) => string | undefined) => {
    const out: Record<string, string> = {};
    for (const [k, v] of m) {
      const x = f(v);
      if (x !== undefined) out[key(k)] = x;
    }
    return out;
  };
  return {
    name: s.name,
    id: s.id,
    values: box ? s.readBox({ row: 0, col: 0, rows: box.row + box.rows, cols: box.col + box.cols }) : [],
    numberFormats: map(s.numberFormats, (v) => v),
    formulas: map(s.formulas, (v) => v),
    fills: map(s.looks, (v) => v.fill),
    frozenRows: s.frozenRows,
    ownerMark: [...s.customProperties.values()][0]?.value ?? null,
    writes: s.writes,
  };
}

w.__sim = {
  book,
  settings,
  functions: cf.associations,
  /** An error object as Excel passes an error cell to a custom function. */
  cellError: (code: string) => new cf.Error(code),
  sheets: () => book.sheets.map(snapshot),
  syncs: () => book.syncs,
};
