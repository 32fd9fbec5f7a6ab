// Issue 11 items 4-6 on the command line: workbooks as openpyxl and ExcelJS write them (absolute
// relationship paths, inline rich text), what the reader passes on (visibility, merged areas,
// hidden rows, number formats, the 1904 date system), CSV encodings, files that are not .xlsx,
// and an output folder that cannot be written.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readXlsx } from "../../src/cli/xlsx-reader";
import { readWorkbook, runCli, runJson, sheetValues, tempDir } from "./helpers";

const FIXTURES = join(__dirname, "../fixtures");
const fixture = (name: string) => join(FIXTURES, name);

describe("an openpyxl workbook (absolute relationship paths, pandas' default writer)", () => {
  test("sheet names, visibility, merged title, hidden rows and number formats reach the reader", async () => {
    const rels = execFileSync("unzip", ["-p", fixture("openpyxl-workbook.xlsx"), "xl/_rels/workbook.xml.rels"], {
      encoding: "utf8",
    });
    expect(rels).toContain('Target="/xl/worksheets/sheet1.xml"'); // the fixture is what openpyxl writes
    const sheets = await readXlsx(fixture("openpyxl-workbook.xlsx"));
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Staff", "visible"],
      ["Revenue", "visible"],
      ["Old revenue", "hidden"],
      ["Lists", "veryHidden"],
    ]);
    const revenue = sheets[1];
    expect(revenue.mergedAreas).toEqual([{ row: 0, col: 0, rows: 1, cols: 5 }]);
    expect(revenue.originRow).toBe(1);
    expect([...revenue.hiddenRows].sort()).toEqual([3, 5]); // Excel rows 4 and 6
    expect(revenue.values[3]).toEqual([
      "Fabrikam",
      "Dynamics 365 Plan 1",
      new Date("2017-03-01T00:00:00Z"),
      30000,
      "Yes",
    ]);
    expect(revenue.formats[3]?.[2]).toBe("yyyy-mm-dd");
    expect(revenue.formats[3]?.[3]).toBe("#,##0.00");
    expect(revenue.date1904).toBe(false);
  });

  test("--revenue-sheet by its real name; Silver with the hidden rows counted and named in the summary", async () => {
    const r = await runCli([
      fixture("openpyxl-workbook.xlsx"),
      "--as-of",
      "2017-06-30",
      "--staff-sheet",
      "Staff",
      "--revenue-sheet",
      "Revenue",
      "--out",
      "r.xlsx",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Result tier: SILVER/);
    expect(r.stdout).toContain(
      "2 hidden rows were included (hidden rows count like any other; revenue counted from them: 2 rows, $45,000.00).",
    );
    const zh = await runCli([
      fixture("openpyxl-workbook.xlsx"),
      "--as-of",
      "2017-06-30",
      "--lang",
      "zh-CN",
      "--json",
      "--out",
      "r.xlsx",
    ]);
    expect(JSON.parse(zh.stdout).revenue.ttmUsd).toBe(105000);
    const summaryZh = await runCli([
      fixture("openpyxl-workbook.xlsx"),
      "--as-of",
      "2017-06-30",
      "--lang",
      "zh-CN",
      "--out",
      "z.xlsx",
    ]);
    expect(summaryZh.stdout).toContain(
      "已包含 2 行隐藏行（隐藏行与其他行一样计算；其中计入的收入：2 行，$45,000.00）。",
    );
  });

  test("the 1904 date system: the same calendar days, the same answer", async () => {
    const [staff, revenue] = await readXlsx(fixture("openpyxl-1904.xlsx"));
    expect(staff.date1904).toBe(true);
    expect(revenue.values[2][2]).toEqual(new Date("2017-01-15T00:00:00Z"));
    const j = await runJson([fixture("openpyxl-1904.xlsx"), "--as-of", "2017-06-30"]);
    expect(j.tier).toBe("silver");
    expect(j.revenue.ttmUsd).toBe(105000);
  });

  test("the copy keeps hidden sheets hidden", async () => {
    const dir = tempDir();
    await runCli([fixture("openpyxl-workbook.xlsx"), "--as-of", "2017-06-30", "--out", "out.xlsx"], { cwd: dir });
    const wb = await readWorkbook(join(dir, "out.xlsx"));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Competency Results", "visible"],
      ["Staff", "visible"],
      ["Revenue", "visible"],
      ["Old revenue", "hidden"],
      ["Lists", "veryHidden"],
    ]);
  });
});

