/// <reference types="office-js" />
// Shared set-up for the Excel-layer tests: a fake workbook and a request context on it.
import { FakeRequestContext, FakeWorkbook } from "../fakes/excel-fake";
import type { SheetData } from "../fakes/sample-workbook";
import { parseIsoDay } from "../../src/core";

export function fakeExcel(sheets: SheetData[]): { book: FakeWorkbook; ctx: Excel.RequestContext } {
  const book = new FakeWorkbook(sheets);
  return { book, ctx: new FakeRequestContext(book) as unknown as Excel.RequestContext };
}

export const day = (iso: string) => parseIsoDay(iso) as number;

/** Syncs that read table cells (the scan's header sync reads cells too: pass `from` to skip it). */
export function readSyncs(book: FakeWorkbook, from = 0): number {
  return book.syncLog.slice(from).filter((s) => s.cellsRead > 0).length;
}
