// Exam code normalization: "mb2 714", "MB2714", "Exam MB2-714", full-width forms → "MB2-714".
import { ZERO_WIDTH } from "./text";

const CODE = /(?:^|[^A-Z0-9])([A-Z]{1,4}\d?|\d{2,3})\s*[-–—_.]?\s*(\d{3})(?!\d)/g;
const SEPARATORS = /[,;/、|&+\n\r]+/;
const FILLER = new Set(["", "-", "--", "none", "n/a", "na", "nil", "无", "暂无", "tbd"]);

/** One code token → canonical code, or null when it holds none. */
export function normalizeExamCode(token: string): string | null {
  const codes = examCodesIn(token);
  return codes.length === 1 ? codes[0] : null;
}

function examCodesIn(token: string): string[] {
  const t = token
    .normalize("NFKC")
    .toUpperCase()
    .replace(/^\s*(EXAM|考试)\s*[:#：]?\s*/, " ");
  const out: string[] = [];
  for (const m of t.matchAll(CODE)) out.push(`${m[1]}-${m[2]}`);
  return out;
}

/** A cell that may hold several codes. Returns codes found and tokens that held none. */
export function splitExamCell(text: string): { codes: string[]; unreadable: string[] } {
  const codes: string[] = [];
  const unreadable: string[] = [];
  const cleaned = text
    .normalize("NFKC")
    .replace(ZERO_WIDTH, "")
    .replace(/\bn\s*\/\s*a\b/gi, " ");
  for (const raw of cleaned.split(SEPARATORS)) {
    const token = raw.trim();
    if (FILLER.has(token.toLowerCase())) continue;
    const found = examCodesIn(token);
    if (found.length === 0) unreadable.push(token);
    for (const c of found) if (!codes.includes(c)) codes.push(c);
  }
  return { codes, unreadable };
}
