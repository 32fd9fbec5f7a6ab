// Workbooks for the Excel-layer and browser tests: a small hand-made one (a Gold partner as of
// 2018-06-30, with a name that looks like a formula), generated big ones, and the project's sample
// workbook read with ExcelJS when it exists — all as cells the way Office.js's range.values gives them.
import * as fs from "fs";
import * as path from "path";
import type { PlainCell } from "../../src/core";

export interface SheetData {
  name: string;
  values: PlainCell[][];
  /** 0-based top-left of the table on the sheet. */
  row?: number;
  col?: number;
  /** Number format codes, indexed like values (absent: General). */
  formats?: (string | undefined)[][];
  /** Worksheet.visibility (default Visible). */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Merged areas, 0-based relative to the values' top-left cell. */
  merged?: { row: number; col: number; rows: number; cols: number }[];
}

export const SAMPLE_AS_OF = "2018-06-30";
export const FORMULA_LOOKING_NAME = '=HYPERLINK("http://example.com","Click")';

/** Excel serial number of an ISO date (1900 system). */
export function serial(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 + 25569;
}

export function smallWorkbook(): SheetData[] {
  return [
    { name: "Notes", values: [["Partner workbook"], ["Kept by finance"]] },
    {
      name: "Staff",
      row: 1, // a title row above the table, the table starting in B2
      col: 1,
      values: [
        ["Name", "Email", "Exam", "Passed on", "Active"],
        ["Xu Wei", "xu.wei@example.com", "MB2-714, MB2-710", serial("2017-03-01"), "Yes"],
        ["Yan Li", "yan.li@example.com", "MB2-712", serial("2017-04-11"), "Yes"],
        ["Zhang Min", "zhang.min@example.com", "MB2-713; MB2-706", "2016-11-30", "Yes"],
        [FORMULA_LOOKING_NAME, "x@example.com", "MB2-707", serial("2017-05-05"), "Yes"],
        ["Wang Fang", "wang.fang@example.com", "MB2-709", "", "No"],
        ["Chen Jie", "chen.jie@example.com", "MB2-999", serial("2017-01-09"), "Yes"],
      ],
    },
    {
      name: "Revenue",
      values: [
        ["Customer", "Product", "Invoice date", "Amount (USD)", "DPOR"],
        ["Contoso", "CRM Online", serial("2017-08-15"), 180000, "Yes"],
        ["Fabrikam", "Dynamics 365 Plan 1", serial("2018-02-01"), "$125,000.50", "DPOR"],
        ["Tailspin", "Dynamics CRM Online", "2018-05-20", 20000, "Y"],
        ["Litware", "Azure", serial("2018-01-10"), 50000, "Yes"],
        ["Northwind", "CRM Online", serial("2016-01-10"), 90000, "Yes"],
        ["Adatum", "CRM Online", serial("2018-03-03"), 45000, "CPOR"],
        ["Woodgrove", "CRM Online", serial("2018-04-04"), "lots", "Yes"],
      ],
    },
  ];
}

const PRODUCTS = ["CRM Online", "Dynamics 365 Plan 1", "Azure", "D365 Plan 1"];
const DPOR = ["Yes", "DPOR", "No", "CPOR"];

/** A revenue sheet of `rows` data rows (deterministic), with the small workbook's staff. */
export function bigWorkbook(rows: number): SheetData[] {
  const values: PlainCell[][] = [["Customer", "Product", "Invoice date", "Amount (USD)", "DPOR"]];
  const start = serial("2017-01-01");
  for (let i = 0; i < rows; i++)
    values.push([`Customer ${i % 997}`, PRODUCTS[i % 4], start + (i % 540), 100 + (i % 1000) * 7.25, DPOR[i % 4]]);
  const small = smallWorkbook();
  return [small[1], { name: "Revenue", values }];
}

export const SAMPLE_XLSX = path.resolve(__dirname, "../../assets/sample-workbook.xlsx");

/** Cell as Office.js gives it: dates as serial numbers, rich text and formulas as their text/result. */
function officeValue(v: unknown): PlainCell {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r) => String((r as { text?: unknown }).text ?? "")).join("");
    if ("result" in o) return officeValue(o.result);
    if ("text" in o) return String(o.text);
    if ("error" in o) return String(o.error);
  }
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
}

/** The sample workbook's sheets, or null while scripts/make-sample.ts has not produced it. */
export async function sampleWorkbook(): Promise<SheetData[] | null> {
  if (!fs.existsSync(SAMPLE_XLSX)) return null;
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_XLSX);
  const out: SheetData[] = [];
  wb.eachSheet((ws) => {
    const values: PlainCell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: PlainCell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(officeValue(row.getCell(c).value));
      values[r - 1] = cells;
    });
    for (let i = 0; i < values.length; i++) values[i] ??= [];
    out.push({ name: ws.name, values });
  });
  return out;
}
