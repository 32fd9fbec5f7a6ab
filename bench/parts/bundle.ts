// Part 6: minified sizes of the add-in's own JavaScript (office.js is loaded from Microsoft's
// CDN and not counted): a production webpack build into a temporary folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { report } from "../measure";

const out = mkdtempSync(path.join(tmpdir(), "bench-bundle-"));
const root = path.join(__dirname, "../..");
execFileSync(
  process.execPath,
  [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
  { cwd: root, stdio: "ignore" },
);
const files = readdirSync(out).filter((f) => f.endsWith(".js"));
const kb = Object.fromEntries(files.map((f) => [f, Math.round((statSync(path.join(out, f)).size / 1024) * 10) / 10]));
const totalKb = Object.values(kb).reduce((a, b) => a + b, 0);
rmSync(out, { recursive: true, force: true });
report("bundle", {
  files: kb,
  totalKb,
  detail: Object.entries(kb)
    .map(([f, k]) => `${f} ${k}`)
    .join(", "),
});
