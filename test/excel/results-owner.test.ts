// Ownership of the results sheet across sessions (issue 12 item 4): the fake gives every sheet a
// new id on reopen, as Excel does; a copy of our sheet carries our custom property.
import { runReport } from "../../src/excel/run-report";
import { ownedSheet, RESULTS_SHEET_SETTING } from "../../src/excel/results-owner";
import { OWNER_KEY } from "../../src/excel/sheet-ownership";
import { FakeRequestContext, FakeWorkbook } from "../fakes/excel-fake";
import { fakeSettings } from "../fakes/office-fake";
import { SAMPLE_AS_OF, smallWorkbook } from "../fakes/sample-workbook";
import { day } from "./helpers";

const report = (book: FakeWorkbook, store: ReturnType<typeof fakeSettings>) =>
  runReport(new FakeRequestContext(book) as unknown as Excel.RequestContext, {
    settings: { asOf: SAMPLE_AS_OF },
    store,
    lang: "en",
    today: day("2024-01-01"),
  });

const resultsSheets = (book: FakeWorkbook) =>
  book.sheets.filter((s) => s.name.startsWith("Competency Results")).map((s) => s.name);
const mark = (book: FakeWorkbook, name: string) =>
  book.sheet(name)!.customProperties.get(OWNER_KEY.toLowerCase())?.value;

test("reopened workbook (new sheet ids): our sheet is still ours and is rewritten in place", async () => {
  const book = new FakeWorkbook(smallWorkbook());
  const store = fakeSettings();
  const first = await report(book, store);
  expect(first.written).toEqual({ name: "Competency Results", created: true });
  const idBefore = book.sheet("Competency Results")!.id;
  book.reopen();
  expect(book.sheet("Competency Results")!.id).not.toBe(idBefore);
  book.sheet("Competency Results")!.writeValue(400, 0, "stale cell far below the report");
  const second = await report(book, store);
  expect(second.written).toEqual({ name: "Competency Results", created: false });
  expect(resultsSheets(book)).toEqual(["Competency Results"]);
  expect(book.sheet("Competency Results")!.get(400, 0)).toBeUndefined();
  expect(store.get(RESULTS_SHEET_SETTING)).toEqual({
    token: mark(book, "Competency Results"),
    name: "Competency Results",
  });
});

test("a user's copy of our sheet is never cleared: with the token on two sheets the report goes to a new sheet, with a warning", async () => {
  const book = new FakeWorkbook(smallWorkbook());
  const store = fakeSettings();
  await report(book, store);
  const copy = book.copySheet("Competency Results"); // "Competency Results (2)", same custom property
  copy.writeValue(0, 0, "my annotated copy");
  const writesBefore = copy.writes;
  const original = book.sheet("Competency Results")!;
  const originalWrites = original.writes;
  book.reopen();
  const run = await report(book, store);
  expect(run.written).toEqual({ name: "Competency Results (3)", created: true, ownerConflict: true });
  expect(copy.writes).toBe(writesBefore);
  expect(copy.get(0, 0)).toBe("my annotated copy");
  expect(original.writes).toBe(originalWrites);
  // The new sheet has a new token; the next run reuses it and no longer warns.
  const record = store.get(RESULTS_SHEET_SETTING) as { token: string; name: string };
  expect(record.name).toBe("Competency Results (3)");
  expect(mark(book, "Competency Results (3)")).toBe(record.token);
  expect(mark(book, "Competency Results")).not.toBe(record.token);
  const again = await report(book, store);
  expect(again.written).toEqual({ name: "Competency Results (3)", created: false });
});

test("a copy renamed elsewhere while the original keeps its name: still two holders, still never cleared", () => {
  const owner = { token: "t", name: "R" };
  expect(ownedSheet([{ id: "1", name: "R", mark: "t" }], owner)).toEqual({ id: "1", conflict: false });
  expect(
    ownedSheet(
      [
        { id: "1", name: "R", mark: "t" },
        { id: "2", name: "Copy", mark: "t" },
      ],
      owner,
    ),
  ).toEqual({ id: null, conflict: true });
  // Renamed by the user: the record no longer names it, so it is left alone.
  expect(ownedSheet([{ id: "1", name: "Mine now", mark: "t" }], owner)).toEqual({ id: null, conflict: false });
  expect(ownedSheet([{ id: "1", name: "r", mark: "t" }], owner)).toEqual({ id: "1", conflict: false }); // names without case
  expect(ownedSheet([{ id: "1", name: "R", mark: "t" }], null)).toEqual({ id: null, conflict: false });
});
