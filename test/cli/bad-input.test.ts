// Every unusable input is refused with exit 2 and ONE line that says what is wrong and what to
// do, never a stack trace, and never leaves an output file (or a temporary one) behind.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listDir, runCli, silverSheets, tempDir, writeOleFile, writeWorkbook, plainRows } from "./helpers";
import { writeResultsWorkbook } from "../../src/cli/results-workbook";
import { plainSheet } from "../../src/cli/xlsx-reader";
import { buildReportGrid, evaluate } from "../../src/core";

interface Case {
  name: string;
  /** Creates the input in dir; returns the CLI arguments. */
  make: (dir: string) => Promise<string[]> | string[];
  message: RegExp;
}

const text = (dir: string, name: string, body: string | Buffer) => {
  writeFileSync(join(dir, name), body);
  return join(dir, name);
};

const CASES: Case[] = [
  { name: "missing file", make: () => ["nowhere.xlsx"], message: /^nowhere\.xlsx: no such file; check the path/ },
  {
    name: "a folder",
    make: (dir) => {
      mkdirSync(join(dir, "exports"));
      return ["exports"];
    },
    message: /^exports is a folder, not a file; give the \.xlsx workbook/,
  },
  { name: "empty file", make: (dir) => [text(dir, "empty.xlsx", "")], message: /empty\.xlsx is empty \(0 bytes\)/ },
  {
    name: "a text file renamed .xlsx",
    make: (dir) => [text(dir, "renamed.xlsx", "Name,Exam\nXu Wei,MB2-714\n")],
    message: /renamed\.xlsx is a text file, not an Excel workbook .*rename it to \.csv/,
  },
  {
    name: "a truncated download",
    make: async (dir) => {
      const whole = await writeWorkbook(join(dir, "whole.xlsx"), silverSheets());
      const bytes = readFileSync(whole);
      return [text(dir, "partial.xlsx", bytes.subarray(0, Math.floor(bytes.length * 0.6)))];
    },
    message: /partial\.xlsx is damaged \(its zip structure is incomplete or corrupt/,
  },
  {
    name: "a corrupt zip body",
    make: async (dir) => {
      const whole = await writeWorkbook(join(dir, "whole.xlsx"), silverSheets());
      const bytes = Buffer.from(readFileSync(whole));
      // Damage the compressed data but keep the zip directory intact.
      for (let i = 200; i < 1200; i++) bytes[i] ^= 0x5a;
      return [text(dir, "corrupt.xlsx", bytes)];
    },
    message: /corrupt\.xlsx could not be read as an Excel workbook .*save it as \.xlsx/,
  },
  {
    name: "a zip that is not a workbook",
    make: async (dir) => {
      const whole = await writeWorkbook(join(dir, "whole.xlsx"), silverSheets());
      // Rename the workbook part inside the zip (same length keeps the zip valid).
      const bytes = Buffer.from(
        readFileSync(whole).toString("latin1").split("xl/workbook.xml").join("xl/notebook.xml"),
        "latin1",
      );
      return [text(dir, "archive.xlsx", bytes)];
    },
    message: /archive\.xlsx is a zip file but not an Excel workbook/,
  },
  {
    name: "a password-protected workbook",
    make: (dir) => {
      writeOleFile(join(dir, "locked.xlsx"), ["EncryptionInfo", "EncryptedPackage"]);
      return [join(dir, "locked.xlsx")];
    },
    message: /locked\.xlsx is password-protected; open it in Excel, remove the password/,
  },
  {
    name: "an old .xls workbook",
    make: (dir) => {
      writeOleFile(join(dir, "old.xls"), ["Workbook"]);
      return [join(dir, "old.xls")];
    },
    message: /old\.xls is an old-format Excel 97-2003 \(\.xls\) workbook; .*Save As \.xlsx/,
  },
  {
    name: "random bytes",
    make: (dir) => [text(dir, "noise.xlsx", Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)))],
    message: /noise\.xlsx is neither an Excel workbook \(\.xlsx\) nor a CSV text file/,
  },
  {
    name: "a sheet named by --staff-sheet that does not exist",
    make: async (dir) => [await writeWorkbook(join(dir, "book.xlsx"), silverSheets()), "--staff-sheet", "People"],
    message: /book\.xlsx has no sheet named "People" \(its sheets: "Staff", "Revenue"\); check --staff-sheet/,
  },
  {
    name: "a sheet named by --revenue-sheet that does not exist",
    make: async (dir) => [await writeWorkbook(join(dir, "book.xlsx"), silverSheets()), "--revenue-sheet", "Sales"],
    message: /no sheet named "Sales" .*check --revenue-sheet/,
  },
  {
    name: "no staff header row",
    make: async (dir) => {
      const [, revenue] = silverSheets();
      return [
        await writeWorkbook(join(dir, "book.xlsx"), [
          { name: "Notes", rows: [["Q3 numbers"], ["see revenue"]] },
          revenue,
        ]),
      ];
    },
    message: /book\.xlsx has no staff table: no sheet has a header row with a name and an exam column .*--staff-sheet/,
  },
  {
    name: "no revenue header row",
    make: async (dir) => {
      const [staff] = silverSheets();
      return [
        await writeWorkbook(join(dir, "book.xlsx"), [
          staff,
          {
            name: "Revenue",
            rows: [
              ["Customer", "Total"],
              ["Contoso", 5],
            ],
          },
        ]),
      ];
    },
    message: /has no revenue table: .*product, date and amount columns/,
  },
  {
    name: "a named sheet without a header row",
    make: async (dir) => {
      const [staff, revenue] = silverSheets();
      return [
        await writeWorkbook(join(dir, "book.xlsx"), [staff, revenue, { name: "Old", rows: [["x", "y"]] }]),
        "--staff-sheet",
        "Old",
      ];
    },
    message: /Sheet "Old" of .*book\.xlsx has no staff header row in its first 50 rows/,
  },
  {
    name: "an empty workbook",
    make: async (dir) => [await writeWorkbook(join(dir, "blank.xlsx"), [{ name: "Sheet1", rows: [] }])],
    message: /blank\.xlsx has no staff table/,
  },
  {
    name: "one CSV file",
    make: (dir) => [text(dir, "staff.csv", "Name,Exam\nXu Wei,MB2-714\n")],
    message: /staff\.csv is one CSV table; pass two CSV files/,
  },
  {
    name: "a CSV with another delimiter",
    make: (dir) => [
      text(dir, "staff.csv", "Name|Exam|Passed on\nXu Wei|MB2-714|2017-01-01\n"),
      text(dir, "revenue.csv", "Customer,Product,Date,Amount,DPOR\nC,CRM Online,2017-01-01,5,Yes\n"),
    ],
    message:
      /staff\.csv: no header row found; the file seems to separate columns with "\|"; save it as CSV with comma, semicolon or tab/,
  },
  {
    name: "two staff CSV files",
    make: (dir) => [text(dir, "a.csv", "Name,Exam\nX,MB2-714\n"), text(dir, "b.csv", "Name;Exam\nY;MB2-710\n")],
    message: /Both .*a\.csv and .*b\.csv look like staff tables/,
  },
  {
    name: "a CSV with no table at all",
    make: (dir) => [
      text(dir, "notes.csv", "hello\nworld\n"),
      text(dir, "revenue.csv", "Product,Date,Amount\nCRM Online,2017-01-01,5\n"),
    ],
    message: /notes\.csv: no header row found in the first 50 rows/,
  },
  {
    name: "an xlsx renamed .csv",
    make: async (dir) => {
      const book = await writeWorkbook(join(dir, "book.xlsx"), silverSheets());
      copyFileSync(book, join(dir, "staff.csv"));
      return [join(dir, "staff.csv"), text(dir, "revenue.csv", "Product,Date,Amount\nCRM Online,2017-01-01,5\n")];
    },
    message: /staff\.csv is an Excel workbook, not CSV text; rename it to \.xlsx/,
  },
  {
    name: "an --out that is not .xlsx",
    make: async (dir) => [await writeWorkbook(join(dir, "book.xlsx"), silverSheets()), "--out", "report.csv"],
    message: /^--out must name an \.xlsx file/,
  },
  {
    name: "an --out into a missing folder",
    make: async (dir) => [await writeWorkbook(join(dir, "book.xlsx"), silverSheets()), "--out", "no/such/dir/r.xlsx"],
    message: /^The folder .*no\/such\/dir does not exist/,
  },
];

