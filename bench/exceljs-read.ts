// The baseline: reading a workbook with ExcelJS's streaming reader alone (values, shared strings
// and styles cached, as a reader of number formats must), touching every cell.
import ExcelJS from "exceljs";

export async function bareExcelJsRead(file: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  for await (const ws of reader) for await (const row of ws) cells += (row.values as unknown[]).length;
  return cells;
}

if (require.main === module) {
  const t = Date.now();
  void bareExcelJsRead(process.argv[2]).then((cells) =>
    process.stdout.write(
      `${JSON.stringify({ cells, readMs: Date.now() - t, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
    ),
  );
}
