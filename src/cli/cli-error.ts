// A refusal the user can act on: one line, in their language, saying what is wrong and how to fix
// it. main() prints it and exits 2; nothing else is ever shown for unusable input.
import type { Lang, LocalText } from "../core";
import { refusalText, type RefusalKey, type RefusalParam } from "./refusals";

export class CliError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
  }
  line(lang: Lang): string {
    return oneLine(this.text[lang]);
  }
}

/** A refusal from the bilingual table (refusals.ts), with its values: every sentence is tested in both languages. */
export function refuse(key: RefusalKey, params?: Record<string, RefusalParam>): CliError {
  return new CliError(refusalText(key, params));
}

/** Messages go on one line whatever a file name or a library error contains. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
