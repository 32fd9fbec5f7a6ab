// The manifest checked offline (`npm run validate` asks Microsoft's online service; CI has no
// network): it parses, ids and URLs are well formed, every resource id is defined and used, every
// user-visible string has a zh-CN override, the shared runtime and COMPETENCY namespace are set up,
// and the icons it names exist with the right sizes.
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";

// xml2js ships with office-addin-manifest (no types of its own).
const xml2js = require("xml2js") as { parseStringPromise(xml: string, opts?: object): Promise<unknown> };

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  path: string;
}

const root = path.resolve(__dirname, "../..");
const MANIFEST = path.join(root, "manifest.xml");
let tree: XmlNode;
const all: XmlNode[] = [];

function toNode(name: string, raw: unknown, parent: string): XmlNode {
  const o = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const node: XmlNode = {
    name: name.replace(/^.*:/, ""),
    attrs: (o.$ as Record<string, string>) ?? {},
    children: [],
    path: `${parent}/${name.replace(/^.*:/, "")}`,
  };
  for (const [k, v] of Object.entries(o)) {
    if (k === "$" || k === "_") continue;
    for (const child of Array.isArray(v) ? v : [v]) node.children.push(toNode(k, child, node.path));
  }
  all.push(node);
  return node;
}

const find = (pred: (n: XmlNode) => boolean) => all.filter(pred);
const under = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);

beforeAll(async () => {
  const doc = (await xml2js.parseStringPromise(fs.readFileSync(MANIFEST, "utf8"))) as Record<string, unknown>;
  tree = toNode("OfficeApp", doc.OfficeApp, "");
});

test("parses with office-addin-manifest; a Workbook task pane add-in with a GUID id", async () => {
  // office-addin-manifest's own reader, in plain Node: its dependencies are ESM-only, which Jest
  // cannot load (the offline counterpart of `npm run validate`).
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(${JSON.stringify(MANIFEST)}).then((i) => process.stdout.write(JSON.stringify(i)))`;
  const info = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" }));
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(info.officeAppType).toBe("TaskPaneApp");
  expect(info.hosts).toEqual(["Workbook"]);
  expect(info.defaultLocale).toBe("en-US");
  expect(info.permissions).toBe("ReadWriteDocument");
  expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
});

test("every URL is https (localhost:3000 for the add-in's own files)", () => {
  // Namespace names (xmlns) are identifiers, not locations.
  const urls = all
    .flatMap((n) =>
      Object.entries(n.attrs)
        .filter(([k]) => !k.startsWith("xmlns"))
        .map(([, v]) => v),
    )
    .filter((v) => /^[a-z]+:\/\//i.test(v));
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) expect(u).toMatch(/^https:\/\//);
  const own = urls.filter((u) => u.includes("localhost"));
  for (const u of own) expect(u).toMatch(/^https:\/\/localhost:3000\//);
});

test("every resource id referenced is defined once, and every one defined is used", () => {
  const resources = find((n) => n.name === "Resources")[0];
  const defined = all.filter((n) => n.path.startsWith(resources.path + "/") && n.attrs.id).map((n) => n.attrs.id);
  expect(new Set(defined).size).toBe(defined.length);
  const referenced = new Set(all.flatMap((n) => (n.attrs.resid ? [n.attrs.resid] : [])));
  for (const r of referenced) expect(defined).toContain(r);
  for (const d of defined) expect(referenced).toContain(d);
});

test("every user-visible string has a zh-CN override, within the schema's length limits", () => {
  const strings = find((n) => n.name === "String" && !!n.attrs.DefaultValue && /ShortStrings|LongStrings/.test(n.path));
  expect(strings.length).toBeGreaterThanOrEqual(6);
  for (const s of strings) {
    const zh = under(s, "Override").find((o) => o.attrs.Locale === "zh-CN");
    expect({ id: s.attrs.id, zh: !!zh?.attrs.Value }).toEqual({ id: s.attrs.id, zh: true });
    const max = s.path.includes("ShortStrings") ? 125 : 250;
    expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(max);
    expect((zh as XmlNode).attrs.Value.length).toBeLessThanOrEqual(max);
    if (s.attrs.id !== "Functions.Namespace") expect((zh as XmlNode).attrs.Value).toMatch(/[\u4e00-\u9fff]/);
  }
  for (const name of ["DisplayName", "Description"]) {
    const n = under(tree, name)[0];
    expect(under(n, "Override").find((o) => o.attrs.Locale === "zh-CN")?.attrs.Value).toMatch(/[\u4e00-\u9fff]/);
  }
  const metadata = find((n) => n.name === "Url" && n.attrs.id === "Functions.Metadata.Url")[0];
  expect(under(metadata, "Override")[0].attrs).toEqual({
    Locale: "zh-CN",
    Value: "https://localhost:3000/functions-zh-CN.json",
  });
});

test("shared runtime: SharedRuntime 1.1, a long-lived runtime that is also the functions' page and the pane", () => {
  const sets = find((n) => n.name === "Set").map((n) => n.attrs);
  expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
  expect(sets).toContainEqual({ Name: "ExcelApi", MinVersion: "1.12" });
  const runtime = find((n) => n.name === "Runtime")[0].attrs;
  expect(runtime.lifetime).toBe("long");
  const cf = find((n) => n.name === "ExtensionPoint" && n.attrs["xsi:type"] === "CustomFunctions")[0];
  const resid = (parent: string) =>
    all.find((n) => n.path.startsWith(cf.path + "/" + parent + "/") && n.name === "SourceLocation")?.attrs.resid;
  expect(resid("Page")).toBe(runtime.resid);
  expect(resid("Metadata")).toBe("Functions.Metadata.Url");
  const action = find((n) => n.name === "Action" && n.attrs["xsi:type"] === "ShowTaskpane")[0];
  expect(under(action, "SourceLocation")[0].attrs.resid).toBe(runtime.resid);
  expect(find((n) => n.name === "FunctionFile")[0].attrs.resid).toBe(runtime.resid);
  const ns = find((n) => n.name === "Namespace")[0].attrs.resid;
  expect(find((n) => n.name === "String" && n.attrs.id === ns)[0].attrs.DefaultValue).toBe("COMPETENCY");
  expect(find((n) => n.name === "OfficeTab")[0].attrs.id).toBe("TabHome");
});

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test("the icons it names exist in assets/ with the size they claim", () => {
  const images = find((n) => n.name === "Image" && !!n.attrs.DefaultValue);
  expect(images.length).toBe(3);
  for (const img of images) {
    const size = Number(/(\d+)x\1/.exec(img.attrs.id)?.[1]);
    const file = path.join(root, new URL(img.attrs.DefaultValue).pathname);
    expect(pngSize(file)).toEqual([size, size]);
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const file = path.join(root, new URL(under(tree, name)[0].attrs.DefaultValue).pathname);
    expect(pngSize(file)[0]).toBe(name === "IconUrl" ? 32 : 64);
  }
  for (const size of [16, 32, 64, 80, 128])
    expect(pngSize(path.join(root, `assets/icon-${size}.png`))).toEqual([size, size]);
});
