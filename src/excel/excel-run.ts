/// <reference types="office-js" />
// Every batch the add-in sends goes through here. While the user is typing in a cell, Excel
// fails any batch at once unless it asked to wait: `delayForCellEdit: true` (Excel.RunOptions,
// ExcelApi 1.11) queues it until the user presses Enter or Esc. `new Excel.RequestContext()` takes
// no run options, so nothing in the add-in builds one.

export type Batch<T> = (ctx: Excel.RequestContext) => Promise<T>;

export function runExcel<T>(batch: Batch<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
