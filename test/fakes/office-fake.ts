// The `Office` and `CustomFunctions` globals, just as much as our code touches: display language,
// host, document settings, requirement sets, onReady; custom-function errors and associations.

export interface FakeSettings {
  data: Record<string, unknown>;
  saves: number;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(cb?: (r: { status: string }) => void): void;
}

export function fakeSettings(initial: Record<string, unknown> = {}): FakeSettings {
  return {
    data: JSON.parse(JSON.stringify(initial)),
    saves: 0,
    get(name) {
      return this.data[name] ?? null;
    },
    set(name, value) {
      this.data[name] = JSON.parse(JSON.stringify(value)); // Office stores JSON
    },
    remove(name) {
      delete this.data[name];
    },
    saveAsync(cb) {
      this.saves++;
      cb?.({ status: "succeeded" });
    },
  };
}

/** "1.12" < "1.14": requirement-set versions compare part by part. */
function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number),
    b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export function fakeOffice(
  opts: { displayLanguage?: string; host?: string | null; settings?: FakeSettings; excelApi?: string } = {},
) {
  const host = opts.host === undefined ? "Excel" : opts.host;
  const info = { host, platform: host ? "OfficeOnline" : null };
  return {
    context: {
      host: host ?? undefined,
      platform: info.platform ?? undefined,
      displayLanguage: opts.displayLanguage ?? "en-US",
      document: { settings: opts.settings ?? fakeSettings() },
      // Office.context.requirements.isSetSupported(name, minVersion) ("Office versions and
      // requirement sets", learn.microsoft.com): true when the host supports that set at that version.
      requirements: {
        isSetSupported: (name: string, minVersion = "1.1") =>
          name !== "ExcelApi" || versionAtLeast(opts.excelApi ?? "1.17", minVersion),
      },
    },
    HostType: { Excel: "Excel", Word: "Word" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(cb?: (i: typeof info) => void): Promise<typeof info> {
      cb?.(info);
      return Promise.resolve(info);
    },
  };
}

export class FakeFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function fakeCustomFunctions() {
  const associations = new Map<string, (...args: unknown[]) => unknown>();
  return {
    associations,
    Error: FakeFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === "string") associations.set(id, fn as (...args: unknown[]) => unknown);
      else for (const [k, f] of Object.entries(id)) associations.set(k, f);
    },
  };
}

/** A streaming invocation as Excel drives it: results recorded, cancel() like deleting the formula. */
export class FakeStreamingInvocation<T = unknown> {
  results: T[] = [];
  onCanceled?: () => void;
  private waiters: ((v: T) => void)[] = [];
  setResult(v: T): void {
    this.results.push(v);
    for (const w of this.waiters.splice(0)) w(v);
  }
  get last(): T | undefined {
    return this.results[this.results.length - 1];
  }
  /** The first result, whether it has already arrived or not. */
  first(): Promise<T> {
    return this.results.length ? Promise.resolve(this.results[0]) : this.next();
  }
  /** Resolves with the next result set. */
  next(): Promise<T> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  cancel(): void {
    this.onCanceled?.();
  }
}

// ---------------------------------------------------------------- arguments as Excel passes them

/** An error cell in a test's argument (#N/A, #DIV/0!, …), as the user sees it. */
export class FakeCellError {
  constructor(readonly text: string) {}
}

const ERROR_TYPES: Record<string, string> = {
  "#N/A": "NotAvailable",
  "#DIV/0!": "Div0",
  "#VALUE!": "Value",
  "#REF!": "Ref",
  "#NAME?": "Name",
  "#NUM!": "Num",
  "#NULL!": "Null",
  "#SPILL!": "Spill",
  "#CALC!": "Calc",
};

export interface FakeFunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: { id: string; parameters: { type?: string }[] }[];
}

export type ExcelCall = { called: true; args: unknown[] } | { called: false; error: string };

/**
 * The arguments Excel hands a custom function, from the cells the user gave, following the
 * metadata. "Errors as custom function inputs" (learn.microsoft.com, "Handle and return errors from
 * your custom function"): only with `allowErrorForDataTypeAny: true` at the metadata's root, and
 * only for `any` parameters, does an error cell reach the function; otherwise Excel does not call
 * it and the formula shows the error. Passed errors are CustomFunctions.Error objects, or
 * Excel.ErrorCellValue objects when the metadata also has `allowCustomDataForDataTypeAny`
 * ("Custom functions and data types"), which also passes data-type cells (e.g.
 * FormattedNumberCellValue) as objects; without it Excel passes their basic value.
 */
export function excelArguments(metadata: FakeFunctionsMetadata, id: string, cells: unknown[]): ExcelCall {
  const fn = metadata.functions.find((f) => f.id === id);
  if (!fn) throw new Error(`no function ${id} in the metadata`);
  let refused: string | null = null;
  const convert = (v: unknown, type: string | undefined): unknown => {
    if (v instanceof FakeCellError) {
      if (!metadata.allowErrorForDataTypeAny || type !== "any") {
        refused ??= v.text;
        return null;
      }
      return metadata.allowCustomDataForDataTypeAny
        ? { type: "Error", basicType: "Error", basicValue: v.text, errorType: ERROR_TYPES[v.text] ?? "Value" }
        : new FakeFunctionError(v.text);
    }
    if (typeof v === "object" && v !== null && "basicValue" in v)
      return metadata.allowCustomDataForDataTypeAny && type === "any" ? v : v.basicValue;
    return v;
  };
  const args = cells.map((a, i) => {
    const type = fn.parameters[i]?.type;
    return Array.isArray(a) ? a.map((row: unknown[]) => row.map((v) => convert(v, type))) : convert(a, type);
  });
  return refused !== null ? { called: false, error: refused } : { called: true, args };
}
