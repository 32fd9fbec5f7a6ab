// Two projects, one command: `npm test` runs both, `npm run test:unit` only the fast one.
// unit: pure code and the fake Excel (seconds). integration: the CLI as a subprocess on real
// files, LibreOffice round trips, the Chromium task pane and the production bundle (minutes).
// Under test/cli and test/e2e, a pure module's tests are named *.unit.test.ts and run as unit.
const shared = {
  preset: "ts-jest",
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ["default", "<rootDir>/test/summary-reporter.js"],
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/(cli|e2e)/(?!.*\\.unit\\.test\\.ts$)"],
      setupFilesAfterEnv: ["<rootDir>/test/timeouts/unit.js"],
    },
    {
      ...shared,
      displayName: "integration",
      roots: ["<rootDir>/test/cli", "<rootDir>/test/e2e"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "\\.unit\\.test\\.ts$"],
      setupFilesAfterEnv: ["<rootDir>/test/timeouts/integration.js"],
    },
  ],
};
