// functions.json as custom-functions-metadata generates it from the JSDoc, and the hand-written
// zh-CN file that must mirror it (same ids, parameters and types; only names and words differ).
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  options?: Record<string, boolean>;
  parameters: Param[];
  result: Record<string, unknown>;
}
interface Metadata {
  functions: Fn[];
}

const root = path.resolve(__dirname, "../..");
const source = path.join(root, "src/functions/functions.ts");
let en: Metadata;
const zh: Metadata = JSON.parse(fs.readFileSync(path.join(root, "src/functions/functions-zh-CN.json"), "utf8"));

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([source], true);
  expect(r.errors).toEqual([]);
  en = JSON.parse(r.metadataJson);
});

const shape = (m: Metadata) =>
  m.functions.map((f) => ({
    id: f.id,
    options: f.options,
    result: f.result,
    parameters: f.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
  }));

test("six streaming functions; ranges are matrices and optional; none volatile", () => {
  expect(en.functions.map((f) => f.id)).toEqual(["TIER", "REVENUE", "MEETS", "GAPS", "SCORE", "POINTS"]);
  for (const f of en.functions) {
    expect(f.options).toEqual({ stream: true }); // streaming excludes @volatile
    for (const p of f.parameters) {
      if (["staff", "revenue", "certs", "usage"].includes(p.name))
        expect(p).toMatchObject({ dimensionality: "matrix", optional: true });
      expect(p.description).toBeTruthy();
    }
  }
  const byId = Object.fromEntries(en.functions.map((f) => [f.id, f]));
  expect(byId.TIER.result).toEqual({ type: "string" });
  expect(byId.REVENUE.result).toEqual({ type: "number" });
  expect(byId.MEETS.result).toEqual({ type: "boolean" });
  expect(byId.MEETS.parameters[0]).toMatchObject({ name: "tier", type: "any" }); // any: an error cell reaches us (issue 12)
  expect(byId.MEETS.parameters[0].optional).toBeUndefined();
  expect(byId.GAPS.result).toEqual({ type: "string", dimensionality: "matrix" });
  // issue 15: the capability score and a metric's points are numbers; the metric is required
  expect(byId.SCORE.result).toEqual({ type: "number" });
  expect(byId.POINTS.result).toEqual({ type: "number" });
  expect(byId.SCORE.parameters.map((p) => p.name)).toEqual(["certs", "revenue", "usage", "asOf", "track"]);
  expect(byId.POINTS.parameters[0]).toMatchObject({ name: "metric", type: "any" });
  expect(byId.POINTS.parameters[0].optional).toBeUndefined();
});

test("zh-CN mirrors the generated metadata, with every name and description in Chinese", () => {
  expect(shape(zh)).toEqual(shape(en));
  zh.functions.forEach((f, i) => {
    // Excel: a name starts with a letter, is at least three characters, letters/digits/_/. only.
    expect(f.name).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
    expect(f.name).not.toBe(en.functions[i].name);
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    f.parameters.forEach((p) => {
      expect(p.name).toMatch(/[\u4e00-\u9fff]/);
      expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    });
  });
  expect(new Set(zh.functions.map((f) => f.name)).size).toBe(zh.functions.length);
});

test("function ids follow Excel's rules", () => {
  for (const f of en.functions) expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
});
