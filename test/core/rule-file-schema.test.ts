// The JSON Schema for people writing rule files is generated from the validator's own schema.
import { readFileSync } from "node:fs";
import { parseIsoDay, SHIPPED_RULES, validateRules } from "../../src/core";
import { RULE_SCHEMA_PATH, ruleFileJsonSchema } from "../../scripts/rule-file-schema";

test("docs/rule-file.schema.json is current (npm run rule-schema rewrites it)", () => {
  expect(readFileSync(RULE_SCHEMA_PATH, "utf8")).toBe(ruleFileJsonSchema());
});

test("the JSON Schema names every top-level field the validator reads, and the required ones", () => {
  const schema = JSON.parse(ruleFileJsonSchema());
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining([
      "schema",
      "id",
      "version",
      "published",
      "exams",
      "examGroups",
      "tiers",
      "markets",
      "products",
    ]),
  );
  expect(schema.required).toEqual(
    expect.arrayContaining([
      "schema",
      "id",
      "version",
      "published",
      "name",
      "exams",
      "examGroups",
      "tiers",
      "markets",
      "products",
    ]),
  );
  expect(schema.required).not.toContain("attribution");
  expect(schema.properties.published.pattern).toBeDefined();
});

test("rule dates are parsed once, when the file is validated", () => {
  const v = SHIPPED_RULES[2];
  expect(v.publishedDay).toBe(parseIsoDay(v.published));
  const mb2709 = v.exams.find((e) => e.code === "MB2-709");
  expect(mb2709?.acceptedUntil).toBe("2018-12-31");
  expect(mb2709?.acceptedUntilDay).toBe(parseIsoDay("2018-12-31"));
  expect(v.retired?.onDay).toBe(parseIsoDay(v.retired?.on ?? ""));
});

test("not an object; more than 30 groups; a second error is reported too", () => {
  expect(validateRules([1, 2])).toEqual({ ok: false, error: ["(document): must be a JSON object"] });
  const d = JSON.parse(JSON.stringify(SHIPPED_RULES[2]));
  const extra = Array.from({ length: 31 - d.examGroups.length }, (_, i) => ({ ...d.examGroups[0], id: `g${i}` }));
  d.examGroups.push(...extra);
  d.id = "";
  const r = validateRules(d);
  expect(r.ok ? [] : r.error).toEqual(["id: must be a non-empty string", "examGroups: at most 30 groups"]);
});
