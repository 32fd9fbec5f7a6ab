// The core's public API: what the CLI, the task pane and the custom functions use.
export * from "./types";
export { evaluate, checkOptions, resolveAsOf, EvaluateOptionsError } from "./evaluate";
export { toContractJson } from "./contract-json";
export { SHIPPED_RULES, chooseRules, versionListing } from "./rule-versions";
export { validateRules, parseRulesJson } from "./rules-schema";
export { locateTables, type SheetValues, type TableChoice, type LocateResult } from "./workbook";
export { detectHeader, STAFF_FIELDS, REVENUE_FIELDS, columnLetter, type FieldSpec } from "./header-detection";
export { toIso, parseIsoDay, dayOfLocalDate, ttmWindow, excelSerialFromDay, dayFromExcelSerial } from "./dates";
export { cellText, isBlankCell, parseDay } from "./cells";
export { localizeIssue, message, MESSAGES, localText, render } from "./messages";
export { buildReportGrid, STYLE_PALETTE, NUMBER_FORMATS, RESULTS_SHEET_NAMES, isResultsSheetName, type CellLook } from "./report-grid";
export { LABELS, label, describeNeeds, tierName, nextTier, usdText } from "./report-text";
// issue 15: the Solutions Partner for Business Applications capability score
export { evaluateScore, checkScoreOptions } from "./score/evaluate-score";
export { toScoreContractJson, type ScoreContractJson } from "./score/contract-json";
export { SHIPPED_SCORE_RULES, chooseScoreRules } from "./score/rule-versions";
export { validateScoreRules, type BusinessApplicationsRules, type TrackId } from "./score/rules-schema";
export { CERTIFICATION_FIELDS, SCORE_REVENUE_FIELDS, USAGE_FIELDS } from "./score/fields";
export { SCORE_MESSAGES, SCORE_WORDS, localizeScoreIssue } from "./score/messages";
export { fixed2, truncate2, type Fraction } from "./score/fraction";
export * from "./score/types";
export { locateScoreTables, scoreTableKind, type ScoreTableChoice, type ScoreLocateResult } from "./score/locate";
export { buildScoreReportGrid, SCORE_LABELS, scoreLabel, PLAN_UNIT_LABEL } from "./score/report-grid";
