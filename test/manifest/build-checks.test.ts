// The build's own checks (scripts/addin-build.js): ADDIN_PUBLIC_URL normalised, and a manifest
// whose URLs are malformed or name no built file fails the build.
import * as fs from "fs";
import * as path from "path";

const { normalizePublicUrl, manifestUrlProblems, withErrorInputs } = require("../../scripts/addin-build");

const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const FILES = [
  "taskpane.html",
  "functions.js",
  "functions.json",
  "functions-zh-CN.json",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
];
const rewrite = (base: string) => manifest.split("https://localhost:3000/").join(base);

test("ADDIN_PUBLIC_URL with or without a trailing slash gives the same base", () => {
  expect(normalizePublicUrl("https://example.com/competency")).toBe("https://example.com/competency/");
  expect(normalizePublicUrl("https://example.com/competency/")).toBe("https://example.com/competency/");
  expect(normalizePublicUrl(" https://example.com ")).toBe("https://example.com/");
  expect(normalizePublicUrl("https://example.com/a//")).toBe("https://example.com/a/");
  expect(() => normalizePublicUrl("http://example.com/")).toThrow(/https/);
  expect(() => normalizePublicUrl("example.com/addin")).toThrow(/absolute URL/);
  expect(() => normalizePublicUrl("https://example.com/?v=1")).toThrow(/query/);
});

test("the shipped manifest rewritten to a normalised base passes; the old unslashed rewrite fails", () => {
  expect(manifestUrlProblems(manifest, "https://localhost:3000/", FILES)).toEqual([]);
  const base = normalizePublicUrl("https://example.com/competency");
  expect(manifestUrlProblems(rewrite(base), base, FILES)).toEqual([]);
  // What a build without normalisation produced: "https://example.com/competencytaskpane.html".
  const broken = manifestUrlProblems(
    rewrite("https://example.com/competency"),
    "https://example.com/competency/",
    FILES,
  );
  expect(broken.length).toBeGreaterThan(0);
  expect(broken[0]).toMatch(/competencytaskpane\.html|competencyassets/);
});

test("malformed, non-https and missing-file URLs are each reported", () => {
  const base = "https://example.com/";
  expect(manifestUrlProblems(rewrite("https://exa mple.com/"), base, FILES)[0]).toMatch(/malformed/);
  expect(manifestUrlProblems(rewrite("http://example.com/"), base, FILES)[0]).toMatch(/not https/);
  expect(
    manifestUrlProblems(
      rewrite(base),
      base,
      FILES.filter((f) => f !== "functions.json"),
    ),
  ).toEqual([expect.stringMatching(/functions\.json" names no file/)]);
});

test("the metadata transform keeps everything and adds the root flag", () => {
  const out = JSON.parse(
    withErrorInputs(JSON.stringify({ allowCustomDataForDataTypeAny: true, functions: [{ id: "X" }] })),
  );
  expect(out).toEqual({
    allowCustomDataForDataTypeAny: true,
    allowErrorForDataTypeAny: true,
    functions: [{ id: "X" }],
  });
});
