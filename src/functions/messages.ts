// What the COMPETENCY functions say to a user: error messages and the GAPS table's words.
import type { Lang, LocalText, TextParams } from "../core";
import { localText, tr } from "../core";

const M = localText;

export const FUNCTION_TEXT = {
  notTable: M("{arg}: give a range (a header row and rows of data).", "{arg}：请提供一个区域（标题行和数据行）。"),
  badDate: M(
    'asOf: "{value}" is not a date; give a date or YYYY-MM-DD.',
    "评估日期：“{value}”不是日期；请提供日期或 YYYY-MM-DD。",
  ),
  badMarket: M(
    'market: "{value}" is not a market; use developed or developing.',
    "市场：“{value}”不是可识别的市场；请使用 developed（成熟市场）或 developing（发展中市场）。",
  ),
  badTier: M('tier: "{value}" is not a tier; use {tiers}.', "等级：“{value}”不是可识别的等级；请使用 {tiers}。"),
  needTier: M("tier: say which tier, e.g. Silver or Gold.", "等级：请指明等级，例如 Silver（银牌）或 Gold（金牌）。"),
  badOptions: M("The add-in's settings cannot be used: {detail}", "加载项的设置无法使用：{detail}"),
  notFound: M("{what}; choose the sheets in the task pane.", "{what}；请在任务窗格中选择工作表。"),
  // issue 12: error cells in the scalar arguments
  errorAsOf: M(
    "asOf: the cell shows {error}; give a date, or leave asOf out.",
    "评估日期：该单元格显示 {error}；请提供日期，或省略评估日期。",
  ),
  errorMarket: M(
    "market: the cell shows {error}; use developed or developing, or leave market out.",
    "市场：该单元格显示 {error}；请使用 developed（成熟市场）或 developing（发展中市场），或省略市场。",
  ),
  errorTier: M(
    "tier: the cell shows {error}; use Silver or Gold.",
    "等级：该单元格显示 {error}；请使用 Silver（银牌）或 Gold（金牌）。",
  ),
  // issue 15: the capability-score functions
  badTrack: M(
    'track: "{value}" is not a track; use Enterprise or SMB.',
    "规模类型：“{value}”不是可识别的类型；请使用 Enterprise（企业）或 SMB（中小企业）。",
  ),
  errorTrack: M(
    "track: the cell shows {error}; use Enterprise or SMB, or leave track out.",
    "规模类型：该单元格显示 {error}；请使用 Enterprise（企业）或 SMB（中小企业），或省略规模类型。",
  ),
  badMetric: M(
    'metric: "{value}" is not a metric; use {metrics}.',
    "指标：“{value}”不是可识别的指标；请使用 {metrics}。",
  ),
  needMetric: M("metric: say which metric, e.g. usageGrowth.", "指标：请指明指标，例如 usageGrowth（使用量增长）。"),
  errorMetric: M("metric: the cell shows {error}; use {metrics}.", "指标：该单元格显示 {error}；请使用 {metrics}。"),
  noScoreTables: M(
    "{what}; give ranges, or add a sheet with one of those header rows.",
    "{what}；请提供区域，或添加带有上述标题行之一的工作表。",
  ),
  readFailed: M("The workbook could not be read: {detail}", "无法读取工作簿：{detail}"),
  gapsTier: M("Tier", "等级"),
  gapsSlot: M("Slot", "名额"),
  gapsRequirement: M("Requirement", "要求"),
  gapsCandidate: M("Closest candidate", "最接近的人选"),
  gapsNeeds: M("Still needs", "还需"),
  gapsNone: M("No missing exam slots.", "没有缺少的考试名额。"),
  gapsNoCandidate: M("(nobody free)", "（无可用人选）"),
} satisfies Record<string, LocalText>;

export type FunctionTextKey = keyof typeof FUNCTION_TEXT;

export function ft(key: FunctionTextKey, lang: Lang, params: TextParams = {}): string {
  return tr(FUNCTION_TEXT, key, lang, params);
}
