// Worker thread: one worksheet part of one .xlsx → record batches posted to the parent (their
// typed arrays transferred, not copied). Started by sheet-scan.ts for the compiled CLI.
import { parentPort, workerData } from "node:worker_threads";
import { scanSheetRecords, type RecordBatch } from "./sheet-records";
import { openZip } from "./zip-entries";

export interface SheetJob {
  path: string;
  part: string;
}

export type WorkerMessage = { batch: RecordBatch } | { done: string[] } | { error: string };

async function run({ path, part }: SheetJob): Promise<void> {
  const zip = await openZip(path);
  try {
    const post = (b: RecordBatch) => {
      const buffers = [b.rowNumber, b.rowHidden, b.rowEnd, b.col, b.kind, b.num, b.style].map(
        (a) => a.buffer as ArrayBuffer,
      );
      parentPort?.postMessage({ batch: b } satisfies WorkerMessage, buffers);
    };
    const merges = await scanSheetRecords(await zip.stream(part), post);
    parentPort?.postMessage({ done: merges } satisfies WorkerMessage);
  } finally {
    zip.close();
  }
}

run(workerData as SheetJob).catch((e) =>
  parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies WorkerMessage),
);
