// Issue 10's fixtures: one small workbook per rule, in English and in Chinese, written the way
// finance teams keep them (real date cells as Excel holds them, text where people type text).
// Each states the tier, the TTM revenue and the words a reader must see. The same fixtures run
// through the core (test/core/issue10.test.ts), the CLI's xlsx path and the add-in's reading
// path (test/excel/issue10-surfaces.test.ts).
import { evaluate, type DateOrder, type Evaluation, type Lang } from "../../src/core";

export type Cell = string | number | boolean | Date | null;

export interface Fixture {
  name: string;
  lang: Lang;
  asOf: string;
  staff: Cell[][];
  revenue: Cell[][];
  /** A number format for one revenue column (0-based), on every data row. */
  revenueFormat?: { col: number; format: string };
  dateOrder?: DateOrder;
  tier: "none" | "silver" | "gold";
  ttmUsd: number;
  /** Text each expected in some issue's message (in the fixture's language). */
  says?: string[];
  /** Text expected in some exclusion label. */
  excludes?: string[];
  /** Text that must not appear in any issue's message. */
  never?: string[];
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const AS_OF = "2017-06-30";

// Silver's exams: one business+deployment person and one customization person.
const STAFF_EN: Cell[][] = [
  ["Name", "Exam", "Passed on"],
  ["Xu Wei", "MB2-714, MB2-710", utc("2017-01-10")],
  ["Yan Li", "MB2-712", utc("2017-02-11")],
];
const STAFF_ZH: Cell[][] = [
  ["姓名", "考试", "通过日期"],
  ["徐伟", "MB2-714、MB2-710", utc("2017-01-10")],
  ["李燕", "MB2-712", utc("2017-02-11")],
];

const rev = (header: Cell[], rows: Cell[][]): Cell[][] => [header, ...rows];
const REV_EN = ["Customer", "Product", "Date", "Amount", "DPOR"];
const REV_ZH = ["客户", "产品", "日期", "金额", "记录在案的合作伙伴"];

const both = (f: Omit<Fixture, "lang">, zh: Partial<Fixture>): Fixture[] => [
  { ...f, lang: "en" },
  { ...f, staff: STAFF_ZH, ...zh, name: `${f.name} (zh-CN)`, lang: "zh-CN" },
];

export const FIXTURES: Fixture[] = [
  // ------------------------------------------------------------ 1. choosing columns
  ...both(
    {
      name: "Amount (CNY) | Amount USD: the USD column wins",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(
        ["Customer", "Product", "Date", "Amount (CNY)", "Amount USD", "DPOR"],
        [["Contoso", "CRM Online", utc("2017-03-01"), 690000, 100000, "Yes"]],
      ),
      tier: "silver",
      ttmUsd: 100000,
      says: ['"Amount USD" is used as the amount column rather than "Amount (CNY)"'],
    },
    {
      revenue: rev(
        ["客户", "产品", "日期", "金额(人民币)", "金额(美元)", "DPOR"],
        [["甲公司", "CRM Online", utc("2017-03-01"), 690000, 100000, "是"]],
      ),
      says: ["使用“金额(美元)”作为金额列，而不是“金额(人民币)”"],
    },
  ),
  ...both(
    {
      name: "Local Amount (CNY) | USD Amount",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(
        ["Customer", "Product", "Date", "Local Amount (CNY)", "USD Amount", "DPOR"],
        [["Contoso", "CRM Online", utc("2017-03-01"), 690000, 99999.99, "Yes"]],
      ),
      tier: "none",
      ttmUsd: 99999.99,
    },
    {
      revenue: rev(
        ["客户", "产品", "日期", "本币金额", "美元金额", "DPOR"],
        [["甲公司", "CRM Online", utc("2017-03-01"), 690000, 99999.99, "是"]],
      ),
    },
  ),
  ...both(
    {
      name: "two equally good amount columns: the leftmost, with a warning naming both",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(
        ["Customer", "Product", "Date", "Amount", "Revenue", "DPOR"],
        [["Contoso", "CRM Online", utc("2017-03-01"), 100000, 5, "Yes"]],
      ),
      tier: "silver",
      ttmUsd: 100000,
      says: ['Columns "Amount" and "Revenue" both look like the amount column; the first, "Amount", is used'],
    },
    {
      revenue: rev(
        ["客户", "产品", "日期", "金额", "收入", "DPOR"],
        [["甲公司", "CRM Online", utc("2017-03-01"), 100000, 5, "是"]],
      ),
      says: ["列“金额”和“收入”都像是金额列；使用靠前的“金额”"],
    },
  ),
  ...both(
    {
      name: "a penalised column is used when it is the only one, with a warning",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(
        ["Customer", "Product", "Date", "Gross amount", "DPOR"],
        [["Contoso", "CRM Online", utc("2017-03-01"), 100000, "Yes"]],
      ),
      tier: "silver",
      ttmUsd: 100000,
      says: ['"Gross amount" is the only amount column, but its header suggests an amount with tax or a gross amount'],
    },
    {
      revenue: rev(
        ["客户", "产品", "日期", "含税金额", "DPOR"],
        [["甲公司", "CRM Online", utc("2017-03-01"), 100000, "是"]],
      ),
      says: ["“含税金额”是唯一的金额列，但其标题看起来是含税或毛额金额"],
    },
  ),
  ...both(
    {
      name: "hire date vs exam pass date: the pass date is read",
      asOf: AS_OF,
      staff: [
        ["Name", "Hire date", "Exam", "Exam pass date"],
        ["Xu Wei", utc("2015-01-01"), "MB2-714, MB2-710", utc("2017-07-10")],
        ["Yan Li", utc("2015-01-01"), "MB2-712", utc("2017-02-11")],
      ],
      revenue: rev(REV_EN, [["Contoso", "CRM Online", utc("2017-03-01"), 100000, "Yes"]]),
      tier: "none",
      ttmUsd: 100000,
      says: ["Xu Wei passed MB2-714 on 2017-07-10, after the as-of date 2017-06-30"],
    },
    {
      staff: [
        ["姓名", "入职日期", "考试", "考试通过日期"],
        ["徐伟", utc("2015-01-01"), "MB2-714、MB2-710", utc("2017-07-10")],
        ["李燕", utc("2015-01-01"), "MB2-712", utc("2017-02-11")],
      ],
      revenue: rev(REV_ZH, [["甲公司", "CRM Online", utc("2017-03-01"), 100000, "是"]]),
      says: ["徐伟 于 2017-07-10 通过 MB2-714，晚于评估日期 2017-06-30"],
    },
  ),
  ...both(
    {
      name: "a currency column: non-USD rows are excluded under their own reason",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(
        [...REV_EN, "Currency"],
        [
          ["Contoso", "CRM Online", utc("2017-03-01"), 100000, "Yes", "USD"],
          ["Fabrikam", "CRM Online", utc("2017-04-01"), 325000, "Yes", "CNY"],
        ],
      ),
      tier: "silver",
      ttmUsd: 100000,
      excludes: ["Not USD: CNY"],
    },
    {
      revenue: rev(
        [...REV_ZH, "币种"],
        [
          ["甲公司", "CRM Online", utc("2017-03-01"), 100000, "是", "美元"],
          ["乙公司", "CRM Online", utc("2017-04-01"), 325000, "是", "CNY"],
        ],
      ),
      excludes: ["非美元：CNY"],
    },
  ),
  ...both(
    {
      name: "an amount whose number format shows yuan is not dollars",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [["Contoso", "CRM Online", utc("2017-03-01"), 325000, "Yes"]]),
      revenueFormat: { col: 3, format: "[$¥-804]#,##0.00" },
      tier: "none",
      ttmUsd: 0,
      excludes: ["Not USD: ¥"],
    },
    { revenue: rev(REV_ZH, [["甲公司", "CRM Online", utc("2017-03-01"), 325000, "是"]]), excludes: ["非美元：¥"] },
  ),
  ...both(
    {
      name: "an amount formatted in US dollars counts",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [["Contoso", "CRM Online", utc("2017-03-01"), 100000, "Yes"]]),
      revenueFormat: { col: 3, format: "[$$-409]#,##0.00" },
      tier: "silver",
      ttmUsd: 100000,
    },
    { revenue: rev(REV_ZH, [["甲公司", "CRM Online", utc("2017-03-01"), 100000, "是"]]) },
  ),
  ...both(
    {
      name: "a header in thousands multiplies, with a note",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(
        ["Customer", "Product", "Date", "Amount (USD '000)", "DPOR"],
        [["Contoso", "CRM Online", utc("2017-03-01"), 100, "Yes"]],
      ),
      tier: "silver",
      ttmUsd: 100000,
      says: ["the amounts are in thousands: each amount is multiplied by 1000"],
    },
    {
      revenue: rev(
        ["客户", "产品", "日期", "金额(万美元)", "DPOR"],
        [["甲公司", "CRM Online", utc("2017-03-01"), 10, "是"]],
      ),
      says: ["标题“金额(万美元)”表明金额以万为单位：每个金额乘以 10000"],
    },
  ),
  // ------------------------------------------------------------ 2. who counts
  ...both(
    {
      name: "employment status words: Resigned is inactive",
      asOf: AS_OF,
      staff: [
        ["Name", "Exam", "Employment status"],
        ["Xu Wei", "MB2-714, MB2-710", "Resigned"],
        ["Yan Li", "MB2-712", "Current"],
      ],
      revenue: rev(REV_EN, [["Contoso", "CRM Online", utc("2017-03-01"), 100000, "Yes"]]),
      tier: "none",
      ttmUsd: 100000,
      says: ["Inactive staff row ignored."],
    },
    {
      staff: [
        ["姓名", "考试", "是否在职"],
        ["徐伟", "MB2-714、MB2-710", "已离职"],
        ["李燕", "MB2-712", "在职"],
      ],
      revenue: rev(REV_ZH, [["甲公司", "CRM Online", utc("2017-03-01"), 100000, "是"]]),
      says: ["非在职员工的行已忽略。"],
    },
  ),
  ...both(
    {
      name: "an unrecognised status drops that row's exams, naming value and person",
      asOf: AS_OF,
      staff: [
        ["Name", "Exam", "Status"],
        ["Xu Wei", "MB2-714, MB2-710", "On leave"],
        ["Yan Li", "MB2-712", "Active"],
      ],
      revenue: rev(REV_EN, [["Contoso", "CRM Online", utc("2017-03-01"), 100000, "Yes"]]),
      tier: "none",
      ttmUsd: 100000,
      says: ['Employment status "On leave" of Xu Wei not understood; the exams on this row are not counted'],
    },
    {
      staff: [
        ["姓名", "考试", "在职状态"],
        ["徐伟", "MB2-714、MB2-710", "休假"],
        ["李燕", "MB2-712", "在职"],
      ],
      revenue: rev(REV_ZH, [["甲公司", "CRM Online", utc("2017-03-01"), 100000, "是"]]),
      says: ["无法识别 徐伟 的在职状态“休假”；修正之前不计入该行的考试。"],
    },
  ),
  // ------------------------------------------------------------ 3. failed attempts
  ...both(
    {
      name: "a failed attempt holds no exam; the count is given per sheet",
      asOf: AS_OF,
      staff: [
        ["Name", "Exam", "Result"],
        ["Xu Wei", "MB2-714, MB2-710", "Pass"],
        ["Yan Li", "MB2-712", "Failed"],
        ["Yan Li", "MB2-707", ""],
      ],
      revenue: rev(REV_EN, [["Contoso", "CRM Online", utc("2017-03-01"), 100000, "Yes"]]),
      tier: "none",
      ttmUsd: 100000,
      says: ["2 row(s) with a failed or blank exam result hold no exam."],
    },
    {
      staff: [
        ["姓名", "考试", "考试结果"],
        ["徐伟", "MB2-714、MB2-710", "通过"],
        ["李燕", "MB2-712", "未通过"],
        ["李燕", "MB2-707", ""],
      ],
      revenue: rev(REV_ZH, [["甲公司", "CRM Online", utc("2017-03-01"), 100000, "是"]]),
      says: ["2 行的考试结果为未通过或空白，不计为持有考试。"],
    },
  ),
  ...both(
    {
      name: "a Status column of Passed/Failed is the result column",
      asOf: AS_OF,
      staff: [
        ["Name", "Exam", "Status"],
        ["Xu Wei", "MB2-714, MB2-710", "Passed"],
        ["Yan Li", "MB2-712", "Failed"],
        ["Yan Li", "MB2-707", "Passed"],
      ],
      revenue: rev(REV_EN, [["Contoso", "CRM Online", utc("2017-03-01"), 100000, "Yes"]]),
      tier: "silver",
      ttmUsd: 100000,
      says: ["1 row(s) with a failed or blank exam result hold no exam."],
    },
    {
      staff: [
        ["姓名", "考试", "状态"],
        ["徐伟", "MB2-714、MB2-710", "通过"],
        ["李燕", "MB2-712", "未通过"],
        ["李燕", "MB2-707", "通过"],
      ],
      revenue: rev(REV_ZH, [["甲公司", "CRM Online", utc("2017-03-01"), 100000, "是"]]),
      says: ["1 行的考试结果为未通过或空白，不计为持有考试。"],
    },
  ),
  // ------------------------------------------------------------ 4. dates
  ...both(
    {
      name: "a day over 12 makes the column day-first",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [
        ["Contoso", "CRM Online", "25/12/2016", 50000, "Yes"],
        ["Fabrikam", "CRM Online", "01/07/2016", 50000, "Yes"],
      ]),
      tier: "silver",
      ttmUsd: 100000,
      never: ["month/day"],
    },
    {
      revenue: rev(REV_ZH, [
        ["甲公司", "CRM Online", "25/12/2016", 50000, "是"],
        ["乙公司", "CRM Online", "01/07/2016", 50000, "是"],
      ]),
      never: ["月/日读取"],
    },
  ),
  ...both(
    {
      name: "no evidence: month first, with a warning naming the column",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [["Contoso", "CRM Online", "01/07/2016", 100000, "Yes"]]),
      tier: "none",
      ttmUsd: 0,
      says: ['Dates in column "Date" such as "01/07/2016" could be day/month or month/day; read as month/day'],
      excludes: ["Dated before the TTM window"],
    },
    {
      revenue: rev(REV_ZH, [["甲公司", "CRM Online", "01/07/2016", 100000, "是"]]),
      says: ["列“日期”中的日期（如“01/07/2016”）可能是日/月也可能是月/日；按月/日读取"],
      excludes: ["早于 TTM 期间"],
    },
  ),
  ...both(
    {
      name: "no evidence, day-first chosen by the user",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [["Contoso", "CRM Online", "01/07/16", 100000, "Yes"]]),
      dateOrder: "dmy",
      tier: "silver",
      ttmUsd: 100000,
      never: ["month/day"],
    },
    { revenue: rev(REV_ZH, [["甲公司", "CRM Online", "01/07/16", 100000, "是"]]) },
  ),
  ...both(
    {
      name: "a column showing both orders: ambiguous rows are errors",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [
        ["A", "CRM Online", "25/12/2016", 50000, "Yes"],
        ["B", "CRM Online", "12/25/2016", 50000, "Yes"],
        ["C", "CRM Online", "03/04/2017", 70000, "Yes"],
      ]),
      tier: "silver",
      ttmUsd: 100000,
      says: ['Date "03/04/2017" could be day/month or month/day, and this column uses both orders'],
      excludes: ["Unreadable date, amount or product"],
    },
    {
      revenue: rev(REV_ZH, [
        ["甲", "CRM Online", "25/12/2016", 50000, "是"],
        ["乙", "CRM Online", "12/25/2016", 50000, "是"],
        ["丙", "CRM Online", "03/04/2017", 70000, "是"],
      ]),
      says: ["日期“03/04/2017”可能是日/月也可能是月/日，而该列两种顺序都有"],
      excludes: ["日期、金额或产品无法识别"],
    },
  ),
  ...both(
    {
      name: "a month written as text counts only when the whole month is inside the window",
      asOf: "2017-06-15",
      staff: STAFF_EN,
      revenue: rev(
        ["Customer", "Product", "Month", "Amount", "DPOR"],
        [
          ["A", "CRM Online", "Jul-16", 40000, "Yes"],
          ["B", "CRM Online", "2016-06", 5000, "Yes"],
          ["C", "CRM Online", "2017-06", 60000, "Yes"],
          ["D", "CRM Online", "2017-05", 60000, "Yes"],
        ],
      ),
      tier: "silver",
      ttmUsd: 100000,
      excludes: ["Month straddles the window"],
    },
    {
      revenue: rev(
        ["客户", "产品", "月份", "金额", "DPOR"],
        [
          ["甲", "CRM Online", "2016年7月", 40000, "是"],
          ["乙", "CRM Online", "2016年6月", 5000, "是"],
          ["丙", "CRM Online", "2017年6月", 60000, "是"],
          ["丁", "CRM Online", "5月 2017", 60000, "是"],
        ],
      ),
      excludes: ["月份跨越 TTM 期间边界"],
    },
  ),
  // ------------------------------------------------------------ 5. amounts
  ...both(
    {
      name: "accounting text: brackets, $ -, trailing minus",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [
        ["A", "CRM Online", utc("2017-03-01"), "$ 120,000.00", "Yes"],
        ["B", "CRM Online", utc("2017-03-02"), "$ (5,000.00)", "Yes"],
        ["C", "CRM Online", utc("2017-03-03"), "$(5,000.00)", "Yes"],
        ["D", "CRM Online", utc("2017-03-04"), "5,000.00-", "Yes"],
        ["E", "CRM Online", utc("2017-03-05"), "(5,000.00)", "Yes"],
        ["F", "CRM Online", utc("2017-03-06"), "$ -", "Yes"],
        ["G", "CRM Online", utc("2017-03-07"), "-", "Yes"],
      ]),
      tier: "silver",
      ttmUsd: 100000,
      never: ["not understood"],
    },
    {
      revenue: rev(REV_ZH, [
        ["甲", "CRM Online", utc("2017-03-01"), "$ 120,000.00", "是"],
        ["乙", "CRM Online", utc("2017-03-02"), "$ (5,000.00)", "是"],
        ["丙", "CRM Online", utc("2017-03-03"), "$(5,000.00)", "是"],
        ["丁", "CRM Online", utc("2017-03-04"), "5,000.00-", "是"],
        ["戊", "CRM Online", utc("2017-03-05"), "(5,000.00)", "是"],
        ["己", "CRM Online", utc("2017-03-06"), "$ -", "是"],
        ["庚", "CRM Online", utc("2017-03-07"), "-", "是"],
      ]),
      never: ["无法识别"],
    },
  ),
  ...both(
    {
      name: "European notation is read with decimal commas throughout the column",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [
        ["A", "CRM Online", utc("2017-03-01"), "45.000,10", "Yes"],
        ["B", "CRM Online", utc("2017-03-02"), "53 799,90", "Yes"],
        ["C", "CRM Online", utc("2017-03-03"), "1.200", "Yes"],
      ]),
      tier: "silver",
      ttmUsd: 100000,
      never: ["not understood"],
    },
    {
      revenue: rev(REV_ZH, [
        ["甲", "CRM Online", utc("2017-03-01"), "45.000,10", "是"],
        ["乙", "CRM Online", utc("2017-03-02"), "53 799,90", "是"],
        ["丙", "CRM Online", utc("2017-03-03"), "1.200", "是"],
      ]),
      never: ["无法识别"],
    },
  ),
  ...both(
    {
      name: "a column with both notations: its conflicting rows are errors",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [
        ["A", "CRM Online", utc("2017-03-01"), "50.000,00", "Yes"],
        ["B", "CRM Online", utc("2017-03-02"), "50,000.00", "Yes"],
        ["C", "CRM Online", utc("2017-03-03"), "1,200", "Yes"],
      ]),
      tier: "silver",
      ttmUsd: 100000,
      says: ['Amount "1,200" reads differently with decimal commas and decimal points, and this column uses both'],
    },
    {
      revenue: rev(REV_ZH, [
        ["甲", "CRM Online", utc("2017-03-01"), "50.000,00", "是"],
        ["乙", "CRM Online", utc("2017-03-02"), "50,000.00", "是"],
        ["丙", "CRM Online", utc("2017-03-03"), "1,200", "是"],
      ]),
      says: ["金额“1,200”按小数逗号和小数点读法不同，而该列两种写法都有"],
    },
  ),
  // ------------------------------------------------------------ 6. names and text
  ...both(
    {
      name: "CJK names ignore spaces; zero-width characters are removed",
      asOf: AS_OF,
      staff: [
        ["Name", "Exam"],
        ["张　伟", "MB2-714"],
        ["张伟", "MB2-710\u200B"],
        ["Yan Li\u200B", "MB2-712"],
        ["Yan Li", "MB2-707"],
      ],
      revenue: rev(REV_EN, [["Contoso\u200B", "CRM\u200B Online", utc("2017-03-01"), 100000, "Yes\uFEFF"]]),
      tier: "silver",
      ttmUsd: 100000,
      never: ["not a recognised exam"],
    },
    {
      staff: [
        ["姓名", "考试"],
        ["张　伟", "MB2-714"],
        ["张 伟", "MB2-710\u200B"],
        ["李\u200B燕", "MB2-712"],
        ["李燕", "MB2-707"],
      ],
      revenue: rev(REV_ZH, [["甲公司", "CRM\u200B Online", utc("2017-03-01"), 100000, "是\uFEFF"]]),
      never: ["不是可识别的考试代码"],
    },
  ),
  ...both(
    {
      name: "DPOR long forms and product names that contain an eligible product",
      asOf: AS_OF,
      staff: STAFF_EN,
      revenue: rev(REV_EN, [
        ["A", "Microsoft Dynamics CRM Online Professional", utc("2017-03-01"), 60000, "Digital Partner of Record"],
        ["B", "Dynamics CRM Online Basic", utc("2017-03-02"), 40000, "DPOR (Digital Partner of Record)"],
      ]),
      tier: "silver",
      ttmUsd: 100000,
    },
    {
      revenue: rev(REV_ZH, [
        ["甲", "Microsoft Dynamics CRM Online Professional", utc("2017-03-01"), 60000, "Digital Partner of Record"],
        ["乙", "Dynamics CRM Online Basic", utc("2017-03-02"), 40000, "DPOR (Digital Partner of Record)"],
      ]),
    },
  ),
];

/** The fixture through the core, as a surface passes it (formats of the amount column only). */
export function runFixture(f: Fixture): Evaluation {
  const formats = f.revenueFormat;
  return evaluate(
    { values: f.staff, sheet: "Staff" },
    {
      values: f.revenue,
      sheet: "Revenue",
      ...(formats
        ? { numberFormats: (r: number, c: number) => (r > 0 && c === formats.col ? formats.format : undefined) }
        : {}),
    },
    { asOf: f.asOf, lang: f.lang, ...(f.dateOrder ? { dateOrder: f.dateOrder } : {}) },
  );
}
