/// <reference types="office-js" />
// The task pane inside Excel, wired: user actions go through pane-state's pure functions, what to
// show comes from pane-views, and view.ts puts it on the page. This file only connects them to the
// document's settings and to Excel (scan, Generate report).
import type { Day, Lang } from "../core";
import { RESULTS_SHEET_NAMES } from "../core";
import { describeScan } from "../excel/detect-tables";
import { inputSheetNames, locateSheets } from "../excel/read-tables";
import { scanWorkbook, type WorkbookScan } from "../excel/read-workbook";
import { ReportError, runReport } from "../excel/run-report";
import { readSettings, writeSettings, type AddinSettings, type SettingsStore } from "../excel/settings";
import { t } from "./i18n";
import {
  chooseAsOf,
  chooseColumn,
  chooseDateOrder,
  chooseMarket,
  chooseProgram,
  chooseScoreColumn,
  chooseScoreSheet,
  chooseSheets,
  chooseToday,
  chooseVersion,
  type TableKind,
} from "./pane-state";
import { detectionView, progressView, reportProblemText, rulesView } from "./pane-views";
import { runScoreReport } from "../excel/score-report";
import { describeScoreScan } from "../excel/score-tables";
import { programView, scoreProblemText, scoreSheetsView, scoreView } from "./score-views";
import { summarize } from "./summary";
import {
  applyTexts,
  byId,
  renderColumnSelects,
  renderFound,
  renderProgress,
  renderScore,
  renderScoreSheetChoices,
  renderSelect,
  renderSummary,
  setTicks,
  showMessage,
} from "./view";

export interface PaneDeps {
  lang: Lang;
  settings: SettingsStore;
  /** Excel.run, or a stand-in in tests. */
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  today(): Day;
}

