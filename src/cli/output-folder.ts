// Whether the results workbook can be written where it is going, asked before the long read (a
// probe file, created and removed, answers for permissions, read-only disks and mounts alike), and
// the reason in the user's words when a write fails: never an internal or temporary file name.
import { closeSync, openSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { inBothLanguages, type Lang } from "../core";
import { CliError } from "./cli-error";
import { say } from "./cli-text";

export function failureReason(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return say("reasonFull", lang);
    case "EACCES":
    case "EPERM":
      return say("reasonDenied", lang);
    case "EROFS":
      return say("reasonReadOnly", lang);
    case "EISDIR":
      return say("reasonFolder", lang);
    default:
      return say("reasonOther", lang, { code: code ?? "?" });
  }
}

/** Throws a refusal (in both languages) when no file can be created in `folder`. */
export function checkFolderWritable(folder: string): void {
  const probe = join(folder, `.competency-write-check-${process.pid}`);
  try {
    closeSync(openSync(probe, "wx"));
    unlinkSync(probe);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return;
    throw new CliError(
      inBothLanguages((lang) => say("folderNotWritable", lang, { folder, reason: failureReason(e, lang) })),
    );
  }
}
