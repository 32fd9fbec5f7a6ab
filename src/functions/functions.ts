/// <reference types="office-js" />
/// <reference types="custom-functions-runtime" />
// The COMPETENCY custom functions (shared runtime: this runs in the task pane's page). The JSDoc
// below is the source of functions.json (custom-functions-metadata-plugin, which also adds the
// CustomFunctions.associate calls); functions-zh-CN.json mirrors it in 简体中文.
//
// They read the workbook but never write it. With no range arguments they evaluate the
// workbook's own staff and revenue sheets (as detected or chosen in the task pane), share one
// cached reading, and stream new results when those sheets change: one set of worksheet event
// handlers registered at start-up (edits, added and deleted sheets, and calculations, so that
// inputs that are formulas refresh too), debounced, ignoring our own writes.
import { dayOfLocalDate, type DateSystem } from "../core";
import { readDateSystem } from "../excel/date-system";
import { langOf } from "../excel/display-language";
import { runExcel } from "../excel/excel-run";
import { onSettingsChanged, readSettings, sameInputs } from "../excel/settings";
import {
  gapsFunction,
  meetsFunction,
  pointsFunction,
  revenueFunction,
  scoreFunction,
  tierFunction,
  type FunctionsHost,
} from "./engine";
import { Debouncer, eventMatters, LiveInvocations, type SheetEvent } from "./live-invocations";
import {
  scoreTablesFromWorkbook,
  tablesFromWorkbook,
  WorkbookEvaluations,
  type ScoreTablesResult,
  type TablesResult,
} from "./workbook-evaluations";

/** Quiet time after the last edit before live results are recomputed. */
export const REFRESH_DELAY_MS = 750;

function documentStore() {
  return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
}

function documentSettings() {
  const store = documentStore();
  return store ? readSettings(store) : {};
}

function readInputTables(): Promise<TablesResult> {
  return runExcel((ctx) => tablesFromWorkbook(ctx, documentSettings(), documentStore()));
}

function readScoreInputTables(): Promise<ScoreTablesResult> {
  return runExcel((ctx) => scoreTablesFromWorkbook(ctx, documentSettings(), documentStore()));
}

const workbook = new WorkbookEvaluations(readInputTables, readScoreInputTables);

/** Read once per session (a workbook's date system changes only in Excel's options, rarely). */
let dateSystemRead: Promise<DateSystem> | null = null;
function workbookDateSystem(): Promise<DateSystem> {
  dateSystemRead ??= runExcel(readDateSystem).catch((e: unknown) => {
    dateSystemRead = null; // a failed read is not remembered
    throw e;
  });
  return dateSystemRead;
}
const live = new LiveInvocations();

export const host: FunctionsHost = {
  lang: () => langOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined),
  today: () => dayOfLocalDate(new Date()),
  settings: documentSettings,
  workbook,
  live,
  dateSystem: workbookDateSystem,
  error: (kind, message) =>
    new CustomFunctions.Error(
      kind === "value" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable,
      message,
    ),
};

const refresh = new Debouncer(REFRESH_DELAY_MS, () => void live.refreshAll());

/** WorksheetChangedEventArgs.triggerSource needs ExcelApi 1.14; the manifest declares 1.12. */
function triggerSourceSupported(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.14") === true;
}

function onSheetEvent(e: SheetEvent): void {
  if (!eventMatters(e, workbook.inputSheetIds, triggerSourceSupported())) return;
  // The cells are stale at once; streaming formulas recompute after the quiet time.
  workbook.invalidate();
  if (live.size) refresh.trigger();
}

/** Registered once, at start-up (not per call). */
export async function watchWorkbook(): Promise<void> {
  await runExcel(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.onChanged.add(async (e) => onSheetEvent(e));
    sheets.onAdded.add(async (e) => onSheetEvent(e));
    sheets.onDeleted.add(async (e) => onSheetEvent(e));
    // A formula's new result raises no onChanged: inputs fed from other sheets refresh on this (ExcelApi 1.8).
    sheets.onCalculated.add(async (e) => onSheetEvent(e));
    await ctx.sync();
  });
}

// A new date, version or market re-evaluates the cells already read; new sheets or columns re-read.
let lastSettings = documentSettings();
onSettingsChanged((next) => {
  if (sameInputs(lastSettings, next)) workbook.invalidateEvaluations();
  else workbook.invalidate();
  lastSettings = next;
  if (live.size) refresh.trigger();
});

if (typeof Office !== "undefined")
  void Office.onReady((info) => {
    if (info.host)
      void watchWorkbook().catch((e: unknown) =>
        console.warn("COMPETENCY functions will not update by themselves:", e),
      );
  });

