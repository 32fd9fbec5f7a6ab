/// <reference types="office-js" />
// The workbook's date system. Workbooks made on a Mac may use the 1904 system, where
// Range.values gives serials counted from 1904-01-01 (1462 lower than the 1900 system's), and
// Office.js has no property that says which. Excel's own DATE function does:
// workbook.functions.date(1904, 1, 1) (ExcelApi 1.2) is 0 under 1904 and 1462 under 1900.
import type { DateSystem } from "../core";

/** Queues the probe on the context; `system()` answers after the next sync. */
export function probeDateSystem(ctx: Excel.RequestContext): { system(): DateSystem } {
  const result = ctx.workbook.functions.date(1904, 1, 1).load("value");
  return { system: () => (result.value === 0 ? "1904" : "1900") };
}

/** One sync: the workbook's date system. */
export async function readDateSystem(ctx: Excel.RequestContext): Promise<DateSystem> {
  const probe = probeDateSystem(ctx);
  await ctx.sync();
  return probe.system();
}
