// Running the CLI in-process (fast) or as the real command, and building input files.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { main, type CliIO } from "../../src/cli/main";
import type { ContractJson, PlainCell } from "../../src/core";

export const ROOT = resolve(__dirname, "../..");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  now?: Date;
}

/** Calls main() with captured streams; the clock defaults to 2026-11-25 (the brief's "today"). */
export async function runCli(argv: string[], o: RunOptions = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrIsTTY: o.tty ?? false,
    cwd: o.cwd ?? tempDir(),
    env: o.env ?? { LANG: "en_US.UTF-8" },
    now: () => o.now ?? new Date(2026, 10, 25, 9, 30),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export async function runJson(argv: string[], o: RunOptions = {}): Promise<ContractJson> {
  const r = await runCli([...argv, "--json"], o);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ContractJson;
}

/** The real command as a user runs it (no npm: npm may print its own warnings on stderr). */
export function spawnCli(args: string[], cwd = ROOT): Run {
  const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/main.ts"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed when the test file is done. */
export function tempDir(prefix = "cli-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const listDir = (dir: string) => readdirSync(dir).sort();

// ---------------------------------------------------------------- workbooks

export type CellValue = ExcelJS.CellValue;

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** Excel row of rows[0] (default 1): leading rows stay empty. */
  startRow?: number;
  /** Number formats by 1-based column, e.g. {3: "yyyy-mm-dd"}. */
  formats?: Record<number, string>;
  /** The sheet's visibility as Excel saves it (default visible). */
  state?: "hidden" | "veryHidden";
}

export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    s.rows.forEach((cells, i) => {
      const row = ws.getRow((s.startRow ?? 1) + i);
      cells.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = row.getCell(c + 1);
        cell.value = v;
        const fmt = s.formats?.[c + 1] ?? (v instanceof Date ? "yyyy-mm-dd" : undefined);
        if (fmt) cell.numFmt = fmt;
      });
    });
  }
  await wb.xlsx.writeFile(path);
  return path;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A sheet's values as a 2D array from row 1, column A (ExcelJS cells, unconverted). */
export function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const out: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = cell.value));
    out[n - 1] = cells;
  });
  return Array.from(out, (r) => r ?? []);
}

/** ExcelJS cell values as the CLI's reader passes them to the evaluator. */
/** Test rows hold plain values (text, numbers, dates, booleans, blanks) as Excel shows them. */
export const plainRows = (rows: CellValue[][]): PlainCell[][] =>
  rows.map((r) => r.map((v) => (v ?? null) as PlainCell));

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A small valid workbook: Silver as of 2017-06-30 (USD 100,000 exactly), Gold missing. */
export function silverSheets(extraStaff: CellValue[][] = []): SheetSpec[] {
  return [
    {
      name: "Staff",
      rows: [
        ["Name", "Exam", "Passed on", "Active"],
        ["Xu Wei", "MB2-714; MB2-710", utc("2016-05-01"), "Yes"],
        ["Yan Li", "MB2-712", "2016-08-20", "Yes"],
        ...extraStaff,
      ],
    },
    {
      name: "Revenue",
      rows: [
        ["Customer", "Product", "Date", "Amount", "DPOR"],
        ["Contoso", "CRM Online", utc("2017-01-15"), 60000, "Yes"],
        ["Fabrikam", "Dynamics 365 Plan 1", "2017-03-01", "$40,000.00", "DPOR"],
        ["Litware", "Azure", utc("2017-02-01"), 99999, "Yes"],
      ],
    },
  ];
}

// ---------------------------------------------------------------- an encrypted workbook

/**
 * The container Excel writes for a password-protected .xlsx: an OLE compound file (MS-CFB v3)
 * whose streams are EncryptionInfo and EncryptedPackage. The stream contents here are filler;
 * the container and its directory are real.
 */
export function writeOleFile(path: string, streams: string[]): void {
  const SECTOR = 512;
  const FREE = 0xffffffff,
    END = 0xfffffffe,
    FATSECT = 0xfffffffd,
    NOSTREAM = 0xffffffff;
  const streamSectors = 8; // 4096 bytes each: at the mini-stream cutoff, so in regular sectors
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END, 60);
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(END, 68);
  header.writeUInt32LE(0, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  let next = 2;
  const starts: number[] = [];
  for (let s = 0; s < streams.length; s++) {
    starts.push(next);
    for (let i = 0; i < streamSectors; i++, next++)
      fat.writeUInt32LE(i === streamSectors - 1 ? END : next + 1, next * 4);
  }

  const dir = Buffer.alloc(SECTOR, 0);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const o = i * 128;
    const n = Buffer.from(`${name}\0`, "utf16le");
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir.writeUInt8(type, o + 66);
    dir.writeUInt8(1, o + 67); // black
    dir.writeUInt32LE(NOSTREAM, o + 68);
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  entry(0, "Root Entry", 5, 1, NOSTREAM, END, 0);
  streams.forEach((name, i) =>
    entry(i + 1, name, 2, NOSTREAM, i + 1 < streams.length ? i + 2 : NOSTREAM, starts[i], streamSectors * SECTOR),
  );
  const data = Buffer.alloc(streams.length * streamSectors * SECTOR, 0x5a);
  writeFileSync(path, Buffer.concat([header, fat, dir, data]));
}
