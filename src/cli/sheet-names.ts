// Sheet names Excel accepts, distinct from those already taken ("Name (2)", "Name (3)", …).

const SHEET_NAME_MAX = 31;

/** Wanted names → valid, distinct sheet names (no []:*?/\, at most 31 characters, not blank). */
export function uniqueSheetNames(wanted: string[], taken: string[] = []): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return wanted.map((w, i) => {
    const base =
      w
        .replace(/[[\]:*?/\\]/g, "_")
        .replace(/^'+|'+$/g, "")
        .trim()
        .slice(0, SHEET_NAME_MAX) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${base.slice(0, SHEET_NAME_MAX - String(n).length - 3)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}
