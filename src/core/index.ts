// The core's public API: what the CLI, the task pane and the custom functions use.
export * from "./types";
export { evaluate, checkOptions, resolveAsOf, EvaluateOptionsError } from "./evaluate";
export { toContractJson } from "./contract-json";
export { SHIPPED_RULES, chooseRules, versionListing } from "./rule-versions";
export { validateRules, parseRulesJson } from "./rules-schema";
export { locateTables, type SheetValues, type TableChoice, type LocateResult, type LocateProblem } from "./workbook";
export { passedOverText, sheetLines, SHEET_WORDS, usedText } from "./sheet-report";
export { detectWideStaff } from "./wide-staff";
export { mergedAreasIn, sliceColumns } from "./sheet-regions";
export { detectHeader, STAFF_FIELDS, REVENUE_FIELDS, columnLetter, type FieldSpec } from "./header-detection";
export { toIso, parseIsoDay, dayOfLocalDate, ttmWindow, excelSerialFromDay, dayFromExcelSerial } from "./dates";
export { cellText, isBlankCell, parseDay } from "./cells";
export { localizeIssue, message, MESSAGES, localText, render } from "./messages";
export { buildReportGrid, STYLE_PALETTE, NUMBER_FORMATS, RESULTS_SHEET_NAMES, isResultsSheetName, type CellLook } from "./report-grid";
export { LABELS, label, describeNeeds, tierName, nextTier, usdText } from "./report-text";
