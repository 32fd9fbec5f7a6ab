// What each part of the task pane shows, computed from the settings, the scan and the run's
// progress as plain data (lists of options, lines of text). The DOM renderers in view.ts only copy
// these onto the page; unit tests read them without a browser.
import type {
  Day,
  Lang,
  LocateProblem,
  Market,
  RevenueField,
  ScoreSheetMissing,
  SheetsReport,
  StaffField,
} from "../core";
import {
  chooseRules,
  columnLetter,
  fieldsOf,
  locateProblemText,
  passedOverNote,
  REVENUE_FIELDS,
  SHIPPED_RULES,
  STAFF_FIELDS,
  toIso,
} from "../core";
import type { DetectedTable, Detection } from "../excel/detect-tables";
import type { Progress, ReportError } from "../excel/run-report";
import type { AddinSettings } from "../excel/settings";
import { FIELD_NAMES, fieldName, t } from "./i18n";
import { asOfDay, AUTO, type TableKind } from "./pane-state";

export interface Choice {
  value: string;
  label: string;
}

export interface SelectView {
  options: Choice[];
  selected: string;
}

export interface RulesView {
  asOf: string;
  version: SelectView;
  market: SelectView;
  dateOrder: SelectView;
  /** What changed in the version used, or why none can be used. */
  changes: string;
}

export function rulesView(s: AddinSettings, today: Day, lang: Lang): RulesView {
  const day = asOfDay(s, today);
  const market = s.market ?? "developed";
  const latest = SHIPPED_RULES[SHIPPED_RULES.length - 1];
  const auto = chooseRules(SHIPPED_RULES, day, market);
  const used = chooseRules(SHIPPED_RULES, day, market, s.ruleVersion);
  return {
    asOf: toIso(day),
    version: {
      options: [
        { value: AUTO, label: t("autoVersion", lang, { version: auto.ok ? auto.value.rules.version : "?" }) },
        ...SHIPPED_RULES.map((r) => ({
          value: r.version,
          label: t("versionOption", lang, { version: r.version, published: r.published }),
        })),
      ],
      selected: s.ruleVersion ?? AUTO,
    },
    market: {
      options: (["developed", "developing"] as Market[]).map((m) => ({
        value: m,
        label: latest.markets[m]?.name[lang] ?? m,
      })),
      selected: market,
    },
    dateOrder: {
      options: [
        { value: AUTO, label: t("dateOrderAuto", lang) },
        { value: "mdy", label: t("dateOrderMdy", lang) },
        { value: "dmy", label: t("dateOrderDmy", lang) },
      ],
      selected: s.dateOrder ?? AUTO,
    },
    changes: used.ok ? used.value.rules.changes[lang] : used.error.message,
  };
}

export interface FoundLine {
  text: string;
  problem: boolean;
}

/** One field's column list; `kind` names the table (Cloud CRM's staff or revenue, or a score table). */
export interface ColumnSelectView<K extends string = TableKind> extends SelectView {
  kind: K;
  field: string;
  id: string;
  label: string;
}

/** A table's sheets as checkboxes (issue 11): several ticked are combined, none = found automatically. */
export interface TicksView {
  options: { value: string; label: string }[];
  ticked: string[];
}

export interface DetectionView {
  staffSheet: TicksView;
  revenueSheet: TicksView;
  staffFound: FoundLine;
  revenueFound: FoundLine;
  staffColumns: ColumnSelectView[];
  revenueColumns: ColumnSelectView[];
}

/** The column lists show at most this many columns (wider sheets keep their detection). */
export const MAX_COLUMN_CHOICES = 200;

type Part = Detection["staff"] | Detection["revenue"];

function headerRowOf(part: DetectedTable<string>): unknown[] {
  const detected = part.mapping?.headerRow;
  if (detected !== undefined && detected >= 0) return part.sheet.head[detected] ?? [];
  return part.sheet.head.find((r) => r.some((c) => c !== "" && c !== null)) ?? [];
}

function foundLine<F extends StaffField | RevenueField>(
  part: Part,
  fields: readonly { field: F; required: boolean }[],
  lang: Lang,
): FoundLine {
  if (!part) return { text: "", problem: true };
  const used = part.sheet.used;
  const mapping = part.mapping;
  if (!used || !mapping) return { text: t("noTableOn", lang), problem: true };
  const columns = mapping.columns as Partial<Record<F, number>>;
  const list = fields
    .filter((f) => f.required || columns[f.field] !== undefined)
    .map((f) => {
      const c = columns[f.field];
      return t("column", lang, {
        field: FIELD_NAMES[f.field][lang],
        letter: c === undefined ? t("notFound", lang) : columnLetter(used.col + c),
      });
    });
  return {
    text: t("foundColumns", lang, {
      row: used.row + mapping.headerRow + 1,
      columns: list.join(lang === "en" ? ", " : "、"),
    }),
    problem: false,
  };
}

