/// <reference types="office-js" />
// "Generate report": read the two tables, evaluate, write the results sheet. A constant number of
// syncs (3 to scan, 1–2 to write) plus one per block batch read.
import type { Day, Evaluation, Lang, LocateProblem, ReportGrid, SheetsReport } from "../core";
import { buildReportGrid, checkOptions, evaluate } from "../core";
import { listSheets } from "./read-workbook";
import { readWorkbookTables } from "./workbook-tables";
import { evaluateOptions, type AddinSettings, type SettingsStore } from "./settings";
import { writeResultsSheet, type WriteResult } from "./write-grid";

export type Phase = "reading" | "evaluating" | "writing";

export interface Progress {
  phase: Phase;
  rowsRead?: number;
  rowsTotal?: number;
}

/** A reason the report could not be made, for the pane to say in plain words. */
export class ReportError extends Error {
  constructor(
    readonly kind: LocateProblem | "options",
    readonly detail: string,
    /** The sheets passed over (issue 11), when every candidate for a table was. */
    readonly passedOver?: SheetsReport["passedOver"],
  ) {
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
  /** The document settings: the user's choices and our results sheet's record. */
  store: SettingsStore;
  lang: Lang;
  today: Day;
}

const isCode = (e: unknown, code: string) =>
  typeof e === "object" && e !== null && (e as { code?: unknown }).code === code;

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
  const { scan, tables } = await readWorkbookTables(ctx, input.settings, input.store, (rowsRead, rowsTotal) =>
    onProgress({ phase: "reading", rowsRead, rowsTotal }),
  );
  if (!tables.ok) throw new ReportError(tables.problem, tables.sheet ?? "", tables.passedOver);
  onProgress({ phase: "evaluating" });
  await pause();
  const evaluation = evaluate(tables.staff, tables.revenue, { ...options, sheets: tables.sheets });
  const grid = buildReportGrid(evaluation, input.lang);
  onProgress({ phase: "writing" });
  await pause();
  let written: WriteResult;
  const writeOptions = { ownership: input.store, dateSystem: scan.dateSystem };
  try {
    written = await writeResultsSheet(ctx, grid, scan.sheets, writeOptions);
  } catch (e) {
    // Someone added a sheet with that name since the scan: look again, once.
    if (!isCode(e, "ItemAlreadyExists")) throw e;
    written = await writeResultsSheet(ctx, grid, await listSheets(ctx, input.store), writeOptions);
  }
  const names = (ts: { sheet?: string }[]) => [...new Set(ts.map((t) => t.sheet ?? ""))];
  return { evaluation, grid, written, staffSheets: names(tables.staff), revenueSheets: names(tables.revenue) };
}
