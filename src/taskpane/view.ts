// Small DOM helpers and the renderers for what the pane shows (no Excel calls here).
import type { Lang, ScoreTable } from "../core";
import { LABELS, tr, usdText } from "../core";
import { t, type PaneTextKey } from "./i18n";
import type { TableKind } from "./pane-state";
import type { ColumnSelectView, FoundLine, ProgressView, SelectView } from "./pane-views";
import type { Summary } from "./summary";
import type { ScoreSheetView, ScoreView } from "./score-views";

export const byId = <T extends HTMLElement = HTMLElement>(doc: Document, id: string): T => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
};

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** Every element with data-text="key" gets that key's words in the pane's language. */
export function applyTexts(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang === "zh-CN" ? "zh-CN" : "en";
  doc.title = t("pageTitle", lang);
  doc.querySelectorAll<HTMLElement>("[data-text]").forEach((e) => {
    e.textContent = t(e.dataset.text as PaneTextKey, lang);
  });
}

export function renderSelect(select: HTMLSelectElement, view: SelectView): void {
  setOptions(select, view.options, view.selected);
}

export function setOptions(
  select: HTMLSelectElement,
  options: { value: string; label: string }[],
  selected: string,
): void {
  const doc = select.ownerDocument;
  select.replaceChildren(
    ...options.map((o) => {
      const opt = el(doc, "option", o.label);
      opt.value = o.value;
      return opt;
    }),
  );
  select.value = options.some((o) => o.value === selected) ? selected : (options[0]?.value ?? "");
}

/** A group of checkboxes, one per option; `onChange` gets the ticked values in option order. */
export function setTicks(
  box: HTMLElement,
  options: { value: string; label: string }[],
  ticked: readonly string[],
  onChange: (values: string[]) => void,
): void {
  const doc = box.ownerDocument;
  const inputs = options.map((o) => {
    const input = el(doc, "input");
    input.type = "checkbox";
    input.value = o.value;
    input.checked = ticked.includes(o.value);
    return input;
  });
  box.replaceChildren(
    ...options.map((o, i) => {
      const label = el(doc, "label");
      label.append(inputs[i], doc.createTextNode(o.label));
      return label;
    }),
  );
  for (const input of inputs)
    input.addEventListener("change", () => onChange(inputs.filter((x) => x.checked).map((x) => x.value)));
}

export function renderSummary(doc: Document, s: Summary, lang: Lang): void {
  const m = s.model;
  const tier = byId(doc, "result-tier");
  tier.textContent = m.tier;
  tier.className = `tier-badge tier-badge--${m.tierId === "gold" || m.tierId === "silver" ? m.tierId : "none"}`;
  byId(doc, "result-asof").textContent = m.asOfLine;
  byId(doc, "result-rules").textContent = m.rulesLine;
  const retired = byId(doc, "result-retired");
  retired.hidden = !m.retired;
  retired.textContent = m.retired ?? "";

  const rows = m.tiers.map((tr) => {
    const row = el(doc, "tr");
    const th = el(doc, "th", tr.name);
    th.scope = "row";
    const pill = el(doc, "td");
    pill.append(el(doc, "span", tr.verdict, `pill ${tr.pass ? "ok" : "no"}`));
    row.append(
      th,
      el(
        doc,
        "td",
        t("revenueOf", lang, { actual: usdText(tr.actualCents, lang), required: usdText(tr.requiredCents, lang) }),
        tr.revenuePass ? "ok" : "no",
      ),
      el(
        doc,
        "td",
        t("slotsOf", lang, { filled: tr.slotsFilled, required: tr.slotsRequired }),
        tr.examPass ? "ok" : "no",
      ),
      pill,
    );
    return row;
  });
  byId(doc, "result-tiers").replaceChildren(...rows);

  const missing = byId(doc, "result-missing");
  missing.replaceChildren(
    ...(m.missing.length
      ? m.missing.map((slot) => {
          const li = el(doc, "li", slot.sentence);
          const best = slot.candidates[0];
          li.append(el(doc, "p", best ? best.sentence : tr(LABELS, "noCandidates", lang), "hint"));
          return li;
        })
      : [el(doc, "li", m.noneMissing ?? "")]),
  );
  byId(doc, "plan-heading").textContent = m.plan.heading;
  byId(doc, "result-plan").replaceChildren(...m.plan.steps.map((step) => el(doc, "li", step.sentence)));
  byId(doc, "plan-notes").replaceChildren(...m.plan.notes.map((n) => el(doc, "p", n, "meta")));
  byId(doc, "result-issues").textContent = s.issues;
  byId(doc, "result-sheet").replaceChildren(...s.sheetLines.map((l) => el(doc, "p", l)));
  byId(doc, "results").hidden = false;
}

export function renderFound(p: HTMLElement, line: FoundLine): void {
  p.textContent = line.text;
  p.classList.toggle("hint--problem", line.problem && line.text !== "");
}

