/// <reference types="office-js" />
// "Generate report": read the two tables, evaluate, write the results sheet. A constant number of
// syncs (3 to scan, 1–2 to write) plus one per block batch read.
import type { Day, Evaluation, Lang, ReportGrid } from "../core";
import { buildReportGrid, checkOptions, evaluate } from "../core";
import { locateSheets, readTables, type LocateProblem } from "./read-tables";
import { listSheets, scanWorkbook } from "./read-workbook";
import { evaluateOptions, type AddinSettings } from "./settings";
import { writeResultsSheet, type WriteResult } from "./write-grid";

export type Phase = "reading" | "evaluating" | "writing";

export interface Progress {
  phase: Phase;
  rowsRead?: number;
  rowsTotal?: number;
}

/** A reason the report could not be made, for the pane to say in plain words. */
export class ReportError extends Error {
  constructor(readonly kind: LocateProblem | "options", readonly detail: string) {
    super(`${kind}: ${detail}`);
  }
}

export interface ReportRun {
  evaluation: Evaluation;
  grid: ReportGrid;
  written: WriteResult;
  /** The sheets read for each table, in the order the core chose them. */
  staffSheets: string[];
  revenueSheets: string[];
}

export interface ReportInput {
  settings: AddinSettings;
  lang: Lang;
  today: Day;
}

const isCode = (e: unknown, code: string) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === code;

export async function runReport(
  ctx: Excel.RequestContext,
  input: ReportInput,
  onProgress: (p: Progress) => void = () => {},
  /** Lets the pane repaint between phases (evaluation runs on the UI thread). */
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ReportRun> {
  const options = evaluateOptions(input.settings, input.today, input.lang);
  const bad = checkOptions(options);
  if (bad) throw new ReportError("options", bad);
  onProgress({ phase: "reading" });
  const scan = await scanWorkbook(ctx);
  const located = locateSheets(scan, input.settings);
  if (!located.ok) throw new ReportError(located.problem, located.sheet ?? "");
  const tables = await readTables(ctx, scan, located, input.settings, (rowsRead, rowsTotal) => onProgress({ phase: "reading", rowsRead, rowsTotal }));
  onProgress({ phase: "evaluating" });
  await pause();
  const evaluation = evaluate(tables.staff, tables.revenue, { ...options, sheets: located.sheets });
  const grid = buildReportGrid(evaluation, input.lang);
  onProgress({ phase: "writing" });
  await pause();
  let written: WriteResult;
  try {
    written = await writeResultsSheet(ctx, grid, scan.sheets);
  } catch (e) {
    // Someone added a sheet with that name since the scan: look again, once.
    if (!isCode(e, "ItemAlreadyExists")) throw e;
    written = await writeResultsSheet(ctx, grid, await listSheets(ctx));
  }
  const names = (ts: { sheet?: string }[]) => [...new Set(ts.map((t) => t.sheet ?? ""))];
  return { evaluation, grid, written, staffSheets: names(tables.staff), revenueSheets: names(tables.revenue) };
}
