// Text normalization shared by header, product, person and code matching.

/** NFKC, trimmed, inner whitespace collapsed to one space. */
export function cleanText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/** Case-, space- and punctuation-insensitive key ("Amount (USD)" → "amountusd"). */
export function looseKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}
