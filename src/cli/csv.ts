// Delimited text → rows of strings (RFC 4180: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF/LF/CR). Cells stay strings: the core reads dates and amounts from text.
import { analyse } from "chardet";
import iconv from "iconv-lite";
import { utf16WithoutBom } from "./file-kind";

export const CSV_DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Text decoded from a file's bytes, and the encoding it was read as (shown to the user). */
export interface DecodedText {
  encoding: string;
  text: string;
}

/** Only the start of a large file is shown to the detector: its statistics settle long before. */
const DETECT_BYTES = 256 * 1024;
/** Equal confidence: what Simplified-Chinese Excel writes first, then Traditional, then Western. */
const PREFERRED = ["GB18030", "Big5", "windows-1252"];
const DISPLAY: Record<string, string> = { "windows-1252": "Windows-1252", "iso-8859-1": "ISO-8859-1", ascii: "ASCII" };

/**
 * The text, or null when the bytes are not valid in that encoding. UTF-8 by the platform's strict
 * decoder; the legacy code pages by iconv-lite, because Node 20's TextDecoder reads
 * "windows-1252" as Latin-1 (0x93 "“" becomes the control character U+0093).
 */
function decodeStrict(bytes: Uint8Array, label: string): string | null {
  if (label === "utf-8") {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  if (!iconv.encodingExists(label)) return null;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
  return text.includes("\uFFFD") ? null : text;
}

/**
 * Bytes → the texts they may be, most likely first. A BOM decides (UTF-8, UTF-16 LE/BE: Excel's
 * "Unicode text"), and so does UTF-16's pattern of zero bytes without one. Otherwise valid UTF-8 comes first (a strict check, not a guess), then the
 * candidates of the chardet detector in its order of confidence (GB18030, Big5, Windows-1252, …),
 * then GB18030, which is what Chinese Excel writes for "CSV (逗号分隔)". The caller keeps the first
 * whose header row it recognises.
 */
export function* decodeCandidates(bytes: Uint8Array): Generator<DecodedText, void, undefined> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return yield { encoding: "UTF-8 (BOM)", text: new TextDecoder("utf-8").decode(bytes.subarray(3)) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return yield { encoding: "UTF-16 LE", text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return yield { encoding: "UTF-16 BE", text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const utf16 = utf16WithoutBom(bytes.subarray(0, DETECT_BYTES));
  if (utf16)
    return yield {
      encoding: utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE",
      text: new TextDecoder(utf16).decode(bytes),
    };
  const tried = new Set<string>();
  const attempt = (name: string): DecodedText | null => {
    const key = name.toLowerCase();
    if (tried.has(key) || key === "ascii") return null;
    tried.add(key);
    const text = decodeStrict(bytes, key);
    return text === null ? null : { encoding: DISPLAY[key] ?? name, text };
  };
  const utf8 = attempt("UTF-8");
  if (utf8) yield utf8;
  const rank = (name: string) => {
    const i = PREFERRED.indexOf(name);
    return i < 0 ? PREFERRED.length : i;
  };
  const detected = analyse(bytes.subarray(0, DETECT_BYTES))
    .map((m, i) => ({ ...m, i }))
    .sort((a, b) => b.confidence - a.confidence || rank(a.name) - rank(b.name) || a.i - b.i);
  for (const m of detected) {
    const d = attempt(m.name);
    if (d) yield d;
  }
  const fallback = attempt("GB18030");
  if (fallback) yield fallback;
}

/** The most likely text (see decodeCandidates); never fails: the last resort is lenient UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  for (const d of decodeCandidates(bytes)) return d.text;
  return new TextDecoder("utf-8").decode(bytes);
}

/** Parses the whole text with one delimiter. A trailing line break does not make an empty row. */
export function parseCsv(text: string, delimiter: string, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  let atFieldStart = true;
  const stop = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, "\\$&")}\\r\\n]`, "g");
  while (i < n && rows.length < maxRows) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      // Quoted field: runs to the closing quote; "" is one quote; anything after the closing
      // quote up to the delimiter is kept (lenient, as spreadsheet programs are).
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      atFieldStart = false;
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = "";
      atFieldStart = true;
      i++;
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atFieldStart = true;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      // An unquoted run up to the next delimiter or line break, in one slice.
      stop.lastIndex = i;
      const end = stop.exec(text)?.index ?? n;
      field += text.slice(i, end);
      atFieldStart = false;
      i = end;
    }
  }
  if (rows.length < maxRows && (field !== "" || row.length > 0)) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const SAMPLE_ROWS = 30;

/**
 * The delimiter among , ; TAB that splits the first rows most consistently into more than one
 * field (the header's field count repeated by the rows below it), else ",".
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let best: { d: CsvDelimiter; score: number } = { d: ",", score: -1 };
  for (const d of CSV_DELIMITERS) {
    const rows = parseCsv(text, d, SAMPLE_ROWS).filter((r) => r.some((c) => c.trim() !== ""));
    if (rows.length === 0) continue;
    const width = rows[0].length;
    if (width < 2) continue;
    const same = rows.filter((r) => r.length === width).length / rows.length;
    const score = same * 1000 + Math.min(width, 999);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

const OTHER_DELIMITERS = ["|", ":", "^", "~", "#", "\u001f"];

/**
 * A delimiter we do not read that the first non-empty line seems to use ("|" in "Name|Exam|…"),
 * for telling the user why no header was found. null when nothing stands out.
 */
export function foreignDelimiter(text: string): string | null {
  const first = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  let best: { d: string; n: number } | null = null;
  for (const d of OTHER_DELIMITERS) {
    const n = first.split(d).length - 1;
    if (n >= 1 && (!best || n > best.n)) best = { d, n };
  }
  return best?.d ?? null;
}

export function delimiterName(d: string): string {
  return d === "\t" ? "TAB" : d === "\u001f" ? "US (0x1F)" : `"${d}"`;
}