test("inline rich text (several runs, no shared strings, as ExcelJS writes it) keeps every run", async () => {
  const dir = tempDir();
  const book = join(dir, "rich.xlsx");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: book, useSharedStrings: false });
  const staff = wb.addWorksheet("Staff");
  for (const row of [
    ["Name", "Exam", "Passed on"],
    ["Xu Wei", "MB2-714; MB2-710", "2016-01-10"],
    ["Li Na", "MB2-712", "2016-03-01"],
  ])
    staff.addRow(row).commit();
  staff.commit();
  const rev = wb.addWorksheet("Revenue");
  rev.addRow(["Customer", "Product", "Invoice date", "Amount (USD)", "DPOR"]).commit();
  const product = { richText: [{ text: "CRM", font: { bold: true } }, { text: " Online" }] };
  rev.addRow(["Contoso", product, "2017-01-15", 100000, "Yes"]).commit();
  rev.commit();
  await wb.commit();
  const xml = execFileSync("unzip", ["-p", book, "xl/worksheets/sheet2.xml"], { encoding: "utf8" });
  expect(xml).toMatch(/t="inlineStr"><is><r>.*<t>CRM<\/t><\/r><r>.*<t xml:space="preserve"> Online<\/t><\/r>/);
  const [, revenue] = await readXlsx(book);
  expect(revenue.values[1][1]).toBe("CRM Online");
  const j = await runJson([book, "--as-of", "2017-06-30"]);
  expect(j.revenue.ttmUsd).toBe(100000);
  expect(j.tier).toBe("silver");
});

describe("CSV encodings: the detector's candidates, the first whose header row is recognised", () => {
  test("Big5 (Traditional-Chinese Excel) staff and Windows-1252 (Western Excel) revenue", async () => {
    const dir = tempDir();
    const r = await runCli(
      [fixture("big5-staff.csv"), fixture("windows-1252-revenue.csv"), "--as-of", "2017-06-30", "--out", "out.xlsx"],
      { cwd: dir },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Result tier: SILVER/);
    expect(r.stdout).toContain(`Read ${fixture("big5-staff.csv")} as Big5.`);
    expect(r.stdout).toContain(`Read ${fixture("windows-1252-revenue.csv")} as Windows-1252.`);
    expect(r.stdout).toMatch(/Not an eligible product: Azure .* Café edition/);
    // The copy shows the text the user sees.
    const wb = await readWorkbook(join(dir, "out.xlsx"));
    const staff = sheetValues(wb.getWorksheet("big5-staff")!);
    expect(staff[1][0]).toBe("王小明");
    expect(staff[1][3]).toBe("台北辦公室");
    const revenue = sheetValues(wb.getWorksheet("windows-1252-revenue")!);
    expect(revenue.map((row) => row[0])).toEqual([
      "Customer",
      "Café Müller GmbH",
      "Société Générale – Paris",
      "“Ærø Fisk” A/S",
    ]);
    const j = await runJson([fixture("big5-staff.csv"), fixture("windows-1252-revenue.csv"), "--as-of", "2017-06-30"]);
    expect(j.revenue.ttmUsd).toBe(100000);
    expect(JSON.stringify(j)).toContain("王小明");
  });

  test("UTF-8 without BOM, UTF-8 with BOM, UTF-16 LE, UTF-16 BE without BOM and GB18030 name their encoding in both languages", async () => {
    const dir = tempDir();
    const staffText = "姓名,考试,通过日期\r\n徐伟,MB2-714; MB2-710,2016-01-10\r\n李娜,MB2-712,2016-03-01\r\n";
    const revenueText = "客户,产品,日期,金额,DPOR\r\n康拓,CRM Online,2017-01-15,100000,是\r\n";
    const gb = iconv.encode(revenueText, "gb18030");
    writeFileSync(join(dir, "staff.csv"), staffText, "utf8");
    writeFileSync(join(dir, "staff-bom.csv"), `\uFEFF${staffText}`, "utf8");
    writeFileSync(
      join(dir, "staff-utf16.csv"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(staffText.replace(/,/g, "\t"), "utf16le")]),
    );
    writeFileSync(join(dir, "staff-utf16-nobom.csv"), Buffer.from(staffText.replace(/,/g, "\t"), "utf16le").swap16());
    writeFileSync(join(dir, "revenue.csv"), gb);
    const cases = [
      ["staff.csv", "UTF-8"],
      ["staff-bom.csv", "UTF-8 (BOM)"],
      ["staff-utf16.csv", "UTF-16 LE"],
      ["staff-utf16-nobom.csv", "UTF-16 BE"],
    ];
    for (const [file, encoding] of cases) {
      const r = await runCli([file, "revenue.csv", "--as-of", "2017-06-30", "--json", "--out", `${file}.xlsx`], {
        cwd: dir,
      });
      expect(JSON.parse(r.stdout).tier).toBe("silver");
      const s = await runCli(
        [file, "revenue.csv", "--as-of", "2017-06-30", "--out", `${file}.2.xlsx`, "--lang", "zh-CN"],
        { cwd: dir },
      );
      expect(s.stdout).toContain(`${file} 按 ${encoding} 编码读取。`);
      expect(s.stdout).toContain("revenue.csv 按 GB18030 编码读取。");
    }
  });
});

