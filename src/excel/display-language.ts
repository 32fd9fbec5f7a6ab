// Office's display language ("zh-CN", "zh-Hans", "zh-SG", "en-US", "de-DE", …) → a language we
// ship. Every Chinese variant gets 简体中文 (closer for a reader of 繁體 than English); the rest English.
import type { Lang } from "../core";

export function langOf(displayLanguage: string | undefined | null): Lang {
  return /^zh(\b|_)/i.test(displayLanguage ?? "") ? "zh-CN" : "en";
}
