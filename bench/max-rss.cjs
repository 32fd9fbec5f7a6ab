// Preloaded into a measured process (node --require): on exit, appends its peak resident set
// size in MB to the file named by BENCH_RSS_FILE, so the CLI is measured in its own process.
process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) require("node:fs").appendFileSync(file, `${process.resourceUsage().maxRSS / 1024}\n`);
});