describe("files that are not .xlsx say what they are and how to convert them", () => {
  test("an HTML table saved as .xls (ERP and portal exports)", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "export.xls"),
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n<head><meta charset="utf-8"></head><body><table><tr><td>Name</td><td>Exam</td></tr></table></body></html>\r\n',
    );
    const r = await runCli(["export.xls"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^export\.xls is a web page \(an HTML table.*\), not an Excel workbook; open it in Excel and Save As Excel Workbook \(\.xlsx\), or run: soffice --headless --convert-to xlsx "export\.xls"\.\n$/,
    );
    const zh = await runCli(["export.xls", "--lang", "zh-CN"], { cwd: dir });
    expect(zh.stderr).toMatch(/export\.xls 是网页（HTML 表格/);
  });

  test("an OpenDocument spreadsheet (.ods), written by LibreOffice", async () => {
    const dir = tempDir();
    copyFileSync(fixture("openpyxl-workbook.xlsx"), join(dir, "book.xlsx"));
    try {
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "ods", "book.xlsx"],
        { cwd: dir, stdio: "pipe", timeout: 180_000 },
      );
    } catch {
      // No LibreOffice here: the file LibreOffice writes starts with the same uncompressed mimetype entry.
      execFileSync("python3", [
        "-c",
        "import zipfile,sys;z=zipfile.ZipFile(sys.argv[1],'w');z.writestr('mimetype','application/vnd.oasis.opendocument.spreadsheet',compress_type=zipfile.ZIP_STORED);z.writestr('content.xml','<office:document-content/>');z.close()",
        join(dir, "book.ods"),
      ]);
    }
    expect(readFileSync(join(dir, "book.ods")).subarray(30, 38).toString()).toBe("mimetype");
    const r = await runCli(["book.ods"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^book\.ods is an OpenDocument spreadsheet \(\.ods, .*\), not an Excel workbook; open it and Save As Excel 2007-365 \(\.xlsx\), or run: soffice --headless --convert-to xlsx "book\.ods"\.\n$/,
    );
  });
});

describe("an output folder that cannot be written", () => {
  test("is refused at once, before the input is read, in the user's words", async () => {
    // /sys refuses new files even to root (a permission check alone would pass for root).
    const r = await runCli([fixture("openpyxl-workbook.xlsx"), "--out", "/sys/kernel/out.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "Cannot write the results workbook into /sys/kernel (permission denied); choose another place with --out (or use --json alone).\n",
    );
  });

  test("a write that fails late (a full disk): the report is printed first, then one line, no temporary names", async () => {
    const dir = tempDir();
    const results = await import("../../src/cli/results-workbook");
    const full = Object.assign(new Error(`ENOSPC: no space left on device, write '${dir}/.late.xlsx.4242.lx1.tmp'`), {
      code: "ENOSPC",
    });
    const spy = jest.spyOn(results, "writeResultsWorkbook").mockRejectedValueOnce(full);
    const r = await runCli([fixture("openpyxl-workbook.xlsx"), "--as-of", "2017-06-30", "--out", "late.xlsx"], {
      cwd: dir,
    });
    spy.mockRestore();
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Result tier: SILVER/);
    expect(r.stdout).not.toContain("Results workbook:");
    expect(r.stderr).toBe(
      `The results workbook could not be written to ${join(dir, "late.xlsx")} (the disk is full); the report above is complete — choose another place with --out.\n`,
    );
    const json = await runCli(
      [fixture("openpyxl-workbook.xlsx"), "--as-of", "2017-06-30", "--out", "late.xlsx", "--json"],
      { cwd: dir },
    );
    expect(JSON.parse(json.stdout).tier).toBe("silver");
  });
});
