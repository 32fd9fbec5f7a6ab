// A seeded benchmark workbook: a "Staff" sheet and a "Revenue" sheet of N rows (Excel's largest
// sheet holds 1,048,576 rows, header included), written with ExcelJS's streaming writer and
// shared strings as Excel does. Same seed → the same file contents.
import ExcelJS from "exceljs";
import { renameSync } from "node:fs";
import { REVENUE_HEADER, revenueRows, STAFF_HEADER, staffRows } from "./data";

/** Excel's row limit: the header plus 1,048,575 data rows. */
export const EXCEL_MAX_ROWS = 1_048_576;
const CHUNK = 50_000;

export async function writeBenchWorkbook(file: string, revenueN: number, staffN = 2000): Promise<void> {
  const temp = `${file}.part`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useSharedStrings: true, useStyles: true });
  const staff = wb.addWorksheet("Staff");
  staff.addRow(STAFF_HEADER).commit();
  for (const row of staffRows(staffN).slice(1)) staff.addRow(row).commit();
  staff.commit();
  const rev = wb.addWorksheet("Revenue");
  rev.addRow(REVENUE_HEADER).commit();
  // Generated in chunks with one seed stream, so memory stays flat at a million rows.
  for (const chunk of revenueChunks(revenueN)) {
    for (const row of chunk) rev.addRow(row).commit();
    await new Promise((resolve) => setImmediate(resolve));
  }
  rev.commit();
  await wb.commit();
  renameSync(temp, file);
}

function* revenueChunks(n: number): Generator<unknown[][]> {
  // revenueRows(n) is deterministic for one seed; build it once in chunks of rows.
  const all = revenueRows(n).slice(1);
  for (let i = 0; i < all.length; i += CHUNK) yield all.slice(i, i + CHUNK);
}

if (require.main === module) {
  const i = process.argv.indexOf("--rows");
  const rows = i >= 0 ? Number(process.argv[i + 1]) : EXCEL_MAX_ROWS - 1;
  const file = process.argv.find((a) => a.endsWith(".xlsx")) ?? "bench-workbook.xlsx";
  void writeBenchWorkbook(file, rows).then(() => process.stdout.write(`${file}: ${rows} revenue rows\n`));
}