const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function startPane(doc: Document, deps: PaneDeps): Promise<void> {
  const { lang } = deps;
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => byId<T>(doc, id);
  applyTexts(doc, lang);
  let settings: AddinSettings = readSettings(deps.settings);
  let scan: WorkbookScan | null = null;

  const errorBox = $("error");
  const showError = (text: string) => showMessage(errorBox, t("errorHeading", lang), text);
  const excelError = (e: unknown) => t("errExcel", lang, { detail: e instanceof Error ? e.message : String(e) });

  /** Keeps the new settings in the document, then redraws what depends on them. */
  async function update(next: AddinSettings | null, redraw: () => void): Promise<void> {
    if (!next) return;
    settings = next;
    redraw();
    try {
      await writeSettings(deps.settings, next);
    } catch (e) {
      showError(t("errSave", lang, { detail: e instanceof Error ? e.message : String(e) }));
    }
  }

  function renderRules(): void {
    const v = rulesView(settings, deps.today(), lang);
    $<HTMLInputElement>("as-of").value = v.asOf;
    renderSelect($<HTMLSelectElement>("rule-version"), v.version);
    renderSelect($<HTMLSelectElement>("market"), v.market);
    renderSelect($<HTMLSelectElement>("date-order"), v.dateOrder);
    $("version-changes").textContent = v.changes;
  }

  function renderDetection(): void {
    if (!scan) return;
    const v = detectionView(describeScan(scan.sheets, locateSheets(scan, settings), settings), settings, lang);
    // Nothing ticked: the sheets are found automatically (the hint below names what was found).
    for (const kind of ["staff", "revenue"] as const) {
      const view = kind === "staff" ? v.staffSheet : v.revenueSheet;
      setTicks(
        $(`${kind}-sheet`),
        view.options,
        view.ticked,
        (names) => void update(chooseSheets(settings, kind, names), renderDetection),
      );
    }
    renderFound($("staff-found"), v.staffFound);
    renderFound($("revenue-found"), v.revenueFound);
    const onColumn = (kind: TableKind, field: string, value: string) =>
      void update(chooseColumn(settings, kind, field, value), renderDetection);
    renderColumnSelects($("staff-columns"), v.staffColumns, onColumn);
    renderColumnSelects($("revenue-columns"), v.revenueColumns, onColumn);
  }

  /** issue 15: the score's sheet per table, chosen by the core's rule on the scan already made, and its columns. */
  function renderScoreSheets(): void {
    if (!scan) return;
    const d = describeScoreScan(scan, settings);
    const views = scoreSheetsView(inputSheetNames(scan.sheets), d.chosen, settings, lang, d.tables);
    renderScoreSheetChoices(
      $("score-sheets"),
      views,
      (table, value) => void update(chooseScoreSheet(settings, table, value), renderScoreSheets),
      (table, field, value) => void update(chooseScoreColumn(settings, table, field, value), renderScoreSheets),
    );
  }

  /** issue 15: Cloud CRM's sheet choices, version, market and date order do not apply to the score. */
  function renderProgram(): void {
    renderSelect($<HTMLSelectElement>("program"), programView(settings, lang));
    const score = settings.program === "business-applications";
    $("data-section").hidden = score;
    $("score-data-section").hidden = !score;
    for (const id of ["rule-version", "market"]) ($(id).closest(".field") as HTMLElement).hidden = score;
    $("title").textContent = t(score ? "programBusinessApplications" : "pageTitle", lang);
    $("subtitle").textContent = t(score ? "scoreSubtitle" : "subtitle", lang);
    $("as-of-hint").textContent = t(score ? "scoreAsOfHint" : "asOfHint", lang);
  }

  async function generateScore(): Promise<void> {
    const r = await deps.run((ctx) =>
      runScoreReport(ctx, { settings, store: deps.settings, lang, today: deps.today() }),
    );
    if (!r.ok) {
      showError(scoreProblemText(r, lang));
      return;
    }
    const v = scoreView(r.evaluation, lang, r.sheets);
    renderScore(doc, v);
    $("score-sheet").textContent = r.written ? t("writtenTo", lang, { sheet: r.written.name }) : "";
    $("announce").textContent = v.announcement;
  }

  async function lookAgain(): Promise<void> {
    try {
      scan = await deps.run((ctx) => scanWorkbook(ctx, deps.settings));
      renderDetection();
      renderScoreSheets();
    } catch (e) {
      showError(excelError(e));
    }
  }

  const asOfInput = $<HTMLInputElement>("as-of");
  asOfInput.addEventListener(
    "change",
    () => void update(chooseAsOf(settings, asOfInput.value, deps.today()), renderRules),
  );
  $("today").addEventListener("click", () => void update(chooseToday(settings), renderRules));
  const versionSelect = $<HTMLSelectElement>("rule-version");
  versionSelect.addEventListener(
    "change",
    () => void update(chooseVersion(settings, versionSelect.value), renderRules),
  );
  const marketSelect = $<HTMLSelectElement>("market");
  marketSelect.addEventListener("change", () => void update(chooseMarket(settings, marketSelect.value), renderRules));
  const dateOrderSelect = $<HTMLSelectElement>("date-order");
  dateOrderSelect.addEventListener(
    "change",
    () => void update(chooseDateOrder(settings, dateOrderSelect.value), renderRules),
  );
  for (const id of ["look-again", "score-look-again"]) $(id).addEventListener("click", () => void lookAgain());
  const programSelect = $<HTMLSelectElement>("program");
  programSelect.addEventListener(
    "change",
    () => void update(chooseProgram(settings, programSelect.value), renderProgram),
  );

  const generate = $<HTMLButtonElement>("generate");
  generate.addEventListener("click", async () => {
    generate.disabled = true;
    errorBox.hidden = true;
    $("results").hidden = true; // never show an earlier run's result next to this run's progress or error
    $("score-results").hidden = true;
    $("announce").textContent = "";
    try {
      if (settings.program === "business-applications") {
        await generateScore();
        return;
      }
      const run = await deps.run((ctx) =>
        runReport(
          ctx,
          { settings, store: deps.settings, lang, today: deps.today() },
          (p) => renderProgress($("progress"), progressView(p, lang)),
          repaint,
        ),
      );
      const summary = summarize(
        {
          evaluation: run.evaluation,
          written: run.written,
          baseSheetName: RESULTS_SHEET_NAMES[lang],
          staffSheets: run.staffSheets,
          revenueSheets: run.revenueSheets,
        },
        lang,
      );
      renderSummary(doc, summary, lang);
      $("announce").textContent = summary.model.announcement;
    } catch (e) {
      showError(e instanceof ReportError ? reportProblemText(e, lang) : excelError(e));
    } finally {
      $("progress").hidden = true;
      generate.disabled = false;
    }
    // The sheets may have changed (ours was added): refresh the lists quietly.
    void lookAgain();
  });

  renderRules();
  renderProgram();
  $("loading").hidden = true;
  $("app").hidden = false;
  await lookAgain();
}