describe.each([false, true])("refusals (json: %s)", (json) => {
  test.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const dir = tempDir();
    const argv = await c.make(dir);
    const before = listDir(dir);
    const r = await runCli([...argv, "--as-of", "2017-06-30", ...(json ? ["--json"] : [])], { cwd: dir });
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(c.message);
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(2);
    expect(listDir(dir)).toEqual(before);
  });
});

test("refusals speak Chinese when asked", async () => {
  const dir = tempDir();
  const r = await runCli(["nowhere.xlsx", "--lang", "zh-CN"], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toBe("nowhere.xlsx：文件不存在；请检查路径（或不带文件参数运行以使用内置示例）。\n");
});

test("a failure while writing leaves neither the target nor a temporary file", async () => {
  const dir = tempDir();
  const [staff, revenue] = silverSheets();
  const e = evaluate(
    { values: plainRows(staff.rows), sheet: "Staff" },
    { values: plainRows(revenue.rows), sheet: "Revenue" },
    { asOf: "2017-06-30" },
  );
  // The final rename fails: the target is a folder holding a file.
  const target = join(dir, "out.xlsx");
  mkdirSync(target);
  writeFileSync(join(target, "keep.txt"), "mine");
  const sheet = plainSheet("Staff", staff.rows as never);
  await expect(
    writeResultsWorkbook({ path: target, grid: buildReportGrid(e, "en"), inputSheets: [sheet] }),
  ).rejects.toThrow();
  expect(listDir(dir)).toEqual(["out.xlsx"]);
  expect(listDir(target)).toEqual(["keep.txt"]);
});