/** One labelled list per field, replacing the previous ones; `onChange` gets the picked value. */
export function renderColumnSelects<K extends string = TableKind>(
  box: HTMLElement,
  views: ColumnSelectView<K>[],
  onChange: (kind: K, field: string, value: string) => void,
): void {
  const doc = box.ownerDocument;
  box.querySelectorAll(".field").forEach((f) => f.remove());
  for (const v of views) {
    const { wrap, select } = labelledSelect(doc, v.id, v.label, v);
    select.addEventListener("change", () => onChange(v.kind, v.field, select.value));
    box.append(wrap);
  }
}

/** A `.field` holding a label and its list. */
function labelledSelect(doc: Document, id: string, text: string, view: SelectView) {
  const wrap = el(doc, "div", undefined, "field");
  const label = el(doc, "label", text);
  label.htmlFor = id;
  const select = el(doc, "select");
  select.id = id;
  renderSelect(select, view);
  wrap.append(label, select);
  return { wrap, select };
}

/**
 * issue 15: one labelled sheet list per score table, with what was found below it and, folded
 * under "Columns", its column lists. A redraw keeps the folds the user opened and the focused list.
 */
export function renderScoreSheetChoices(
  box: HTMLElement,
  views: ScoreSheetView[],
  onSheet: (table: ScoreTable, value: string) => void,
  onColumn: (table: ScoreTable, field: string, value: string) => void,
): void {
  const doc = box.ownerDocument;
  const open = new Set([...box.querySelectorAll("details[open]")].map((d) => d.id));
  const focused = box.contains(doc.activeElement) ? doc.activeElement?.id : undefined;
  box.replaceChildren(
    ...views.map((v) => {
      const { wrap, select } = labelledSelect(doc, v.id, v.label, v.select);
      const found = el(doc, "p", undefined, "hint");
      found.id = `${v.id}-found`;
      select.setAttribute("aria-describedby", found.id);
      renderFound(found, v.found);
      select.addEventListener("change", () => onSheet(v.table, select.value));
      wrap.append(found);
      if (v.columns.length) {
        const fold = el(doc, "details", undefined, "score-columns");
        fold.id = `${v.id}-columns`;
        fold.open = open.has(fold.id);
        fold.append(el(doc, "summary", v.columnsHeading));
        renderColumnSelects(fold, v.columns, onColumn);
        wrap.append(fold);
      }
      return wrap;
    }),
  );
  if (focused) doc.getElementById(focused)?.focus();
}

export function renderProgress(box: HTMLElement, v: ProgressView): void {
  box.hidden = false;
  const bar = box.querySelector("progress") as HTMLProgressElement;
  if (v.percent === null)
    bar.removeAttribute("value"); // indeterminate
  else bar.value = v.percent;
  (box.querySelector("#progress-text") as HTMLElement).textContent = v.text;
}

export function showMessage(box: HTMLElement, heading: string | null, text: string): void {
  box.replaceChildren(
    ...(heading ? [el(box.ownerDocument, "strong", heading)] : []),
    el(box.ownerDocument, "span", text),
  );
  box.hidden = false;
}

// issue 15: the capability score — five metric bars against their maxima, the total against the qualifying line.
function bar(doc: Document, fill: number, label: string, lineAt?: number): HTMLElement {
  const track = el(doc, "div", undefined, "score-bar");
  track.setAttribute("role", "img");
  track.setAttribute("aria-label", label);
  const filled = el(doc, "div", undefined, "score-bar__fill");
  filled.style.width = `${(fill * 100).toFixed(1)}%`;
  track.append(filled);
  if (lineAt !== undefined) {
    const line = el(doc, "div", undefined, "score-bar__line");
    line.style.left = `${(lineAt * 100).toFixed(1)}%`;
    track.append(line);
  }
  return track;
}

export function renderScore(doc: Document, v: ScoreView): void {
  const $ = (id: string) => byId(doc, id);
  $("score-track").textContent = v.track;
  $("score-track-reason").textContent = v.trackReason;
  $("score-months").textContent = v.months;
  $("score-metrics").replaceChildren(
    ...v.metrics.map((m) => {
      const tr = el(doc, "tr");
      const name = el(doc, "th", m.name);
      name.scope = "row";
      const points = el(doc, "td");
      points.append(bar(doc, m.fill, `${m.name}: ${m.text}`), el(doc, "span", m.text, "score-points"));
      tr.append(name, points, el(doc, "td", m.atLeastOneText, `pill ${m.atLeastOne ? "ok" : "no"}`));
      return tr;
    }),
  );
  $("score-total-text").textContent = v.total;
  $("score-total-bar").replaceChildren(bar(doc, v.totalFill, v.total, v.lineAt));
  const verdict = $("score-verdict");
  verdict.textContent = v.verdict;
  verdict.className = `tier-badge ${v.qualified ? "tier-badge--qualified" : "tier-badge--none"}`;
  $("score-plan-heading").textContent = v.planHeading;
  $("score-plan").replaceChildren(...v.plan.map((p) => el(doc, "li", p, v.planBlocked ? "no" : undefined)));
  $("score-tables").textContent = v.tables;
  $("score-issues").textContent = v.issues;
  $("score-note").textContent = v.note;
  $("score-results").hidden = false;
}
