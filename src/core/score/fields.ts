// Column headers of the three score tables (docs/rules.md §7.5, §7.9): Partner Center's downloads as they
// come, and hand-kept sheets with English or Chinese headers. Read by the shared detectHeader.
// Columns a download carries but the score must not take (CustomerID is not the tenant,
// WorkloadCategory not the workload, PAMAU and MAC not the units, PartnerName not a person) are
// named as `ignored`, so the header match gives them to nobody.
import { CURRENCY_FIELD, fieldsOf, type FieldSpec } from "../header-detection";
import type { ScoreTable } from "./types";

export type CertificationField =
  | "person"
  | "personId"
  | "corpEmail"
  | "firstName"
  | "lastName"
  | "certification"
  | "earnedOn"
  | "expiresOn"
  | "status"
  | "ignored";
export type ScoreRevenueField = "month" | "tenant" | "workload" | "amount" | "attribution" | "currency" | "ignored";
export type UsageField = "month" | "tenant" | "workload" | "units" | "metricType" | "attribution" | "ignored";

export const CERTIFICATION_FIELDS: FieldSpec<CertificationField>[] = [
  {
    field: "certification",
    required: true,
    headers: [
      "TrainingTitle",
      "Training title",
      "Certification",
      "Certifications",
      "Certification name",
      "Certification title",
      "Exam",
      "Exam code",
      "认证",
      "认证名称",
      "证书",
      "考试",
      "考试代码",
    ],
  },
  {
    field: "person",
    required: false,
    headers: ["Name", "Person", "Employee", "Full name", "Employee name", "Staff", "姓名", "员工", "人员", "员工姓名"],
  },
  {
    field: "personId",
    required: false,
    headers: ["Email", "E-mail", "Email address", "ID", "Employee ID", "邮箱", "电子邮件", "工号"],
  },
  { field: "corpEmail", required: false, headers: ["CorpEmail", "Corporate email", "Work email", "公司邮箱"] },
  { field: "firstName", required: false, headers: ["IndividualFirstName", "First name", "Given name", "名"] },
  { field: "lastName", required: false, headers: ["IndividualLastName", "Last name", "Surname", "Family name", "姓"] },
  {
    field: "earnedOn",
    required: false,
    headers: [
      "TrainingCompletionDate",
      "Completion date",
      "Earned on",
      "Earned",
      "Date earned",
      "Passed on",
      "Pass date",
      "Certified on",
      "Certification date",
      "Date",
      "获得日期",
      "通过日期",
      "认证日期",
    ],
  },
  {
    field: "expiresOn",
    required: false,
    headers: [
      "ExpirationDate",
      "Expiration date",
      "Expiry",
      "Expiry date",
      "Expires",
      "Expires on",
      "Valid until",
      "到期日期",
      "有效期至",
      "过期日期",
    ],
  },
  {
    field: "status",
    required: false,
    headers: ["ActivationStatus", "Activation status", "Status", "Certification status", "状态", "认证状态"],
  },
  {
    field: "ignored",
    required: false,
    headers: [
      "PartnerName",
      "Partner name",
      "TrainingType",
      "TrainingActivityId",
      "PartnerCityLocation",
      "PartnerCountryLocation",
      "Month",
      "MCPID",
      "MpnId",
      "PGAMpnId",
      "IcMCP",
    ],
  },
];

/** Columns of Partner Center's revenue and usage downloads alike that the score reads past (no note about them). */
const DOWNLOAD_COLUMNS_NOT_USED = [
  "CustomerID",
  "Customer ID",
  "CustomerName",
  "Customer name",
  "CustomerTenantName",
  "Customer tenant name",
  "WorkloadCategory",
  "Workload category",
  "SubscriptionId",
  "SubscriptionStartDate",
  "GlobalPartnerID",
  "PartnerName",
];

/** Partner Center's CustomerTenantID (not CustomerID), in the revenue and the usage download alike. */
const TENANT_FIELD: FieldSpec<"tenant"> = {
  field: "tenant",
  required: true,
  headers: [
    "CustomerTenantID",
    "Customer tenant ID",
    "Tenant ID",
    "Tenant",
    "Customer tenant",
    "Customer",
    "租户",
    "租户ID",
    "客户租户ID",
    "客户租户",
    "客户",
  ],
};

/** Partner Center's PartnerAssociationType, in the revenue and the usage download alike. */
const ATTRIBUTION_FIELD: FieldSpec<"attribution"> = {
  field: "attribution",
  required: false,
  headers: [
    "PartnerAssociationType",
    "Partner association type",
    "Partner association",
    "Association",
    "Attribution",
    "关联类型",
    "合作伙伴关联类型",
    "归属",
  ],
};

export const SCORE_REVENUE_FIELDS: FieldSpec<ScoreRevenueField>[] = [
  {
    field: "month",
    required: true,
    headers: [
      "FiscalMonthName",
      "Fiscal month",
      "Month",
      "Date",
      "Invoice date",
      "Billing date",
      "Period",
      "月份",
      "日期",
      "财月",
      "开票日期",
    ],
  },
  TENANT_FIELD,
  { field: "workload", required: true, headers: ["Workloads", "Workload", "工作负载"] },
  {
    field: "amount",
    required: true,
    headers: [
      "AdjustedRevenueAmtCD",
      "Adjusted revenue",
      "Amount",
      "Revenue",
      "Amount (USD)",
      "Revenue (USD)",
      "USD",
      "金额",
      "收入",
      "金额(美元)",
      "收入(美元)",
    ],
  },
  ATTRIBUTION_FIELD,
  CURRENCY_FIELD,
  {
    field: "ignored",
    required: false,
    headers: [...DOWNLOAD_COLUMNS_NOT_USED, "Country"],
  },
];

export const USAGE_FIELDS: FieldSpec<UsageField>[] = [
  {
    field: "month",
    required: true,
    headers: ["FiscalMonthName", "Fiscal month", "Month", "Date", "Period", "月份", "日期", "财月"],
  },
  TENANT_FIELD,
  { field: "workload", required: true, headers: ["Workload", "Workloads", "工作负载"] },
  {
    field: "units",
    required: true,
    headers: [
      "MAU",
      "Units",
      "Monthly active users",
      "Active users",
      "Users",
      "Profiles",
      "Capacity",
      "月活跃用户",
      "活跃用户",
      "用户数",
      "档案数",
      "数量",
    ],
  },
  {
    field: "metricType",
    required: false,
    headers: ["MetricType", "Metric type", "Paid or trial", "Paid/trial", "Type", "指标类型", "类型", "付费类型"],
  },
  ATTRIBUTION_FIELD,
  {
    field: "ignored",
    required: false,
    headers: ["PAMAU", "MAC", ...DOWNLOAD_COLUMNS_NOT_USED, "SkuGroup"],
  },
];

/** Each score table's fields, as detection reads them. */
export const SCORE_FIELD_SPECS = {
  certifications: CERTIFICATION_FIELDS,
  revenue: SCORE_REVENUE_FIELDS,
  usage: USAGE_FIELDS,
} satisfies Record<ScoreTable, FieldSpec<string>[]>;

/** The fields of a table a user may name a column for ("ignored" only keeps known columns from other fields). */
export type ScoreColumnField<T extends ScoreTable> = Exclude<(typeof SCORE_FIELD_SPECS)[T][number]["field"], "ignored">;

export function scoreColumnFields<T extends ScoreTable>(table: T): ScoreColumnField<T>[] {
  const specs: readonly FieldSpec<string>[] = SCORE_FIELD_SPECS[table];
  return fieldsOf(specs).filter((f): f is ScoreColumnField<T> => f !== "ignored");
}
