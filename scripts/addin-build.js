/* eslint-disable no-undef */
// Build steps for the add-in that webpack.config.js runs on the emitted files (CommonJS, so the
// webpack config can require it and the tests can call it):
// - functions.json and functions-zh-CN.json get `allowErrorForDataTypeAny: true` at their root.
//   Excel passes an error cell (#N/A, #DIV/0!, …) to an `any` parameter only with this flag
//   ("Handle and return errors from your custom function" and "Manually create JSON metadata for
//   custom functions", learn.microsoft.com); the JSDoc generator cannot write it.
// - ADDIN_PUBLIC_URL is normalised (https, one trailing slash), and the build fails when a URL in
//   the emitted manifest.xml is malformed or does not name a file of the build.

/** "https://host/path" → "https://host/path/"; throws on anything that is not an absolute https URL. */
function normalizePublicUrl(raw) {
  const text = String(raw || "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `ADDIN_PUBLIC_URL "${text}" is not an absolute URL (expected e.g. https://example.com/competency/).`,
    );
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_PUBLIC_URL "${text}" must use https (Office loads add-ins over HTTPS only).`);
  if (url.search || url.hash) throw new Error(`ADDIN_PUBLIC_URL "${text}" must not have a query or a fragment.`);
  return url.origin + url.pathname.replace(/\/+$/, "") + "/";
}

/** The metadata with errors allowed as input for every `any` parameter (a root-level property). */
function withErrorInputs(json) {
  const metadata = JSON.parse(json);
  return JSON.stringify({ ...metadata, allowErrorForDataTypeAny: true }, null, 2);
}

/**
 * Problems with the URLs of an emitted manifest: each must be a well-formed https URL, and one on
 * the add-in's host must lie under `base` and name a built file (`files`: relative to the output).
 */
function manifestUrlProblems(xml, base, files) {
  const problems = [];
  const known = new Set(files);
  const re = /\b(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:[^"]*)"/gi;
  let m;
  let count = 0;
  while ((m = re.exec(xml))) {
    const text = m[1];
    count++;
    let url;
    try {
      url = new URL(text);
    } catch {
      problems.push(`malformed URL "${text}"`);
      continue;
    }
    if (url.protocol !== "https:") problems.push(`"${text}" is not https`);
    else if (url.origin !== new URL(base).origin)
      continue; // a link elsewhere (Microsoft's help page)
    else if (!text.startsWith(base)) problems.push(`"${text}" is not under ${base}`);
    else if (!known.has(decodeURIComponent(text.slice(base.length).replace(/[?#].*$/, ""))))
      problems.push(`"${text}" names no file of the build`);
  }
  if (count === 0) problems.push("no URL found in manifest.xml");
  return problems;
}

const PLUGIN = "AddinBuildChecks";

/** The webpack side: rewrite the two metadata files, then check the manifest. */
class AddinBuildChecks {
  constructor({ base, metadataFiles = ["functions.json", "functions-zh-CN.json"] }) {
    this.base = base;
    this.metadataFiles = metadataFiles;
  }
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const name of this.metadataFiles) {
            if (!assets[name]) {
              compilation.errors.push(new WebpackError(`${PLUGIN}: ${name} was not emitted`));
              continue;
            }
            compilation.updateAsset(name, new sources.RawSource(withErrorInputs(assets[name].source().toString())));
          }
        },
      );
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const manifest = assets["manifest.xml"];
          if (!manifest) return;
          for (const p of manifestUrlProblems(manifest.source().toString(), this.base, Object.keys(assets)))
            compilation.errors.push(new WebpackError(`dist/manifest.xml: ${p}`));
        },
      );
    });
  }
}

module.exports = { normalizePublicUrl, withErrorInputs, manifestUrlProblems, AddinBuildChecks };
