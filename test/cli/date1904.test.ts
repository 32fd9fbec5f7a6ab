// A workbook in the 1904 date system (Excel for Mac's old default, `<workbookPr date1904="1">`):
// a General-formatted serial counts from 1904-01-01. Read as a 1900 serial it would be four years
// early (Contoso's deal outside the window, tier None); read right, the partner is Silver.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx, workbookDateSystem } from "../../src/cli/xlsx-reader";
import { runJson, silverSheets, tempDir, utc } from "./helpers";

/** The 1904 serial of a date (days since 1904-01-01). */
const serial1904 = (iso: string) => (utc(iso).getTime() - Date.UTC(1904, 0, 1)) / 86_400_000;

async function write1904(path: string, date1904: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  for (const s of silverSheets()) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((cells, i) =>
      cells.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getRow(i + 1).getCell(c + 1);
        // Contoso's date typed as a plain number, General format: the serial as stored.
        cell.value = s.name === "Revenue" && i === 1 && c === 2 ? serial1904("2017-01-15") : v;
        if (v instanceof Date && !(s.name === "Revenue" && i === 1)) cell.numFmt = "yyyy-mm-dd";
      }),
    );
  }
  await wb.xlsx.writeFile(path);
  return path;
}

test("the reader carries the workbook's date1904 flag", async () => {
  const dir = tempDir();
  expect(workbookDateSystem(await readXlsx(await write1904(join(dir, "mac.xlsx"), true)))).toBe("1904");
  expect(workbookDateSystem(await readXlsx(await write1904(join(dir, "pc.xlsx"), false)))).toBe("1900");
});

test("a General-formatted serial in a 1904 workbook is read in the 1904 system: Silver, not None", async () => {
  const dir = tempDir();
  const mac = await write1904(join(dir, "mac.xlsx"), true);
  const out = await runJson([mac, "--as-of", "2017-06-30"], { cwd: dir });
  expect(out.tier).toBe("silver");
  expect(out.revenue.ttmUsd).toBe(100000);
  // The same serial in a 1900 workbook is 2013-01-14: outside the window, so no tier.
  const pc = await write1904(join(dir, "pc.xlsx"), false);
  const wrong = await runJson([pc, "--as-of", "2017-06-30"], { cwd: dir });
  expect(wrong.tier).toBe("none");
});
