// The parts of an .xlsx (a zip) by name, read on demand with yauzl: its central directory is read
// first, and each part is inflated as a stream by Node's zlib, so a 100 MB sheet never sits in
// memory as one string.
import type { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import yauzl from "yauzl";

export interface ZipParts {
  names(): string[];
  has(name: string): boolean;
  /** Uncompressed size in bytes (0 for a missing part). */
  size(name: string): number;
  /** The part's bytes as a stream (inflated). */
  stream(name: string): Promise<Readable>;
  close(): void;
}

const INFLATE_CHUNK = 512 * 1024;

export function openZip(path: string): Promise<ZipParts> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true },
      (err, zip) => {
        if (err || !zip) return reject(err ?? new Error("cannot open the zip"));
        const entries = new Map<string, yauzl.Entry>();
        zip.on("entry", (e: yauzl.Entry) => {
          // Part names are case-insensitive in OPC (ECMA-376 Part 2, §9.1.1.1).
          entries.set(e.fileName.toLowerCase(), e);
          zip.readEntry();
        });
        zip.once("error", reject);
        zip.once("end", () =>
          resolve({
            names: () => [...entries.values()].map((e) => e.fileName),
            has: (name) => entries.has(name.toLowerCase()),
            size: (name) => entries.get(name.toLowerCase())?.uncompressedSize ?? 0,
            stream: (name) =>
              new Promise((ok, fail) => {
                const entry = entries.get(name.toLowerCase());
                if (!entry) return fail(new Error(`missing part ${name}`));
                // Inflated here in large chunks (yauzl's own inflater uses zlib's 16 KB default, and
                // a 200 MB sheet then costs thousands of extra callbacks).
                const stored = entry.compressionMethod === 0;
                zip.openReadStream(entry, stored ? {} : { decodeFileData: false }, (e, s) => {
                  if (e || !s) return fail(e ?? new Error(`cannot read ${name}`));
                  if (stored) return ok(s);
                  const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
                  s.once("error", (err) => inflate.destroy(err));
                  ok(s.pipe(inflate));
                });
              }),
            close: () => zip.close(),
          }),
        );
        zip.readEntry();
      },
    );
  });
}
