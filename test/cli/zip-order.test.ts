// Real files do not always list the zip's parts in the order ExcelJS's streaming reader expects.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readXlsx } from "../../src/cli/xlsx-reader";
import { runJson, tempDir, writeWorkbook } from "./helpers";

/**
 * The same workbook re-zipped so the relationships and shared strings come first and
 * workbook.xml last: the order in which ExcelJS's streaming reader meets a worksheet too early.
 */
async function relsFirst(src: string, dest: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(src));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const early = ["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"];
  const order = [...early, ...names.filter((n) => !early.includes(n) && n !== "xl/workbook.xml"), "xl/workbook.xml"];
  const out = new JSZip();
  for (const n of order) out.file(n, await zip.files[n].async("uint8array"));
  writeFileSync(dest, await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return order;
}

test("a workbook whose zip lists workbook.xml last is read whole, the same as in order", async () => {
  const dir = tempDir();
  const ordered = await writeWorkbook(join(dir, "ordered.xlsx"), [
    {
      name: "Staff",
      rows: [
        ["Name", "Exam"],
        ["Xu Wei", "MB2-714, MB2-710"],
        ["Yan Li", "MB2-712"],
      ],
    },
    {
      name: "Revenue",
      rows: [
        ["Product", "Date", "Amount", "DPOR"],
        ["CRM Online", "2017-06-01", 100000, "Yes"],
      ],
    },
  ]);
  const reordered = join(dir, "reordered.xlsx");
  const order = await relsFirst(ordered, reordered);
  expect(order.indexOf("xl/_rels/workbook.xml.rels")).toBeLessThan(order.indexOf("xl/workbook.xml"));
  // ExcelJS's streaming reader alone fails on it…
  const stream = async () => {
    for await (const ws of new ExcelJS.stream.xlsx.WorkbookReader(reordered, {}))
      for await (const _row of ws) void _row;
  };
  await expect(stream()).rejects.toThrow(/reading 'sheets'/);
  // …our reader does not, and gives the same sheets and the same answer.
  expect(await readXlsx(reordered)).toEqual(await readXlsx(ordered));
  const a = await runJson([ordered, "--as-of", "2017-06-30"]);
  const b = await runJson([reordered, "--as-of", "2017-06-30"]);
  expect(b).toEqual(a);
  expect(b.tier).toBe("silver");
});
