/// <reference types="office-js" />
// The task pane inside Excel: shows what was detected, keeps the user's choices in the document,
// and runs "Generate report" with progress, then the summary or a plain-words error.
import type { Day, Lang, Market, RevenueField, StaffField } from "../core";
import { chooseRules, columnLetter, parseIsoDay, REVENUE_FIELDS, RESULTS_SHEET_NAMES, SHIPPED_RULES, STAFF_FIELDS, toIso } from "../core";
import { describeScan, type Detection } from "../excel/detect-tables";
import { locateSheets } from "../excel/read-tables";
import { scanWorkbook, type SheetScan, type WorkbookScan } from "../excel/read-workbook";
import { ReportError, runReport, type Progress } from "../excel/run-report";
import { readSettings, writeSettings, type AddinSettings, type SettingsStore } from "../excel/settings";
import { FIELD_NAMES, t } from "./i18n";
import { summarize } from "./summary";
import { applyTexts, byId, el, renderSummary, setOptions, setTicks, showMessage } from "./view";

export interface PaneDeps {
  lang: Lang;
  settings: SettingsStore;
  /** Excel.run, or a stand-in in tests. */
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  today(): Day;
}

const AUTO = "";
/** The column lists show at most this many columns (wider sheets keep their detection). */
const MAX_COLUMN_CHOICES = 200;

