// What Excel passes for a cell of an `any` argument → the plain value the core reads, the same
// value `Range.values` gives the no-argument path:
// - an error cell, passed only because functions.json has `allowErrorForDataTypeAny` (see
//   scripts/addin-build.js): a CustomFunctions.Error ({ code: "#N/A", … }), or, as a data type,
//   an ErrorCellValue ({ type: "Error", basicValue: "#N/A", … }) → its text "#N/A", as Range.values
//   shows an error cell;
// - a data-type cell, passed as an object because of `allowCustomDataForDataTypeAny` (formatted
//   numbers, entities, web images, …) → its `basicValue` ("the value that would be returned by
//   Range.values for a cell with this value", Excel.CellValue docs), never "[object Object]".

import type { PlainCell } from "../core";
import { isExcelError } from "../core";

/** Excel.ErrorCellValueType → the text a cell shows ("Excel.ErrorCellValueType enum"). */
const ERROR_TYPE_TEXT: Record<string, string> = {
  NotAvailable: "#N/A",
  Div0: "#DIV/0!",
  Value: "#VALUE!",
  Ref: "#REF!",
  Name: "#NAME?",
  Num: "#NUM!",
  Null: "#NULL!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Field: "#FIELD!",
  Busy: "#BUSY!",
  Blocked: "#BLOCKED!",
  Connect: "#CONNECT!",
  GettingData: "#GETTING_DATA",
};

/** The error text ("#N/A") when the argument cell is an error, else null. */
export function argError(v: unknown): string | null {
  if (typeof v !== "object" || v === null) return null;
  const o = v as { code?: unknown; type?: unknown; basicValue?: unknown; errorType?: unknown };
  if (typeof o.code === "string" && isExcelError(o.code)) return o.code;
  if (o.type !== "Error") return null;
  if (typeof o.basicValue === "string" && isExcelError(o.basicValue)) return o.basicValue;
  return ERROR_TYPE_TEXT[String(o.errorType)] ?? "#VALUE!";
}

/** One cell as Range.values would give it. */
export function plainArgValue(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  const error = argError(v);
  if (error !== null) return error;
  if ("basicValue" in v) return v.basicValue;
  return v;
}

/** A range argument with every cell made plain (rows copied only when one of their cells changes). */
export function plainTable(rows: unknown[][]): PlainCell[][] {
  let out: unknown[][] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let copy: unknown[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "object" || v === null) continue;
      copy ??= row.slice();
      copy[c] = plainArgValue(v);
    }
    if (copy) (out ??= rows.slice())[r] = copy;
  }
  // Every object (error, data type) is now its text or basic value: what remains is plain cells.
  return (out ?? rows) as PlainCell[][];
}
