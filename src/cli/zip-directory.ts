// The names in a zip's central directory, read from the end of the file. A truncated or damaged
// zip has no readable directory: we refuse it up front, because the streaming xlsx reader would
// otherwise stop silently half-way through.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const MAX_COMMENT = 0xffff;

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** Entry names, or null when the file has no intact central directory. */
export function zipEntryNames(path: string): string[] | null {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + MAX_COMMENT);
    const tail = readAt(fd, size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    if (at < 0) return null;
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) {
      const locatorAt = size - tailLength + at - 20;
      if (locatorAt < 0) return null;
      const locator = readAt(fd, locatorAt, 20);
      if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) return null;
      const z = readAt(fd, Number(locator.readBigUInt64LE(8)), 56);
      if (z.length < 56 || z.readUInt32LE(0) !== ZIP64_EOCD) return null;
      count = Number(z.readBigUInt64LE(32));
      cdSize = Number(z.readBigUInt64LE(40));
      cdOffset = Number(z.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > size) return null;
    const cd = readAt(fd, cdOffset, cdSize);
    const names: string[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_ENTRY) return null;
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      names.push(cd.subarray(p + 46, p + 46 + nameLength).toString("utf8"));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    closeSync(fd);
  }
}