/**
 * One list per field: "Found automatically (the letter detection chose)", then every column of the
 * sheet with its header text. `idPrefix` keeps the score's lists apart from Cloud CRM's on one page.
 */
export function columnSelects<K extends string, F extends string>(
  kind: K,
  part: DetectedTable<F> | null,
  fields: readonly F[],
  chosen: Partial<Record<F, string>> | undefined,
  lang: Lang,
  idPrefix = "col",
): ColumnSelectView<K>[] {
  if (!part?.sheet.used) return [];
  const used = part.sheet.used;
  const header = headerRowOf(part);
  const choices = Array.from({ length: Math.min(used.cols, MAX_COLUMN_CHOICES) }, (_, i) => {
    const letter = columnLetter(used.col + i);
    const text = String(header[i] ?? "").trim();
    return { value: letter, label: text ? `${letter} — ${text}` : letter };
  });
  return fields.map((field) => {
    const detected = part.detected[field];
    const auto = detected === undefined ? t("notFound", lang) : columnLetter(used.col + detected);
    return {
      kind,
      field,
      id: `${idPrefix}-${kind}-${field}`,
      label: fieldName(field, lang),
      options: [{ value: AUTO, label: `${t("autoColumn", lang)} (${auto})` }, ...choices],
      selected: chosen?.[field] ?? AUTO,
    };
  });
}

export function detectionView(d: Detection, s: AddinSettings, lang: Lang): DetectionView {
  const located = d.located;
  // Nothing ticked: the sheets found automatically say so in their labels.
  const ticks = (kind: TableKind, ticked: string[] | undefined): TicksView => {
    const found = !ticked && located.ok ? located[kind].map((x) => x.sheet.name) : [];
    return {
      options: d.candidates.map((n) => ({
        value: n,
        label: found.includes(n) ? t("autoSheetFound", lang, { sheet: n }) : n,
      })),
      ticked: ticked ?? [],
    };
  };
  const staffFound = foundLine(d.staff, STAFF_FIELDS, lang);
  const revenueFound = foundLine(d.revenue, REVENUE_FIELDS, lang);
  if (!located.ok) {
    const line = {
      text: locateLine(located.problem, located.sheet ?? "", lang, d.candidates, located.passedOver),
      problem: true,
    };
    if (located.problem === "no-staff-table" || located.problem === "staff-sheet-missing")
      Object.assign(staffFound, line);
    else Object.assign(revenueFound, line);
  }
  return {
    staffSheet: ticks("staff", s.staffSheets),
    revenueSheet: ticks("revenue", s.revenueSheets),
    staffFound,
    revenueFound,
    staffColumns: columnSelects("staff", d.staff, fieldsOf(STAFF_FIELDS), s.staffColumns, lang),
    revenueColumns: columnSelects("revenue", d.revenue, fieldsOf(REVENUE_FIELDS), s.revenueColumns, lang),
  };
}

/** The core's sentence for a table that was not found, and what to do about it in the pane. */
export function locateLine(
  problem: LocateProblem | ScoreSheetMissing,
  sheet: string,
  lang: Lang,
  sheets?: readonly string[],
  passedOver?: SheetsReport["passedOver"],
): string {
  const what = locateProblemText(problem, lang, { sheet, sheets }) + passedOverNote(passedOver, lang);
  return t(problem.endsWith("-missing") ? "fixSheetChoice" : "fixNoTable", lang, { what });
}

/** The error box's text when Generate report could not finish. */
export function reportProblemText(e: ReportError, lang: Lang): string {
  return e.kind === "options"
    ? t("errOptions", lang, { detail: e.detail })
    : locateLine(e.kind, e.detail, lang, undefined, e.passedOver);
}

export interface ProgressView {
  /** Percent done, or null for an indeterminate bar. */
  percent: number | null;
  text: string;
}

export function progressView(p: Progress, lang: Lang): ProgressView {
  if (p.phase === "reading" && p.rowsTotal) {
    const done = p.rowsRead ?? 0;
    return {
      percent: Math.round((done / p.rowsTotal) * 100),
      text: t("readingRows", lang, { done: done.toLocaleString(lang), total: p.rowsTotal.toLocaleString(lang) }),
    };
  }
  return { percent: null, text: t(p.phase, lang) };
}