const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function startPane(doc: Document, deps: PaneDeps): Promise<void> {
  const { lang } = deps;
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => byId<T>(doc, id);
  applyTexts(doc, lang);
  let settings: AddinSettings = readSettings(deps.settings);
  let scan: WorkbookScan | null = null;

  const staffTicks = $("staff-sheet");
  const revenueTicks = $("revenue-sheet");
  const asOfInput = $<HTMLInputElement>("as-of");
  const versionSelect = $<HTMLSelectElement>("rule-version");
  const marketSelect = $<HTMLSelectElement>("market");
  const generate = $<HTMLButtonElement>("generate");
  const errorBox = $("error");

  const showError = (text: string) => showMessage(errorBox, t("errorHeading", lang), text);
  const excelError = (e: unknown) => t("errExcel", lang, { detail: e instanceof Error ? e.message : String(e) });

  async function save(next: AddinSettings): Promise<void> {
    settings = next;
    try {
      await writeSettings(deps.settings, next);
    } catch (e) {
      showError(t("errSave", lang, { detail: e instanceof Error ? e.message : String(e) }));
    }
  }

  // ---------------------------------------------------------------- rules: date, version, market

  const latest = SHIPPED_RULES[SHIPPED_RULES.length - 1];
  setOptions(
    marketSelect,
    (["developed", "developing"] as Market[]).map((m) => ({ value: m, label: latest.markets[m]?.name[lang] ?? m })),
    settings.market ?? "developed",
  );

  function asOfDay(): Day {
    return (settings.asOf ? parseIsoDay(settings.asOf) : null) ?? deps.today();
  }

  function renderRules(): void {
    asOfInput.value = toIso(asOfDay());
    const market = settings.market ?? "developed";
    const auto = chooseRules(SHIPPED_RULES, asOfDay(), market);
    const autoVersion = auto.ok ? auto.choice.rules.version : "?";
    setOptions(
      versionSelect,
      [
        { value: AUTO, label: t("autoVersion", lang, { version: autoVersion }) },
        ...SHIPPED_RULES.map((r) => ({ value: r.version, label: t("versionOption", lang, { version: r.version, published: r.published }) })),
      ],
      settings.ruleVersion ?? AUTO,
    );
    const used = chooseRules(SHIPPED_RULES, asOfDay(), market, settings.ruleVersion);
    $("version-changes").textContent = used.ok ? used.choice.rules.changes[lang] : used.error;
  }

  asOfInput.addEventListener("change", () => {
    if (parseIsoDay(asOfInput.value) === null) return; // half-typed dates wait
    void save({ ...settings, asOf: asOfInput.value === toIso(deps.today()) && !settings.asOf ? undefined : asOfInput.value });
    renderRules();
  });
  $("today").addEventListener("click", () => {
    void save({ ...settings, asOf: undefined });
    renderRules();
  });
  versionSelect.addEventListener("change", () => {
    void save({ ...settings, ruleVersion: versionSelect.value === AUTO ? undefined : versionSelect.value });
    renderRules();
  });
  marketSelect.addEventListener("change", () => {
    void save({ ...settings, market: marketSelect.value as Market });
    renderRules();
  });

  // ---------------------------------------------------------------- data: sheets and columns

  function headerRowOf(sheet: SheetScan, detectedRow: number | undefined): unknown[] {
    if (detectedRow !== undefined && detectedRow >= 0) return sheet.head[detectedRow] ?? [];
    return sheet.head.find((r) => r.some((c) => c !== "" && c !== null)) ?? [];
  }

  function foundText<F extends string>(
    part: Detection["staff"] | Detection["revenue"],
    fields: readonly { field: F; required: boolean }[],
  ): { text: string; problem: boolean } {
    if (!part) return { text: "", problem: true };
    const used = part.sheet.used;
    const mapping = part.mapping;
    if (!used || !mapping) return { text: t("noTableOn", lang), problem: true };
    const columns = mapping.columns as Partial<Record<F, number>>;
    const list = fields
      .filter((f) => f.required || columns[f.field] !== undefined)
      .map((f) => {
        const c = columns[f.field];
        return t("column", lang, { field: FIELD_NAMES[f.field][lang], letter: c === undefined ? t("notFound", lang) : columnLetter(used.col + c) });
      });
    return { text: t("foundColumns", lang, { row: used.row + mapping.headerRow + 1, columns: list.join(lang === "en" ? ", " : "、") }), problem: false };
  }

  function renderColumns<F extends StaffField | RevenueField>(
    box: HTMLElement,
    kind: "staff" | "revenue",
    part: Detection["staff"] | Detection["revenue"],
    fields: readonly { field: F }[],
    chosen: Partial<Record<F, string>> | undefined,
  ): void {
    box.querySelectorAll(".field").forEach((f) => f.remove());
    if (!part?.sheet.used) return;
    const used = part.sheet.used;
    const header = headerRowOf(part.sheet, part.mapping?.headerRow);
    const choices = Array.from({ length: Math.min(used.cols, MAX_COLUMN_CHOICES) }, (_, i) => {
      const letter = columnLetter(used.col + i);
      const text = String(header[i] ?? "").trim();
      return { value: letter, label: text ? `${letter} — ${text}` : letter };
    });
    for (const { field } of fields) {
      const wrap = el(doc, "div", undefined, "field");
      const id = `col-${kind}-${field}`;
      const label = el(doc, "label", FIELD_NAMES[field][lang]);
      label.htmlFor = id;
      const select = el(doc, "select");
      select.id = id;
      const detected = (part.mapping?.columns as Partial<Record<F, number>> | undefined)?.[field];
      const auto = detected === undefined ? t("notFound", lang) : columnLetter(used.col + detected);
      setOptions(select, [{ value: AUTO, label: `${t("autoColumn", lang)} (${auto})` }, ...choices], chosen?.[field] ?? AUTO);
      select.addEventListener("change", () => {
        const key = kind === "staff" ? "staffColumns" : "revenueColumns";
        const next = { ...(settings[key] ?? {}) } as Record<string, string>;
        if (select.value === AUTO) delete next[field];
        else next[field] = select.value;
        void save({ ...settings, [key]: Object.keys(next).length ? next : undefined });
        renderDetection();
      });
      wrap.append(label, select);
      box.append(wrap);
    }
  }

  function renderDetection(): void {
    if (!scan) return;
    const d = describeScan(scan.sheets, locateSheets(scan, settings), settings);
    const located = d.located;
    const sheetOptions = d.candidates.map((n) => ({ value: n, label: n }));
    // Nothing ticked: the sheets are found automatically (and named in the hint below).
    setTicks(staffTicks, sheetOptions, settings.staffSheets ?? [], (names) => {
      void save({ ...settings, staffSheets: names.length ? names : undefined, staffColumns: undefined });
      renderDetection();
    });
    setTicks(revenueTicks, sheetOptions, settings.revenueSheets ?? [], (names) => {
      void save({ ...settings, revenueSheets: names.length ? names : undefined, revenueColumns: undefined });
      renderDetection();
    });
    const staff = foundText(d.staff, STAFF_FIELDS);
    const revenue = foundText(d.revenue, REVENUE_FIELDS);
    if (!located.ok) {
      const staffProblem = located.problem === "no-staff-table" || located.problem === "staff-sheet-missing";
      if (staffProblem) Object.assign(staff, { text: located.problem === "no-staff-table" ? t("noStaffFound", lang) : t("errStaffMissing", lang, { sheet: located.sheet ?? "" }), problem: true });
      else Object.assign(revenue, { text: located.problem === "no-revenue-table" ? t("noRevenueFound", lang) : t("errRevenueMissing", lang, { sheet: located.sheet ?? "" }), problem: true });
    }
    for (const [id, f] of [["staff-found", staff], ["revenue-found", revenue]] as const) {
      const p = $(id);
      p.textContent = f.text;
      p.classList.toggle("hint--problem", f.problem && f.text !== "");
    }
    renderColumns($("staff-columns"), "staff", d.staff, STAFF_FIELDS, settings.staffColumns);
    renderColumns($("revenue-columns"), "revenue", d.revenue, REVENUE_FIELDS, settings.revenueColumns);
  }

  async function lookAgain(): Promise<void> {
    try {
      scan = await deps.run((ctx) => scanWorkbook(ctx));
      renderDetection();
    } catch (e) {
      showError(excelError(e));
    }
  }

  $("look-again").addEventListener("click", () => void lookAgain());

  // ---------------------------------------------------------------- generate

  const progressBox = $("progress");
  const bar = $<HTMLProgressElement>("progress-bar");
  const progressText = $("progress-text");
  function showProgress(p: Progress): void {
    progressBox.hidden = false;
    if (p.phase === "reading" && p.rowsTotal) {
      bar.value = Math.round(((p.rowsRead ?? 0) / p.rowsTotal) * 100);
      progressText.textContent = t("readingRows", lang, { done: (p.rowsRead ?? 0).toLocaleString(lang), total: p.rowsTotal.toLocaleString(lang) });
    } else {
      bar.removeAttribute("value"); // indeterminate
      progressText.textContent = t(p.phase, lang);
    }
  }

  function reportProblem(e: ReportError): string {
    switch (e.kind) {
      case "staff-sheet-missing":
        return t("errStaffMissing", lang, { sheet: e.detail });
      case "revenue-sheet-missing":
        return t("errRevenueMissing", lang, { sheet: e.detail });
      case "no-staff-table":
        return t("errNoStaff", lang);
      case "no-revenue-table":
        return t("errNoRevenue", lang);
      default:
        return t("errOptions", lang, { detail: e.detail });
    }
  }

  generate.addEventListener("click", async () => {
    generate.disabled = true;
    errorBox.hidden = true;
    $("results").hidden = true; // never show an earlier run's result next to this run's progress or error
    $("announce").textContent = "";
    try {
      const run = await deps.run((ctx) => runReport(ctx, { settings, lang, today: deps.today() }, showProgress, repaint));
      const summary = summarize(
        { evaluation: run.evaluation, written: run.written, baseSheetName: RESULTS_SHEET_NAMES[lang], staffSheets: run.staffSheets, revenueSheets: run.revenueSheets },
        lang,
      );
      renderSummary(doc, summary, lang);
      $("announce").textContent = summary.announcement;
    } catch (e) {
      showError(e instanceof ReportError ? reportProblem(e) : excelError(e));
    } finally {
      progressBox.hidden = true;
      generate.disabled = false;
    }
    // The sheets may have changed (ours was added): refresh the lists quietly.
    void lookAgain();
  });

  renderRules();
  $("loading").hidden = true;
  $("app").hidden = false;
  await lookAgain();
}
