// Where the results workbook goes, decided (and refused) before any input is read: never over
// an input file, never over an existing file without --force.
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { refuse } from "./cli-error";
import { checkFolderWritable } from "./output-folder";

export interface OutputChoice {
  out?: string;
  /** Absolute paths, and the names the user gave them. */
  inputs: readonly { path: string; shown: string }[];
  /** Running on the bundled sample: write into the current folder, not into assets/. */
  bundled: boolean;
  cwd: string;
  force: boolean;
  json: boolean;
}

/** Absolute path of the workbook to write, or null (--json without --out). */
export function outputPath(c: OutputChoice): string | null {
  if (c.json && c.out === undefined) return null;
  let target: string;
  if (c.out !== undefined) {
    target = resolve(c.cwd, c.out);
    if (extname(target).toLowerCase() !== ".xlsx") throw refuse("outNotXlsx", { value: c.out });
  } else {
    const first = c.inputs[0].path;
    const dir = c.bundled ? c.cwd : dirname(first);
    const stem = `${basename(first, extname(first))}.results`;
    target = join(dir, `${stem}.xlsx`);
    // A name we chose ourselves moves aside rather than refusing: a second run still gives its
    // report, and nothing already there is replaced (--force replaces the plain name).
    for (let n = 2; existsSync(target) && !c.force && n < 1000; n++) target = join(dir, `${stem} (${n}).xlsx`);
  }
  const dir = dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw refuse("outFolderMissing", { folder: dir });
  for (const input of c.inputs) if (sameFile(input.path, target)) throw refuse("outIsInput", { file: input.shown });
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw refuse("outIsFolder", { file: target });
    if (!c.force) throw refuse("outExists", { file: target });
  }
  // Said at once, not after a long read.
  checkFolderWritable(dir);
  return target;
}

/** One file however it is reached: symlinks, "..", hard links. */
function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  try {
    const x = statSync(a),
      y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}
