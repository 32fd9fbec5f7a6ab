// Which sheet is our results sheet, kept across sessions. Worksheet.id is only promised unique
// within a session (ids change between sessions and versions: office-js issue #1390,
// office-js-docs-reference issue #297), so it cannot be the mark. The mark is a random token:
// in the sheet's custom property (ExcelApi 1.12), and in the document settings together with the
// sheet's name, both rewritten on each write. A sheet is ours when it carries the token and has
// the recorded name. A user's copy of our sheet carries the token too (Excel copies custom
// properties) but has another name, so it is never cleared; when two sheets carry the token,
// neither is trusted: the report goes to a new sheet and the pane says why.
import type { SettingsStore } from "./settings";

export const RESULTS_SHEET_SETTING = "CompetencyEvaluator.resultsSheet";

export interface ResultsOwner {
  token: string;
  name: string;
}

export function readResultsOwner(store: SettingsStore | undefined): ResultsOwner | null {
  const raw = store?.get(RESULTS_SHEET_SETTING);
  if (typeof raw !== "object" || raw === null) return null;
  const { token, name } = raw as Record<string, unknown>;
  return typeof token === "string" && token !== "" && typeof name === "string" && name !== "" ? { token, name } : null;
}

export function writeResultsOwner(store: SettingsStore, owner: ResultsOwner): Promise<void> {
  store.set(RESULTS_SHEET_SETTING, owner);
  return new Promise((resolve, reject) =>
    store.saveAsync((r) =>
      String(r.status).toLowerCase() === "succeeded"
        ? resolve()
        : reject(new Error(r.error?.message ?? "settings not saved")),
    ),
  );
}

/** 128 random bits as hex. */
export function newOwnerToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Excel compares sheet names without regard to case. */
const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export interface MarkedSheet {
  id: string;
  name: string;
  /** Our custom property's value on this sheet, or null. */
  mark: string | null;
}

/**
 * The id of our results sheet (or null), and whether the token is on several sheets (a copy
 * kept its name, or the record is ambiguous): then no sheet is ours.
 */
export function ownedSheet(
  sheets: readonly MarkedSheet[],
  owner: ResultsOwner | null,
): { id: string | null; conflict: boolean } {
  if (!owner) return { id: null, conflict: false };
  const holders = sheets.filter((s) => s.mark === owner.token);
  if (holders.length > 1) return { id: null, conflict: true };
  const ours = holders.find((s) => sameName(s.name, owner.name));
  return { id: ours?.id ?? null, conflict: false };
}
