// Bundles the simulated Office host (test/e2e/simulated-host.ts + test/fakes) into one script
// that the browser tests serve in place of office.js.
const path = require("path");

module.exports = (env = {}) => ({
  mode: "development",
  devtool: false,
  target: "web",
  entry: path.resolve(__dirname, "simulated-host.ts"),
  output: {
    path: path.resolve(env.outputPath || path.join(__dirname, "../../test-output/sim")),
    filename: "sim-host.js",
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
      },
    ],
  },
});
