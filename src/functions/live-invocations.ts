// The streaming invocations still on a sheet, refreshed together when the inputs change.
// Excel cancels an invocation when its formula is deleted or its arguments change; we drop it then.

export interface Cancelable {
  onCanceled?: () => void;
}

export class LiveInvocations {
  private readonly refreshers = new Map<Cancelable, () => Promise<void>>();

  add(invocation: Cancelable, refresh: () => Promise<void>): void {
    this.refreshers.set(invocation, refresh);
    invocation.onCanceled = () => {
      this.refreshers.delete(invocation);
    };
  }

  get size(): number {
    return this.refreshers.size;
  }

  async refreshAll(): Promise<void> {
    await Promise.all([...this.refreshers.values()].map((r) => r()));
  }
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Runs the action once things have been quiet for `delayMs` (a burst of edits → one refresh). */
export class Debouncer {
  private handle: unknown = null;
  constructor(
    private readonly delayMs: number,
    private readonly action: () => void,
    private readonly timers: Timers = {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
  ) {}
  trigger(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.action();
    }, this.delayMs);
  }
}

export interface SheetEvent {
  worksheetId?: string;
  type?: string;
  triggerSource?: string;
}

/**
 * Whether a worksheet event can change the answer: our own writes never do (the results sheet);
 * sheets added or removed may; an edit matters on an input sheet, or on any sheet while no
 * input has been found (`inputs` null), since that edit may be the one that creates it; a
 * calculation (a formula's result changed) matters on an input sheet only.
 * `triggerSourceKnown`: WorksheetChangedEventArgs.triggerSource is ExcelApi 1.14 (the manifest
 * asks for 1.12); without it our own writes cannot be told apart, and only go to the results
 * sheet, which is never an input.
 */
export function eventMatters(e: SheetEvent, inputs: ReadonlySet<string> | null, triggerSourceKnown = true): boolean {
  if (triggerSourceKnown && e.triggerSource === "ThisLocalAddin") return false;
  if (e.type === "WorksheetAdded" || e.type === "WorksheetDeleted") return true;
  if (inputs === null) return e.type !== "WorksheetCalculated";
  return e.worksheetId !== undefined && inputs.has(e.worksheetId);
}
