// Builds the add-in into dist/: taskpane.html (the shared runtime page: pane + custom functions),
// functions.json (generated from the JSDoc), functions-zh-CN.json, the manifest, the icons.
// Conventions of the official yo-office shared-runtime template, with ts-loader.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { AddinBuildChecks, normalizePublicUrl } = require("./scripts/addin-build");

const urlDev = "https://localhost:3000/";
/**
 * Where a production build is served; the manifest's URLs are rewritten to it when set. With or
 * without a trailing slash ("https://example.com/competency" = "https://example.com/competency/").
 */
const urlProd = process.env.ADDIN_PUBLIC_URL ? normalizePublicUrl(process.env.ADDIN_PUBLIC_URL) : urlDev;

async function httpsOptions() {
  // Only for `webpack serve`: creates and trusts a localhost certificate on first use.
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const config = {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `tsc --noEmit` (npm test); here only transpile, as ES modules for tree shaking.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // One runtime for both entries on the same page: the pane and the functions share module
      // instances (settings events, the evaluator) instead of each bundling its own.
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          defaultVendors: false,
          default: false,
          shared: { name: "shared", chunks: "all", minChunks: 2, enforce: true },
        },
      },
    },
    performance: { maxEntrypointSize: 300 * 1024, maxAssetSize: 300 * 1024, hints: dev ? false : "warning" },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        scriptLoading: "defer",
      }),
      new AddinBuildChecks({ base: dev ? urlDev : urlProd }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/functions/functions-zh-CN.json", to: "functions-zh-CN.json" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
  if (env.WEBPACK_SERVE) config.devServer.server = { type: "https", options: await httpsOptions() };
  return config;
};
