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

/** A refusal from the bilingual table (refusals.ts), with its values. */
export function refuse(key: RefusalKey, params?: Record<string, RefusalParam>): CliError;
/** @deprecated Add the sentence to REFUSALS (refusals.ts) and name it, so both languages are tested. */
export function refuse(en: string, zh: string): CliError;
export function refuse(keyOrEn: string, paramsOrZh?: Record<string, RefusalParam> | string): CliError {
  if (typeof paramsOrZh === "string") return new CliError({ en: keyOrEn, "zh-CN": paramsOrZh });
  return new CliError(refusalText(keyOrEn as RefusalKey, paramsOrZh));
}

/** Messages go on one line whatever a file name or a library error contains. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
