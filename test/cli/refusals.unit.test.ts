// Every refusal the command line gives exists in English and Chinese with the same placeholders,
// and the flag parser (util.parseArgs) refuses in the user's words, naming the flag.
import { parseArgs, FLAGS } from "../../src/cli/args";
import { CliError } from "../../src/cli/cli-error";
import { REFUSALS, refusalText } from "../../src/cli/refusals";
import { CLI_TEXT } from "../../src/cli/cli-text";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

test.each([
  ["refusals", REFUSALS],
  ["cli text", CLI_TEXT],
] as const)("%s: every sentence in English and Chinese, same placeholders", (_name, table) => {
  for (const [key, text] of Object.entries(table)) {
    const wordless = !/[A-Za-z]/.test(text["zh-CN"].replace(/\{\w+\}/g, ""));
    expect({ key, en: !!text.en.trim(), zh: CHINESE.test(text["zh-CN"]) || wordless }).toEqual({
      key,
      en: true,
      zh: true,
    });
    expect({ key, placeholders: placeholders(text["zh-CN"]) }).toEqual({ key, placeholders: placeholders(text.en) });
  }
});

test("a value given per language is rendered in each language", () => {
  const t = refusalText("wrongFileMix", { count: 3, formats: { en: "xlsx, csv", "zh-CN": "xlsx、csv" } });
  expect(t.en).toContain("not 3 files of these kinds (xlsx, csv)");
  expect(t["zh-CN"]).toContain("而不是 3 个此类文件（xlsx、csv）");
});

const refusal = (argv: string[]) => {
  try {
    parseArgs(argv, {});
  } catch (e) {
    if (e instanceof CliError) return e.text;
    throw e;
  }
  throw new Error(`no refusal for ${argv.join(" ")}`);
};

test.each([
  [
    ["--bogus"],
    'Unknown option "--bogus"; run with --help to see the options.',
    "未知选项“--bogus”；运行 --help 查看可用选项。",
  ],
  [["-x"], 'Unknown option "-x"; run with --help to see the options.', "未知选项“-x”；运行 --help 查看可用选项。"],
  [["--as-of"], "--as-of needs a value, e.g. --as-of 2018-06-30.", "--as-of 需要一个值，例如 --as-of 2018-06-30。"],
  [
    ["--as-of", "--json"],
    "--as-of needs a value, e.g. --as-of 2018-06-30.",
    "--as-of 需要一个值，例如 --as-of 2018-06-30。",
  ],
  [["--out="], "--out needs a value, e.g. --out results.xlsx.", "--out 需要一个值，例如 --out results.xlsx。"],
  [["--json=yes"], '--json takes no value; remove "=yes".', "--json 不带参数值；请去掉“=yes”。"],
])("%j is refused in both languages", (argv, en, zh) => {
  expect(refusal(argv)).toEqual({ en, "zh-CN": zh });
});

test("switches, short -h, repeated values (the last wins), -- and - as files", () => {
  expect(parseArgs(["-h", "--market", "nowhere"], {}).help).toBe(true);
  expect(parseArgs(["--json", "--force", "b.csv", "a.csv"], {})).toMatchObject({
    json: true,
    force: true,
    files: ["b.csv", "a.csv"],
  });
  expect(parseArgs(["--as-of", "2018-01-01", "--as-of", "2018-06-30"], {}).asOf).toBe("2018-06-30");
  expect(parseArgs(["-", "--", "--json"], {})).toMatchObject({ files: ["-", "--json"], json: false });
  expect(parseArgs(["--market", " Developing "], {}).market).toBe("developing");
});

test("every value flag has an example that uses the flag itself", () => {
  for (const [name, spec] of Object.entries(FLAGS))
    if (spec.type === "string") expect(spec.example).toMatch(new RegExp(`^--${name} `));
});
