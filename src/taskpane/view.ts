// Small DOM helpers and the renderers for what the pane shows (no Excel calls here).
import type { Lang } from "../core";
import { t, type PaneTextKey } from "./i18n";
import type { Summary } from "./summary";

export const byId = <T extends HTMLElement = HTMLElement>(doc: Document, id: string): T => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
};

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
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

export function setOptions(select: HTMLSelectElement, options: { value: string; label: string }[], selected: string): void {
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
export function setTicks(box: HTMLElement, options: { value: string; label: string }[], ticked: readonly string[], onChange: (values: string[]) => void): void {
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
  for (const input of inputs) input.addEventListener("change", () => onChange(inputs.filter((x) => x.checked).map((x) => x.value)));
}

export function renderSummary(doc: Document, s: Summary, lang: Lang): void {
  const tier = byId(doc, "result-tier");
  tier.textContent = s.tier;
  tier.className = `tier-badge tier-badge--${s.tierId === "gold" || s.tierId === "silver" ? s.tierId : "none"}`;
  byId(doc, "result-asof").textContent = s.asOfLine;
  byId(doc, "result-rules").textContent = s.rulesLine;
  const retired = byId(doc, "result-retired");
  retired.hidden = !s.retired;
  retired.textContent = s.retired ?? "";

  const rows = s.tiers.map((tr) => {
    const row = el(doc, "tr");
    const th = el(doc, "th", tr.name);
    th.scope = "row";
    row.append(
      th,
      el(doc, "td", tr.revenue, tr.revenuePass ? "ok" : "no"),
      el(doc, "td", tr.exams, tr.examPass ? "ok" : "no"),
      (() => {
        const td = el(doc, "td");
        td.append(el(doc, "span", tr.verdict, `pill ${tr.pass ? "ok" : "no"}`));
        return td;
      })(),
    );
    return row;
  });
  byId(doc, "result-tiers").replaceChildren(...rows);

  const missing = byId(doc, "result-missing");
  missing.replaceChildren(
    ...(s.missing.length
      ? s.missing.map((m) => {
          const li = el(doc, "li", m.slot);
          li.append(el(doc, "p", m.closest, "hint"));
          return li;
        })
      : [el(doc, "li", t("noMissing", lang))]),
  );
  byId(doc, "plan-heading").textContent = s.plan.heading;
  byId(doc, "result-plan").replaceChildren(...s.plan.steps.map((step) => el(doc, "li", step)));
  byId(doc, "plan-notes").replaceChildren(...s.plan.notes.map((n) => el(doc, "p", n, "meta")));
  byId(doc, "result-issues").textContent = s.issues;
  byId(doc, "result-sheet").replaceChildren(...s.sheetLines.map((l) => el(doc, "p", l)));
  byId(doc, "results").hidden = false;
}

export function showMessage(box: HTMLElement, heading: string | null, text: string): void {
  box.replaceChildren(...(heading ? [el(box.ownerDocument, "strong", heading)] : []), el(box.ownerDocument, "span", text));
  box.hidden = false;
}
