// Excel's built-in number formats (ECMA-376 Part 1, §18.8.30 numFmt) and whether a format shows
// a date: a number cell with a date format is a date to the user, as Excel displays it.

const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  // East Asian locales' built-in dates (ids 27-36, 50-58) have no fixed code; Excel shows them
  // as the locale's short date, so they are dates here with a neutral code.
  27: "yyyy/m/d",
  28: "yyyy/m/d",
  29: "yyyy/m/d",
  30: "m/d/yy",
  31: "yyyy/m/d",
  32: "h:mm",
  33: "h:mm:ss",
  34: "h:mm",
  35: "h:mm:ss",
  36: "yyyy/m/d",
  50: "yyyy/m/d",
  51: "yyyy/m/d",
  52: "yyyy/m/d",
  53: "yyyy/m/d",
  54: "yyyy/m/d",
  55: "yyyy/m/d",
  56: "yyyy/m/d",
  57: "yyyy/m/d",
  58: "yyyy/m/d",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** True when the format shows a date or time (d, m, y, h, s outside quotes, escapes and [colour]). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
  // Only the first section decides (positive numbers); "General" is not a date.
  const first = bare.split(";")[0];
  return !/general/i.test(first) && /[dmyhs]/i.test(first) && !/^[#0.,%\sE+-]*$/i.test(first);
}
