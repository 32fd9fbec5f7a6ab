// typescript-eslint, type-aware (the project service reuses tsconfig.json; ~20 s on two cores).
// Formatting is Prettier's job, so no stylistic rules here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-tsc/", "dist-cli/", "test-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Cells are whatever Excel or a file gives (unknown); String(cell) is the intended reading.
      "@typescript-eslint/no-base-to-string": "off",
      // Office event handlers and custom functions are declared async by contract.
      "@typescript-eslint/require-await": "off",
      // DOM listeners take async handlers; each handler reports its own failures.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      // `if ((m = re.exec(t)))` chains read one pattern per line.
      "no-useless-assignment": "off",
      // Deprecated APIs (Office.js, libraries) are not used in new code.
      "@typescript-eslint/no-deprecated": "error",
    },
  },
  {
    // The evaluator is shared by every surface: it imports only itself (its tsconfig has no DOM
    // or Node types, so a platform import fails the typecheck too).
    files: ["src/core/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../*"], message: "src/core imports only src/core." }] },
      ],
    },
  },
  {
    // A program folder inside the core (src/core/score) may import the core, nothing above it.
    files: ["src/core/*/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../../*"], message: "src/core imports only src/core." }] },
      ],
    },
  },
  {
    // Tests, benchmarks and scripts read JSON and spreadsheets whose shape the assertions check.
    files: ["test/**", "bench/**", "scripts/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-require-imports": "off",
      "no-regex-spaces": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        jest: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
