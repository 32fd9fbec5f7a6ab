// CSV reading (RFC 4180, delimiters, encodings) and a staff + revenue CSV pair end to end.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText, foreignDelimiter, parseCsv, sniffDelimiter } from "../../src/cli/csv";
import { readWorkbook, runCli, runJson, sheetValues, tempDir } from "./helpers";

describe("parseCsv", () => {
  test("quoted fields: delimiters, doubled quotes and line breaks inside quotes", () => {
    const text = 'a,"b,c","say ""hi""","two\nlines"\r\n1,,"",x\n';
    expect(parseCsv(text, ",")).toEqual([
      ["a", "b,c", 'say "hi"', "two\nlines"],
      ["1", "", "", "x"],
    ]);
  });

  test("CR, LF and CRLF line ends; no phantom row after the last line break; blank lines kept", () => {
    expect(parseCsv("a;b\rc;d\n\ne;f\r\n", ";")).toEqual([["a", "b"], ["c", "d"], [""], ["e", "f"]]);
    expect(parseCsv("x", ",")).toEqual([["x"]]);
    expect(parseCsv("", ",")).toEqual([]);
  });

  test("a stray quote inside an unquoted field is kept as text", () => {
    expect(parseCsv('O"Brien,5\n', ",")).toEqual([['O"Brien', "5"]]);
  });

  test("the delimiter is sniffed among comma, semicolon and tab", () => {
    expect(sniffDelimiter("Name;Exam;Passed on\nXu;MB2-714, MB2-710;2017-01-01\n")).toBe(";");
    expect(sniffDelimiter("Name\tExam\nXu\tMB2-714\n")).toBe("\t");
    expect(sniffDelimiter('Customer,Product,Amount\n"Contoso; Ltd",CRM Online,"1,200.00"\n')).toBe(",");
    expect(foreignDelimiter("Name|Exam|Passed on\n")).toBe("|");
    expect(foreignDelimiter("Name,Exam\n")).toBeNull();
  });

  test("encodings: UTF-8 with BOM, UTF-16 LE (Excel's Unicode text), GB18030 (Chinese Excel's CSV)", () => {
    expect(decodeText(Buffer.from("\uFEFF姓名,考试", "utf8"))).toBe("姓名,考试");
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("姓名\t考试", "utf16le")]))).toBe(
      "姓名\t考试",
    );
    // "姓名" in GB18030.
    expect(decodeText(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]))).toBe("姓名");
  });
});

describe("a staff CSV and a revenue CSV", () => {
  const STAFF = [
    "\uFEFFName;Email;Exam;Passed on;Active",
    "  xu   wei ;xu@contoso.com;mb2 714;2017/03/01;Yes",
    "Xu Wei;xu@contoso.com;MB2710;42795;Y",
    'Yan Li;;"Exam MB2-712";2017年5月20日;是',
    'Chen Jie;;"MB2-714; MB2-710";2016-01-01;No',
    "Ann Lee;;MB2-713;2018-01-01;Yes",
  ].join("\r\n");
  const REVENUE = [
    "Customer,Product,Invoice date,Amount (USD),DPOR",
    '"Contoso, Ltd",CRM Online,2017-01-15,"$60,000.00",Yes',
    '"Fabrikam\nHQ",D365 Plan 1,2017/03/01,45000,DPOR',
    'Litware,dynamics 365 plan 1,2017-04-01,"(5,000.00)",Y',
    "Northwind,Azure,2017-04-01,99999,Yes",
    "Tailspin,CRM Online,2017-05-01,12345.67,CPOR",
    "Proseware,CRM Online,2016-06-30,7000,Yes",
    "Coho,CRM Online,soon,100,Yes",
  ].join("\n");

  test("either order gives the same answer; dates and amounts read from text", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "staff.csv"), STAFF);
    writeFileSync(join(dir, "revenue.csv"), REVENUE);
    const a = await runJson(["staff.csv", "revenue.csv", "--as-of", "2017-06-30"], { cwd: dir });
    const b = await runJson(["revenue.csv", "staff.csv", "--as-of", "2017-06-30"], { cwd: dir });
    expect(b).toEqual(a);
    // 60,000 + 45,000 − 5,000 counted; Azure, CPOR, before-window and unreadable excluded.
    expect(a.revenue).toMatchObject({ ttmUsd: 100000, countedRows: 3, excludedRows: 4 });
    expect(a.tier).toBe("silver");
    expect(a.tiers[0].slots.map((s) => [s.person, s.exams])).toEqual([
      ["Xu Wei", ["MB2-714", "MB2-710"]],
      ["Yan Li", ["MB2-712"]],
    ]);
    // Row numbers are the CSV's rows as a spreadsheet shows them (a quoted line break stays in its row).
    expect(a.issues).toContainEqual(
      expect.objectContaining({ sheet: "revenue.csv", row: 8, column: "Invoice date", severity: "error" }),
    );
    expect(a.issues).toContainEqual(
      expect.objectContaining({ sheet: "staff.csv", row: 5, column: "Active", severity: "info" }),
    );
    // Ann Lee passed MB2-713 after the as-of date.
    expect(a.issues).toContainEqual(expect.objectContaining({ sheet: "staff.csv", row: 6, column: "Passed on" }));
  });

  test("the workbook written from CSVs holds both tables as sheets, cells as the text they were", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "staff.csv"), STAFF);
    writeFileSync(join(dir, "revenue.csv"), REVENUE);
    const r = await runCli(["staff.csv", "revenue.csv", "--as-of", "2017-06-30"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Results workbook: ${join(dir, "staff.results.xlsx")}`);
    const wb = await readWorkbook(join(dir, "staff.results.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Competency Results", "staff", "revenue"]);
    const rev = sheetValues(wb.getWorksheet("revenue")!);
    expect(rev[2]).toEqual(["Fabrikam\nHQ", "D365 Plan 1", "2017/03/01", "45000", "DPOR"]);
  });

  test("Excel's sep= line chooses the delimiter and is not a row", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "staff.csv"), "sep=|\nName|Exam\nXu Wei|MB2-714, MB2-710\nYan Li|MB2-712\nZed|MB2-000\n");
    writeFileSync(join(dir, "revenue.csv"), "Product,Date,Amount,DPOR\nCRM Online,2017-01-01,100000,Yes\n");
    const j = await runJson(["staff.csv", "revenue.csv", "--as-of", "2017-06-30"], { cwd: dir });
    expect(j.tier).toBe("silver");
    expect(j.issues).toContainEqual(expect.objectContaining({ sheet: "staff.csv", row: 4, column: "Exam" }));
  });

  test("a tab-separated UTF-16 staff file with Chinese headers", async () => {
    const dir = tempDir();
    const staff = "姓名\t考试代码\t通过日期\t在职\n徐伟\tMB2-714、MB2-710\t2017-01-01\t是\n李艳\tMB2-712\t\t是\n";
    writeFileSync(join(dir, "员工.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(staff, "utf16le")]));
    writeFileSync(
      join(dir, "收入.csv"),
      "客户;产品;日期;金额;记录在案的合作伙伴\n甲公司;CRM Online;2017年6月1日;100000;是\n",
    );
    const j = await runJson(["员工.txt", "收入.csv", "--as-of", "2017-06-30"], { cwd: dir });
    expect(j.tier).toBe("silver");
    expect(j.tiers[0].slots.map((s) => s.person)).toEqual(["徐伟", "李艳"]);
  });
});
