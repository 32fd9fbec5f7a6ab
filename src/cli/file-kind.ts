// What a file really is, from its bytes (not its name): an xlsx (zip), an encrypted workbook or a
// legacy .xls (OLE compound file), text, or something else. Lets every refusal say what to do.
import { closeSync, openSync, readSync } from "node:fs";

export type FileKind =
  "zip" | "encrypted" | "legacy-xls" | "ole" | "text" | "html" | "xml-spreadsheet" | "empty" | "binary";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Buffer.from(s, "utf16le");

function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Decides from the first bytes; an OLE file is read whole to find its stream names. */
export function sniffFileKind(path: string, readWhole: (path: string) => Buffer): FileKind {
  const head = readHead(path, 8192);
  if (head.length === 0) return "empty";
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6))
    return "zip";
  if (OLE_MAGIC.every((b, i) => head[i] === b)) {
    // Password-protected OOXML is an OLE container holding EncryptionInfo + EncryptedPackage.
    const all = readWhole(path);
    if (all.includes(utf16("EncryptedPackage")) || all.includes(utf16("EncryptionInfo"))) return "encrypted";
    if (all.includes(utf16("Workbook")) || all.includes(utf16("Book"))) return "legacy-xls";
    return "ole";
  }
  if (looksLikeText(head)) return markupKind(head) ?? "text";
  return "binary";
}

function looksLikeText(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  if (utf16WithoutBom(head) !== null) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= head.length / 100;
}

/**
 * Markup saved under a spreadsheet name, as ERPs and web portals export "Excel" files: an HTML
 * table (Excel's own "Web Page" format starts <html xmlns:o="urn:schemas-microsoft-com:office…">)
 * or Excel 2003's XML Spreadsheet (<?mso-application progid="Excel.Sheet"?>, namespace
 * urn:schemas-microsoft-com:office:spreadsheet). Null for anything else (CSV text).
 */
function markupKind(head: Buffer): "html" | "xml-spreadsheet" | null {
  const text = (head[0] === 0xff || head[0] === 0xfe ? head.toString("utf16le") : head.toString("latin1"))
    .replace(/^(\uFEFF|\u00EF\u00BB\u00BF|\uFFFE)/, "")
    .trimStart()
    .toLowerCase();
  if (!text.startsWith("<")) return null;
  if (text.includes("urn:schemas-microsoft-com:office:spreadsheet") || text.includes('progid="excel.sheet"'))
    return "xml-spreadsheet";
  if (/<(!doctype html|html|table|head|body|meta)[\s>]/.test(text)) return "html";
  return null;
}

/**
 * UTF-16 text saved without a byte-order mark: mostly-ASCII text then has a zero in every other
 * byte (the high byte, second in little-endian, first in big-endian) and nowhere else.
 */
export function utf16WithoutBom(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = head.length - (head.length % 2);
  if (n < 4) return null;
  let evenZero = 0,
    oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.6 && evenZero === 0) return "utf-16le";
  if (evenZero >= pairs * 0.6 && oddZero === 0) return "utf-16be";
  return null;
}
