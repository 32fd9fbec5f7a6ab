// docs/rule-file.schema.json from the rule-file schema the evaluator validates with, for people
// writing rule files (editors complete and check fields with it). `npm run rule-schema` rewrites
// it; a test checks the committed file is current. Checks a JSON Schema cannot say (an exam code's
// shape, a group or tier id that must exist) stay in the evaluator's own messages.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { toJsonSchema } from "@valibot/to-json-schema";
import { RULE_FILE_SCHEMA } from "../src/core/rules-schema";

export const RULE_SCHEMA_PATH = path.join(__dirname, "..", "docs", "rule-file.schema.json");

export function ruleFileJsonSchema(): string {
  const schema = toJsonSchema(RULE_FILE_SCHEMA, { errorMode: "ignore", typeMode: "input" });
  const described = {
    $schema: schema.$schema,
    title: "Competency rule file",
    description: "One published version of a competency's rules (see docs/rules.md).",
    ...schema,
  };
  return JSON.stringify(described, null, 2) + "\n";
}

if (require.main === module) writeFileSync(RULE_SCHEMA_PATH, ruleFileJsonSchema());
