// Text normalization shared by header, product, person and code matching.

// Printable ASCII words separated by single spaces: already clean, and NFKC leaves it alone.
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Zero-width characters (U+200B–U+200D, U+FEFF): invisible, and removed before any matching. */
export const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;

/** NFKC, zero-width characters removed, trimmed, inner whitespace collapsed to one space. */
export function cleanText(text: string): string {
  if (CLEAN_ASCII.test(text)) return text;
  return text.normalize("NFKC").replace(ZERO_WIDTH, "").replace(/\s+/g, " ").trim();
}

const HAN = /\p{Script=Han}/u;

/** A name as matched: clean, and inside a CJK name every space (U+3000 too) is ignored: "张 伟" = "张伟". */
export function nameText(text: string): string {
  const t = cleanText(text);
  return HAN.test(t) ? t.replace(/\s+/g, "") : t;
}

/** Case-, space- and punctuation-insensitive key ("Amount (USD)" → "amountusd"). */
export function looseKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(ZERO_WIDTH, "")
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Caches a text function: sheets repeat the same names, codes and products many times. */
export function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      v = fn(text);
      cache.set(text, v);
    }
    return v as T;
  };
}
