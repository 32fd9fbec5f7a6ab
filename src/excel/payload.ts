// Excel's request limits and how we stay under them. Excel on the web rejects a request or a
// response over 5 MB, and one read returns at most 5,000,000 cells; a sync that breaks either
// fails as a whole. Cell contents are unknown before they are read, so block sizes start from a
// guess, then follow the bytes per cell actually seen.

const PAYLOAD_LIMIT_BYTES = 5_000_000;
export const MAX_CELLS_PER_READ = 5_000_000;
/** What one sync may carry by our estimate: well under the limit, since it is an estimate. */
export const SYNC_BUDGET_BYTES = 0.7 * PAYLOAD_LIMIT_BYTES;
/** Cells per read block: 20,000 rows of 5 columns, 5,000 rows of 20. */
export const BLOCK_CELLS = 100_000;
export const MAX_ROWS_PER_BLOCK = 20_000;
/** Before anything is read: a typical cell (short text, dates, amounts) as JSON, with room to spare. */
export const INITIAL_BYTES_PER_CELL = 24;

export function rowsPerBlock(columns: number): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_BLOCK, Math.floor(BLOCK_CELLS / Math.max(1, columns))));
}

/** Size of a 2D array as JSON in UTF-8, counted without building the string. */
export function jsonBytes(values: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of values) {
    n += 2 + row.length;
    for (const v of row) {
      if (typeof v === "number") n += String(v).length;
      else if (typeof v === "string") {
        n += 2;
        for (let i = 0; i < v.length; i++) n += v.charCodeAt(i) < 128 ? 1 : 3;
      } else if (typeof v === "boolean") n += v ? 4 : 5;
      else n += 4;
    }
  }
  return n;
}

const PAYLOAD_ERRORS = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

/** Excel refused a sync for its size (the fix is a smaller request, not a different one). */
export function isPayloadError(e: unknown): boolean {
  return typeof e === "object" && e !== null && PAYLOAD_ERRORS.has(String((e as { code?: unknown }).code));
}

/** Bytes per cell, learned from what was read so far (never below the first guess's floor). */
export class ByteEstimate {
  constructor(public bytesPerCell = INITIAL_BYTES_PER_CELL) {}
  observe(values: readonly (readonly unknown[])[]): void {
    const cells = values.reduce((n, r) => n + r.length, 0);
    if (cells < 50) return; // too few to tell
    // 25% headroom: the next block may have longer text than this one.
    this.bytesPerCell = Math.max(4, Math.ceil((jsonBytes(values) / cells) * 1.25));
  }
  rejected(): void {
    this.bytesPerCell *= 2;
  }
  cellsFor(bytes: number): number {
    return Math.max(1, Math.floor(bytes / this.bytesPerCell));
  }
}
