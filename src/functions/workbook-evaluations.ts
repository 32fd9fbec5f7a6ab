// One shared reading of the workbook's staff and revenue sheets for every function call with
// no range arguments, and one evaluation per distinct set of options; dropped when the inputs
// change. A read that started before a change never fills the cache after it.
/// <reference types="office-js" />
import type { EvaluateOptions, Evaluation, LocateProblem, TableInput } from "../core";
import { evaluate } from "../core";
import type { AddinSettings, SettingsStore } from "../excel/settings";
import { readWorkbookTables } from "../excel/workbook-tables";

export type TablesResult =
  | { ok: true; staff: TableInput | TableInput[]; revenue: TableInput | TableInput[]; inputSheetIds: ReadonlySet<string> }
  | { ok: false; problem: LocateProblem; sheet?: string };

/** The workbook's own input tables, and the sheets they came from (edits elsewhere do not matter). */
export async function tablesFromWorkbook(ctx: Excel.RequestContext, settings: AddinSettings, store?: SettingsStore): Promise<TablesResult> {
  const { tables: t } = await readWorkbookTables(ctx, settings, store);
  if (!t.ok) return t;
  return { ok: true, staff: t.staff, revenue: t.revenue, inputSheetIds: new Set(t.sheetsRead.map((s) => s.id)) };
}

export type EvaluationResult = { ok: true; evaluation: Evaluation; tables: TablesResult & { ok: true } } | (TablesResult & { ok: false });

export class WorkbookEvaluations {
  private tables: Promise<TablesResult> | null = null;
  private readonly evaluations = new Map<string, Evaluation>();
  private tablesGeneration = 0;
  private evaluationsGeneration = 0;
  /** Sheets the last successful read used; null before one (then every edit matters). */
  inputSheetIds: ReadonlySet<string> | null = null;
  reads = 0;

  constructor(private readonly read: () => Promise<TablesResult>) {}

  invalidate(): void {
    this.tablesGeneration++;
    this.evaluationsGeneration++;
    this.tables = null;
    this.evaluations.clear();
  }

  /** Settings changed but the sheets did not: keep the cells, redo the evaluations. */
  invalidateEvaluations(): void {
    this.evaluationsGeneration++;
    this.evaluations.clear();
  }

  currentTables(): Promise<TablesResult> {
    if (!this.tables) {
      const gen = this.tablesGeneration;
      this.reads++;
      const p = this.read().then(
        (t) => {
          if (gen === this.tablesGeneration) this.inputSheetIds = t.ok ? t.inputSheetIds : null;
          return t;
        },
        (e: unknown) => {
          if (this.tables === p) this.tables = null; // a failed read is not remembered
          throw e;
        },
      );
      this.tables = p;
    }
    return this.tables;
  }

  async evaluate(options: EvaluateOptions): Promise<EvaluationResult> {
    const gen = this.evaluationsGeneration;
    const tables = await this.currentTables();
    if (!tables.ok) return tables;
    const key = JSON.stringify(options);
    let e = this.evaluations.get(key);
    if (!e) {
      e = evaluate(tables.staff, tables.revenue, options);
      if (gen === this.evaluationsGeneration) this.evaluations.set(key, e);
    }
    return { ok: true, evaluation: e, tables };
  }
}
