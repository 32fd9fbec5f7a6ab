// The one place that uses @microsoft/office-js-helpers (archived in 2020), so it can be swapped
// out: the host check. Its other helpers do not fit this add-in (see the README notes):
// ExcelUtilities.forceCreateSheet decides by sheet name alone (it would clear or delete a user's
// sheet that happens to have our name, and costs two syncs); UI.notify needs Office UI Fabric's
// CSS and icon font from a CDN, has a close button without an accessible name and an
// English-only "Details" link; Dialog, Authenticator and Storage have nothing to do here.
import { HostType, Utilities } from "@microsoft/office-js-helpers";

export type HostKind = "excel" | "other-office" | "no-office";

export function hostKind(): HostKind {
  let host: string;
  try {
    host = Utilities.host;
  } catch {
    host = HostType.WEB;
  }
  if (host === HostType.EXCEL) return "excel";
  return host === HostType.WEB || !host ? "no-office" : "other-office";
}
