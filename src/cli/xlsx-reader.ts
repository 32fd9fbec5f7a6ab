// An .xlsx file → its sheets as the user sees them: values, number formats, visibility, merged
// areas and hidden rows, plus the workbook's date system. Streaming unzip (yauzl + zlib) and a
// SAX pass (saxes) over each sheet's XML: no object model, no ExcelJS.
import type { PlainCell } from "./excel-cells";
import { readSharedStrings, readStyles, readWorkbookInfo, type Visibility } from "./xlsx/workbook-parts";
import { scanSheet, type MergedArea } from "./xlsx/sheet-scan";
import { openZip } from "./xlsx/zip-entries";

export type { Visibility } from "./xlsx/workbook-parts";
export type { MergedArea } from "./xlsx/sheet-scan";

export interface InputSheet {
  name: string;
  /** values[i] is Excel row originRow + i; leading empty rows are not included. */
  values: PlainCell[][];
  originRow: number;
  /** Number formats other than General, indexed like values (absent rows/cells: General). */
  formats: ((string | undefined)[] | undefined)[];
  visibility: Visibility;
  /** 0-based within values. */
  mergedAreas: MergedArea[];
  /** 0-based indexes into values of rows hidden by a filter or by hand. */
  hiddenRows: ReadonlySet<number>;
  /** The workbook's date system (File > Options > Advanced > "Use 1904 date system"). */
  date1904: boolean;
}

export type Progress = (sheet: string, rows: number) => void;

const PROGRESS_EVERY = 10_000;

/** A sheet of plain rows from row 1 (a CSV file): visible, no merges, nothing hidden. */
export function plainSheet(name: string, values: PlainCell[][]): InputSheet {
  return {
    name,
    values,
    originRow: 1,
    formats: [],
    visibility: "visible",
    mergedAreas: [],
    hiddenRows: new Set(),
    date1904: false,
  };
}

/** Reads every worksheet, in the workbook's tab order. Throws on a damaged file. */
export async function readXlsx(path: string, onProgress?: Progress): Promise<InputSheet[]> {
  const zip = await openZip(path);
  try {
    const info = await readWorkbookInfo(zip);
    const [strings, styles] = await Promise.all([
      readSharedStrings(zip, info.sharedStringsPart),
      readStyles(zip, info.stylesPart),
    ]);
    const sheets: InputSheet[] = [];
    for (const entry of info.sheets) {
      if (!zip.has(entry.part)) throw new Error(`sheet "${entry.name}" is missing its part ${entry.part}`);
      const scanned = await scanSheet(zip, path, entry.part, {
        strings,
        styles,
        date1904: info.date1904,
        onRow: onProgress ? (n) => n % PROGRESS_EVERY === 0 && onProgress(entry.name, n) : undefined,
      });
      sheets.push({ name: entry.name, visibility: entry.visibility, date1904: info.date1904, ...scanned });
    }
    return sheets;
  } finally {
    zip.close();
  }
}

/** The date system of the workbook the sheets were read from (one flag for the whole workbook). */
export function workbookDateSystem(sheets: readonly InputSheet[]): "1900" | "1904" {
  return sheets.some((s) => s.date1904) ? "1904" : "1900";
}
