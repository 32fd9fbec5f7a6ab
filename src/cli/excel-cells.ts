// The plain values Excel's `range.values` would give, which the CLI readers pass to the core:
// numbers, strings, booleans, Dates (UTC midnight of the calendar day), null. Rich text, formula
// results, hyperlinks and errors arrive as their text or result (see src/cli/xlsx/sheet-scan.ts).

import type { PlainCell } from "../core";
export type { PlainCell };
