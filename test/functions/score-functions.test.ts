// COMPETENCY.SCORE / COMPETENCY.POINTS on ranges: values as Excel passes them, errors as values.
import { parseIsoDay } from "../../src/core";
import type { FunctionsHost } from "../../src/functions/engine";
import { pointsFunction, scoreFunction } from "../../src/functions/score-functions";
import { LiveInvocations } from "../../src/functions/live-invocations";
import { WorkbookEvaluations } from "../../src/functions/workbook-evaluations";
import { FakeFunctionError, FakeStreamingInvocation } from "../fakes/office-fake";
import { buildScoreSample, SCORE_SAMPLE_AS_OF } from "../../scripts/make-sample-business-applications";

function host(lang: "en" | "zh-CN" = "en"): FunctionsHost {
  return {
    lang: () => lang,
    today: () => parseIsoDay("2026-11-25") as number,
    settings: () => ({ asOf: SCORE_SAMPLE_AS_OF }),
    workbook: new WorkbookEvaluations(async () => ({ ok: false, problem: "no-staff-table" })),
    live: new LiveInvocations(),
    dateSystem: () => Promise.resolve("1900"),
    error: (kind, message) => new FakeFunctionError(kind === "value" ? "#VALUE!" : "#N/A", message),
  };
}

const s = buildScoreSample();
const ranges = { certifications: s.certifications, revenue: s.revenue, usage: s.usage };

// The functions read the workbook's date system first (date cells are its serials): one tick later.
const settled = () => new Promise((resolve) => setImmediate(resolve));

test("SCORE gives the total and POINTS a metric's points, by id or Chinese name", async () => {
  const total = new FakeStreamingInvocation<number>();
  scoreFunction(host(), ranges, total);
  const usage = new FakeStreamingInvocation<number>();
  pointsFunction(host("zh-CN"), "使用量增长", ranges, usage);
  const forced = new FakeStreamingInvocation<number>();
  pointsFunction(host(), "intermediateCertifications", { ...ranges, track: "Enterprise" }, forced);
  await settled();
  expect(total.results).toEqual([66]);
  expect(usage.results).toEqual([21.5]);
  expect(forced.results).toEqual([4]);
});

test("bad arguments are #VALUE! with a message; no range is #N/A", async () => {
  const bad = new FakeStreamingInvocation<number>();
  pointsFunction(host(), "revenue", ranges, bad);
  const none = new FakeStreamingInvocation<number>();
  scoreFunction(host("zh-CN"), {}, none);
  await settled();
  expect(bad.results[0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^metric: "revenue" is not a metric/) });
  expect(none.results[0]).toMatchObject({ code: "#N/A", message: "请至少提供认证、收入和使用量区域之一（标题行和数据行）。" });
});