/**
 * The Cloud CRM competency tier met on the as-of date: Gold, Silver or None. With no ranges, uses this workbook's staff and revenue sheets and updates when they change.
 * @customfunction TIER
 * @param [staff] Staff table with a header row (Name, Exam, Passed on, …). Omit to use the workbook's staff sheet.
 * @param [revenue] Revenue table with a header row (Product, Date, Amount, DPOR, …). Omit to use the workbook's revenue sheet.
 * @param [asOf] As-of date (a date or text YYYY-MM-DD). Omit for the task pane's date, or today.
 * @param [market] developed or developing. Omit for the task pane's choice.
 * @param invocation Streaming invocation.
 */
export function tier(
  staff: unknown[][],
  revenue: unknown[][],
  asOf: unknown,
  market: unknown,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  tierFunction(host, { staff, revenue, asOf, market }, invocation);
}

/**
 * Trailing-twelve-month net new revenue in USD that counts for the competency (eligible products, DPOR, inside the window).
 * @customfunction REVENUE
 * @param [revenue] Revenue table with a header row. Omit to use the workbook's revenue sheet.
 * @param [asOf] As-of date (a date or text YYYY-MM-DD). Omit for the task pane's date, or today.
 * @param invocation Streaming invocation.
 */
export function revenue(
  revenue: unknown[][],
  asOf: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  revenueFunction(host, { revenue, asOf }, invocation);
}

/**
 * TRUE when the partner meets the given tier (revenue and every exam slot) on the as-of date.
 * @customfunction MEETS
 * @param tier Silver or Gold.
 * @param [staff] Staff table with a header row. Omit to use the workbook's staff sheet.
 * @param [revenue] Revenue table with a header row. Omit to use the workbook's revenue sheet.
 * @param [asOf] As-of date (a date or text YYYY-MM-DD). Omit for the task pane's date, or today.
 * @param [market] developed or developing. Omit for the task pane's choice.
 * @param invocation Streaming invocation.
 */
export function meets(
  tier: unknown,
  staff: unknown[][],
  revenue: unknown[][],
  asOf: unknown,
  market: unknown,
  invocation: CustomFunctions.StreamingInvocation<boolean>,
): void {
  meetsFunction(host, tier, { staff, revenue, asOf, market }, invocation);
}

/**
 * The missing exam slots as a table that spills: tier, slot, requirement, the closest candidate and what they still need.
 * @customfunction GAPS
 * @param [tier] Silver or Gold. Omit for every tier.
 * @param [staff] Staff table with a header row. Omit to use the workbook's staff sheet.
 * @param [revenue] Revenue table with a header row. Omit to use the workbook's revenue sheet.
 * @param [asOf] As-of date (a date or text YYYY-MM-DD). Omit for the task pane's date, or today.
 * @param [market] developed or developing. Omit for the task pane's choice.
 * @param invocation Streaming invocation.
 */
export function gaps(
  tier: unknown,
  staff: unknown[][],
  revenue: unknown[][],
  asOf: unknown,
  market: unknown,
  invocation: CustomFunctions.StreamingInvocation<string[][]>,
): void {
  gapsFunction(host, tier, { staff, revenue, asOf, market }, invocation);
}

/**
 * The Solutions Partner for Business Applications capability score (0 to 100; 70 qualifies), truncated to 2 decimals. With no ranges, uses this workbook's certification, revenue and usage sheets and updates when they change.
 * @customfunction SCORE
 * @param [certs] Certifications table with a header row (Name, Certification, Earned on, Expires, …). Omit to use the workbook's certifications sheet.
 * @param [revenue] Revenue-by-customer table with a header row (Month, Tenant, Workload, Amount, …). Omit to use the workbook's revenue sheet.
 * @param [usage] Usage table with a header row (Month, Tenant, Workload, MAU, …). Omit to use the workbook's usage sheet.
 * @param [asOf] As-of date (a date or text YYYY-MM-DD). Omit for the task pane's date, or today.
 * @param [track] Enterprise or SMB. Omit for the automatic track test.
 * @param invocation Streaming invocation.
 */
export function score(
  certs: unknown[][],
  revenue: unknown[][],
  usage: unknown[][],
  asOf: unknown,
  track: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  scoreFunction(host, { certs, revenue, usage, asOf, track }, invocation);
}

/**
 * One metric's points in the capability score, truncated to 2 decimals: netCustomerAdds, intermediateCertifications, advancedCertifications, usageGrowth or deployments.
 * @customfunction POINTS
 * @param metric The metric, by id (usageGrowth) or name (Usage growth).
 * @param [certs] Certifications table with a header row. Omit to use the workbook's certifications sheet.
 * @param [revenue] Revenue-by-customer table with a header row. Omit to use the workbook's revenue sheet.
 * @param [usage] Usage table with a header row. Omit to use the workbook's usage sheet.
 * @param [asOf] As-of date (a date or text YYYY-MM-DD). Omit for the task pane's date, or today.
 * @param [track] Enterprise or SMB. Omit for the automatic track test.
 * @param invocation Streaming invocation.
 */
export function points(
  metric: unknown,
  certs: unknown[][],
  revenue: unknown[][],
  usage: unknown[][],
  asOf: unknown,
  track: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  pointsFunction(host, metric, { certs, revenue, usage, asOf, track }, invocation);
}
