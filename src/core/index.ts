// The core's public API: what the CLI, the task pane and the custom functions use.
export * from "./types";
export { ok, err, type Result } from "./result";
export { evaluate, checkOptions, resolveAsOf, EvaluateOptionsError } from "./evaluate";
export { toContractJson } from "./contract-json";
export { SHIPPED_RULES, chooseRules, versionListing } from "./rule-versions";
export { validateRules, parseRulesJson } from "./rules-schema";
export {
  locateProblemText,
  LOCATE_TEXT,
  type LocateProblem,
  type LocateContext,
  type ScoreSheetMissing,
} from "./locate-text";
export { locateTables, type SheetValues, type TableChoice, type LocateResult } from "./workbook";
export { passedOverNote, passedOverText, sheetLines, SHEET_WORDS, usedText } from "./sheet-report";
export { detectWideStaff } from "./wide-staff";
export { mergedAreasIn, sliceColumns } from "./sheet-regions";
export { detectHeader, fieldsOf, STAFF_FIELDS, REVENUE_FIELDS, columnLetter, type FieldSpec } from "./header-detection";
export {
  toIso,
  parseIsoDay,
  dayOfLocalDate,
  ttmWindow,
  excelSerialFromDay,
  dayFromExcelSerial,
  type DateSystem,
} from "./dates";
export { cellText, isBlankCell, isExcelError, parseDay, FORMULA_WITHOUT_VALUE } from "./cells";
export { inBothLanguages, issueText, MESSAGES, WORDS, localText, render, tr } from "./messages";
export {
  buildReportGrid,
  STYLE_PALETTE,
  NUMBER_FORMATS,
  RESULTS_SHEET_NAMES,
  isResultsSheetName,
  type CellLook,
} from "./report-grid";
export { LABELS, describeNeeds, exclusionText, tierName, nextTier, usdText, columnsUsed } from "./report-text";
export {
  summaryModel,
  SUMMARY_TEXT,
  type ResultSummary,
  type TierLine,
  type MissingLine,
  type PlanModel,
} from "./summary-model";
// issue 15: the Solutions Partner for Business Applications capability score
export { evaluateScore, checkScoreOptions } from "./score/evaluate-score";
export { toScoreContractJson, type ScoreContractJson } from "./score/contract-json";
export { SHIPPED_SCORE_RULES, chooseScoreRules } from "./score/rule-versions";
export { validateScoreRules, type BusinessApplicationsRules, type TrackId } from "./score/rules-schema";
export {
  CERTIFICATION_FIELDS,
  SCORE_REVENUE_FIELDS,
  USAGE_FIELDS,
  SCORE_FIELD_SPECS,
  scoreColumnFields,
  type ScoreColumnField,
} from "./score/fields";
export { SCORE_MESSAGES, SCORE_WORDS, scoreText, tableMissingParams, type ScoreMessage } from "./score/messages";
export { scoreExclusionText } from "./score/exclusions";
export { scoreSummaryModel, type ScoreSummary } from "./score/summary-model";
export { fixed2, truncate2, type Fraction } from "./score/fraction";
export * from "./score/types";
export {
  chooseScoreSheets,
  locateScoreTables,
  scoreLocateProblem,
  scoreSheetNotes,
  scoreTableKind,
  type ScoreLocateFailure,
  type ScoreLocateResult,
  type ScoreSheetsChosen,
  type ScoreTableChoice,
} from "./score/locate";
export { buildScoreReportGrid } from "./score/report-grid";
export { SCORE_LABELS, scoreLabel } from "./score/labels";
