// The small parts that say how to read the sheets: which sheets there are (name, visibility,
// part), the date system, the shared strings and the cell styles' number formats.
import { posix } from "node:path";
import { scanXml } from "./xml-scan";
import { builtInFormat, isDateFormat } from "./number-formats";
import type { ZipParts } from "./zip-entries";

export type Visibility = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  visibility: Visibility;
  /** Zip part name, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStringsPart?: string;
  stylesPart?: string;
}

/** A style index → its number format (undefined: General) and whether that format is a date. */
export interface CellStyles {
  format: (string | undefined)[];
  isDate: boolean[];
}

const REL_TYPE = /\/(officeDocument|worksheet|sharedStrings|styles)$/;

/**
 * A relationship target → a part name. Targets are relative to the folder of the part that owns
 * the relationships ("worksheets/sheet1.xml" from xl/) or absolute from the package root
 * ("/xl/worksheets/sheet1.xml", as openpyxl writes them) (ECMA-376 Part 2, §9.3).
 */
export function resolveTarget(source: string, target: string): string {
  const t = decodeURI(target.replace(/\\/g, "/"));
  const joined = t.startsWith("/") ? t : posix.join(posix.dirname(source), t);
  return posix.normalize(joined).replace(/^\/+/, "");
}

async function relationships(zip: ZipParts, source: string): Promise<Map<string, { type: string; target: string }>> {
  const relsPart = posix.join(posix.dirname(source), "_rels", `${posix.basename(source)}.rels`);
  const rels = new Map<string, { type: string; target: string }>();
  if (!zip.has(relsPart)) return rels;
  await scanXml(await zip.stream(relsPart), {
    open(name, a) {
      if (name !== "Relationship" || a.TargetMode === "External") return;
      const type = REL_TYPE.exec(a.Type ?? "")?.[1] ?? a.Type ?? "";
      rels.set(a.Id, { type, target: resolveTarget(source, a.Target ?? "") });
    },
  });
  return rels;
}

async function workbookPart(zip: ZipParts): Promise<string> {
  const root = await relationships(zip, "");
  for (const r of root.values()) if (r.type === "officeDocument" && zip.has(r.target)) return r.target;
  return "xl/workbook.xml";
}

export async function readWorkbookInfo(zip: ZipParts): Promise<WorkbookInfo> {
  const wbPart = await workbookPart(zip);
  const rels = await relationships(zip, wbPart);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await scanXml(await zip.stream(wbPart), {
    open(name, a) {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (name === "sheet") {
        const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
        const rel = rid ? rels.get(rid) : undefined;
        // Chart sheets and dialog sheets hold no cells; only worksheets are read.
        if (!rel || rel.type !== "worksheet") return;
        const visibility: Visibility = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, visibility, part: rel.target });
      }
    },
  });
  const find = (type: string) => [...rels.values()].find((r) => r.type === type && zip.has(r.target))?.target;
  return { sheets, date1904, sharedStringsPart: find("sharedStrings"), stylesPart: find("styles") };
}

/**
 * Every string of a string item, in order: a plain <t>, or every run's <t> of rich text; the
 * phonetic reading (<rPh>) is not part of the text (ECMA-376 Part 1, §18.4.8 si, §18.4.6 rPh).
 */
export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;
  open(name: string): void {
    if (name === "t" && this.phonetic === 0) this.inText = true;
    else if (name === "rPh") this.phonetic++;
  }
  text(t: string): void {
    if (this.inText) this.parts.push(t);
  }
  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.phonetic--;
  }
  take(): string {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    return decodeEscapes(s);
  }
}

/** OOXML writes control characters as _xHHHH_ (ECMA-376 Part 1, §22.9.2.19 ST_Xstring). */
export function decodeEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export async function readSharedStrings(zip: ZipParts, part: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  const item = new StringItem();
  let inItem = false;
  await scanXml(await zip.stream(part), {
    open(name) {
      if (name === "si") inItem = true;
      else if (inItem) item.open(name);
    },
    text(t) {
      if (inItem) item.text(t);
    },
    close(name) {
      if (name === "si") {
        inItem = false;
        strings.push(item.take());
      } else if (inItem) item.close(name);
    },
  });
  return strings;
}

export async function readStyles(zip: ZipParts, part: string | undefined): Promise<CellStyles> {
  const styles: CellStyles = { format: [], isDate: [] };
  if (!part) return styles;
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  await scanXml(await zip.stream(part), {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfIds.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  for (const id of xfIds) {
    const code = custom.get(id) ?? builtInFormat(id);
    const shown = code === undefined || code === "General" ? undefined : code;
    styles.format.push(shown);
    styles.isDate.push(
      shown !== undefined && (isDateFormat(shown) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)),
    );
  }
  return styles;
}
