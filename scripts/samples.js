#!/usr/bin/env node
// Regenerates output-samples/<spec>/<target>/ for each sample spec, or with --check fails (exit 1)
// when any committed sample differs from what the generator produces now.
// Uses the compiled generator in dist/ (npm run build).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generate } from "../dist/pipeline.js";
import { planWrite, readManifest, writeOutput } from "../dist/write/writeOutput.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const SAMPLES = [
  // The docs are Markdown for both; the embedded sample also carries the HTML site (docs/site/), small enough to commit.
  { name: "embedded", spec: `${root}spec/openapi.yaml`, docsFormat: "both" },
  { name: "auth0-management-2026-06-25", spec: `${root}../shared/spec/auth0-management-2026-06-25.json` },
];
const TARGETS = ["client", "validators", "docs"];
const check = process.argv.includes("--check");

let stale = 0;
for (const sample of SAMPLES) {
  if (!existsSync(sample.spec)) {
    console.error(`missing sample spec ${sample.spec}`);
    process.exit(2);
  }
  const result = await generate({ spec: sample.spec, targets: TARGETS, format: true, options: { docs: { format: sample.docsFormat ?? "markdown" } } });
  for (const target of TARGETS) {
    const dir = `${root}output-samples/${sample.name}/${target}`;
    const files = result.outputs.get(target);
    // Samples carry no hashes of the machine or time: the manifest is stable for the same input.
    const manifest = { generator: { name: "gen", version: "sample" }, irVersion: result.model.irVersion, specHash: result.specHash, configHash: target };
    if (check) {
      const plan = await planWrite(dir, files, await readManifest(dir));
      const changed = [...plan.added, ...plan.changed, ...plan.removed];
      if (changed.length > 0) {
        stale += changed.length;
        console.error(`${sample.name}/${target}: ${changed.length} files differ, e.g. ${changed.slice(0, 5).join(", ")}`);
      } else console.log(`${sample.name}/${target}: up to date (${files.length} files)`);
    } else {
      const plan = await writeOutput(dir, files, { force: true, manifest });
      console.log(`${sample.name}/${target}: ${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed`);
    }
  }
}
// The shipped flavours (flavours/gen.config.json) write into output-samples/flavours/ through the
// CLI, exactly as a user would build them.
const flavours = spawnSync(process.execPath, [`${root}bin/gen.js`, "--config", `${root}flavours/gen.config.json`, "--quiet", ...(check ? ["--check"] : [])], {
  cwd: root,
  encoding: "utf8",
});
if (flavours.status !== 0) {
  process.stderr.write(flavours.stdout + flavours.stderr);
  if (check) stale++;
  else process.exit(flavours.status ?? 1);
} else console.log(check ? "flavours: up to date" : "flavours: regenerated");

if (stale > 0) {
  console.error("output-samples/ is out of date: run `npm run samples` and commit the result.");
  process.exit(1);
}
