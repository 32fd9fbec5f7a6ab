// One shared reading of the workbook's input sheets for every function call with no range
// arguments, and one evaluation per distinct set of options; dropped when the inputs change. A
// read that started before a change never fills the cache after it. Two readings share this
// machinery: the Cloud CRM staff and revenue sheets, and the capability score's certification,
// revenue and usage sheets (issue 15).
/// <reference types="office-js" />
import type {
  EvaluateOptions,
  Evaluation,
  LocateProblem,
  ScoreEvaluation,
  ScoreLocateFailure,
  ScoreOptions,
  ScoreSheetsReport,
  ScoreTables,
  SheetsReport,
  TableInput,
} from "../core";
import { evaluate, evaluateScore } from "../core";
import type { AddinSettings, SettingsStore } from "../excel/settings";
import { readScoreTables } from "../excel/score-tables";
import { readWorkbookTables } from "../excel/workbook-tables";

export type TablesResult =
  | {
      ok: true;
      staff: TableInput | TableInput[];
      revenue: TableInput | TableInput[];
      inputSheetIds: ReadonlySet<string>;
      /** Which sheets were read and passed over (issue 11): the evaluation's issues name them. */
      sheets?: SheetsReport;
    }
  | { ok: false; problem: LocateProblem; sheet?: string };

/** The workbook's own input tables, and the sheets they came from (edits elsewhere do not matter). */
export async function tablesFromWorkbook(
  ctx: Excel.RequestContext,
  settings: AddinSettings,
  store?: SettingsStore,
): Promise<TablesResult> {
  const { tables: t } = await readWorkbookTables(ctx, settings, store);
  if (!t.ok) return t;
  return {
    ok: true,
    staff: t.staff,
    revenue: t.revenue,
    inputSheetIds: new Set(t.sheetsRead.map((s) => s.id)),
    sheets: t.sheets,
  };
}

/** The score's tables (each optional); `ok: false` when a named sheet is missing or the workbook has none of the three. */
export type ScoreTablesResult =
  { ok: true; tables: ScoreTables; inputSheetIds: ReadonlySet<string>; sheets: ScoreSheetsReport } | ScoreLocateFailure;

export async function scoreTablesFromWorkbook(
  ctx: Excel.RequestContext,
  settings: AddinSettings,
  store?: SettingsStore,
): Promise<ScoreTablesResult> {
  const r = await readScoreTables(ctx, settings, store);
  return r.ok ? { ok: true, tables: r.tables, inputSheetIds: r.inputSheetIds, sheets: r.sheets } : r;
}

export type EvaluationResult =
  { ok: true; evaluation: Evaluation; tables: TablesResult & { ok: true } } | (TablesResult & { ok: false });
export type ScoreEvaluationResult = { ok: true; evaluation: ScoreEvaluation } | ScoreLocateFailure;

type Readable = { ok: true; inputSheetIds: ReadonlySet<string> } | { ok: false };

/** One cached reading and its evaluations per set of options. */
class CachedReading<T extends Readable, E> {
  private tables: Promise<T> | null = null;
  private readonly evaluations = new Map<string, E>();
  private tablesGeneration = 0;
  private evaluationsGeneration = 0;
  /** Sheets the last successful read used; null before one (then every edit matters). */
  inputSheetIds: ReadonlySet<string> | null = null;
  /** Whether anything asked for this reading yet (an unused reading does not widen the watched sheets). */
  used = false;
  reads = 0;

  constructor(private readonly read: () => Promise<T>) {}

  invalidate(): void {
    this.tablesGeneration++;
    this.invalidateEvaluations();
    this.tables = null;
  }

  invalidateEvaluations(): void {
    this.evaluationsGeneration++;
    this.evaluations.clear();
  }

  current(): Promise<T> {
    this.used = true;
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

  async evaluate(options: object, compute: (t: T & { ok: true }) => E): Promise<{ tables: T; evaluation: E | null }> {
    const gen = this.evaluationsGeneration;
    const tables = await this.current();
    if (!tables.ok) return { tables, evaluation: null };
    const key = JSON.stringify(options);
    let e = this.evaluations.get(key);
    if (!e) {
      e = compute(tables as T & { ok: true });
      if (gen === this.evaluationsGeneration) this.evaluations.set(key, e);
    }
    return { tables, evaluation: e };
  }
}

const noScoreTables = (): Promise<ScoreTablesResult> => Promise.resolve({ ok: false, problem: "no-tables" });

export class WorkbookEvaluations {
  private readonly crm: CachedReading<TablesResult, Evaluation>;
  private readonly score: CachedReading<ScoreTablesResult, ScoreEvaluation>;

  constructor(read: () => Promise<TablesResult>, readScore: () => Promise<ScoreTablesResult> = noScoreTables) {
    this.crm = new CachedReading(read);
    this.score = new CachedReading(readScore);
  }

  /** Reads of the Cloud CRM sheets, and of the score's sheets. */
  get reads(): number {
    return this.crm.reads;
  }
  get scoreReads(): number {
    return this.score.reads;
  }

  /** The sheets whose edits matter: the union over the readings in use; null while one of them has none. */
  get inputSheetIds(): ReadonlySet<string> | null {
    const inUse = [this.crm, this.score].filter((r) => r.used);
    if (!inUse.length || inUse.some((r) => r.inputSheetIds === null)) return null;
    return new Set(inUse.flatMap((r) => [...(r.inputSheetIds as ReadonlySet<string>)]));
  }

  invalidate(): void {
    this.crm.invalidate();
    this.score.invalidate();
  }

  /** Settings changed but the sheets did not: keep the cells, redo the evaluations. */
  invalidateEvaluations(): void {
    this.crm.invalidateEvaluations();
    this.score.invalidateEvaluations();
  }

  currentTables(): Promise<TablesResult> {
    return this.crm.current();
  }

  currentScoreTables(): Promise<ScoreTablesResult> {
    return this.score.current();
  }

  async evaluate(options: EvaluateOptions): Promise<EvaluationResult> {
    const r = await this.crm.evaluate(options, (t) =>
      evaluate(t.staff, t.revenue, t.sheets ? { ...options, sheets: t.sheets } : options),
    );
    return r.tables.ok ? { ok: true, evaluation: r.evaluation as Evaluation, tables: r.tables } : r.tables;
  }

  async evaluateScore(options: ScoreOptions): Promise<ScoreEvaluationResult> {
    const r = await this.score.evaluate(options, (t) => evaluateScore(t.tables, { ...options, sheets: t.sheets }));
    return r.tables.ok ? { ok: true, evaluation: r.evaluation as ScoreEvaluation } : r.tables;
  }
}
