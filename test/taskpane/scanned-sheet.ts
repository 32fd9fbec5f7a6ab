// A sheet as the add-in's scan sees it (its first rows), for the pane's view models without Excel.
import type { PlainCell } from "../../src/core";
import type { SheetScan } from "../../src/excel/read-workbook";

export function scannedSheet(
  name: string,
  head: PlainCell[][],
  col = 0,
  visibility: SheetScan["visibility"] = "visible",
): SheetScan {
  return {
    id: name,
    name,
    owned: false,
    mark: null,
    used: { row: 0, col, rows: head.length, cols: head[0].length },
    head,
    visibility,
    merged: [],
  };
}
