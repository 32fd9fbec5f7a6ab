/// <reference types="office-js" />
// The one path from a workbook to the input tables, shared by Generate report and the COMPETENCY
// functions: scan the sheets, find (or take the chosen) staff and revenue sheets, read them in blocks.
import type { LocateProblem, SheetsReport } from "../core";
import { locateSheets, readTables, type ReadProgress, type TablesRead } from "./read-tables";
import { scanWorkbook, type WorkbookScan } from "./read-workbook";
import type { AddinSettings, SettingsStore } from "./settings";

/** `sheets`: which sheets were read for each table and which were passed over, and why (issue 11). */
export type WorkbookTables =
  | ({ ok: true; sheets: SheetsReport } & TablesRead)
  | { ok: false; problem: LocateProblem; sheet?: string; passedOver?: SheetsReport["passedOver"] };

export async function readWorkbookTables(
  ctx: Excel.RequestContext,
  settings: AddinSettings,
  /** The document settings, to recognise our results sheet (results-owner.ts). */
  store?: SettingsStore,
  onProgress?: ReadProgress,
): Promise<{ scan: WorkbookScan; tables: WorkbookTables }> {
  const scan = await scanWorkbook(ctx, store);
  const located = locateSheets(scan, settings);
  if (!located.ok) return { scan, tables: located };
  return {
    scan,
    tables: { ok: true, sheets: located.sheets, ...(await readTables(ctx, scan, located, settings, onProgress)) },
  };
}
