// A refusal the user can act on: one line, in their language, saying what is wrong and how to fix
// it. main() prints it and exits 2; nothing else is ever shown for unusable input.
import type { Lang, LocalText } from "../core";

export class CliError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
  }
  line(lang: Lang): string {
    return oneLine(this.text[lang]);
  }
}

/** Builds a refusal from an English and a Chinese sentence. */
export function refuse(en: string, zh: string): CliError {
  return new CliError({ en, "zh-CN": zh });
}

/** Messages go on one line whatever a file name or a library error contains. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
