// The one-operation app of bundle-size.mjs for gen's functions-style client and the peer
// generators' clients: the same call
// (GET /users/{id}) through each peer's generated SDK function, bundled with the same esbuild
// options. Uses the outputs the generation part keeps (bench/work/<tool>-run<N>/out); a peer
// without a kept output is skipped and said so.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { REPO, WORK, generateClient } from "./common.mjs";

const PEER_APPS = {
  "hey-api": (out) => `import { client } from "${out}/client.gen.ts";
import { getUsersById } from "${out}/sdk.gen.ts";
client.setConfig({ baseUrl: \`https://\${process.env.D}/api/v2\`, headers: { authorization: \`Bearer \${process.env.T}\` } });
console.log(await getUsersById({ path: { id: "x" } }));
`,
  oazapfts: (out) => `import { defaults, getUsersById } from "${out}/api.ts";
defaults.baseUrl = \`https://\${process.env.D}/api/v2\`;
defaults.headers = { authorization: \`Bearer \${process.env.T}\` };
console.log(await getUsersById("x"));
`,
  orval: (out) => `import { getUsersById } from "${out}/api.ts";
console.log(await getUsersById("x", undefined, { headers: { authorization: \`Bearer \${process.env.T}\` } }));
`,
};

function keptOutput(tool) {
  if (!existsSync(WORK)) return undefined;
  const runs = readdirSync(WORK)
    .map((entry) => ({ entry, match: new RegExp(`^${tool}-run(\\d+)$`).exec(entry) }))
    .filter(({ match, entry }) => match && existsSync(join(WORK, entry, "out")))
    .sort((a, b) => Number(b.match[1]) - Number(a.match[1]));
  return runs[0] ? join(WORK, runs[0].entry, "out") : undefined;
}

/** gen's functions-style client (`--client-style functions`), the same call as `usersGet(client, "x")`. */
async function genFunctionsBundle(esbuild, options, dir, spec, log) {
  const appDir = join(dir, "peers", "gen-functions");
  mkdirSync(appDir, { recursive: true });
  generateClient(join(appDir, "client"), spec, ["--client-style", "functions"]);
  const code = `import { createClient, usersGet } from "./client/index.js";
const c = createClient({ domain: process.env.D, token: process.env.T });
console.log(await usersGet(c, "x"));
`;
  writeFileSync(join(appDir, "app.mjs"), code);
  const built = await esbuild.build({ ...options, entryPoints: [join(appDir, "app.mjs")], outdir: join(appDir, "dist"), metafile: true, logLevel: "silent" });
  let minBytes = 0;
  let gzipBytes = 0;
  for (const file of Object.keys(built.metafile.outputs)) {
    const bytes = readFileSync(join(REPO, file));
    minBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  log(`  ${"gen functions".padEnd(12)} ${(minBytes / 1024).toFixed(1)} KiB minified, ${(gzipBytes / 1024).toFixed(1)} KiB min+gzip`);
  return { tool: "gen functions", minBytes, gzipBytes, app: code };
}

export async function peerBundles(esbuild, options, dir, log, spec) {
  const results = [await genFunctionsBundle(esbuild, options, dir, spec, log)];
  for (const [tool, source] of Object.entries(PEER_APPS)) {
    const out = keptOutput(tool);
    if (!out) {
      log(`  ${tool.padEnd(12)} skipped: no kept output (run the generation part first)`);
      results.push({ tool, skipped: "no kept output from the generation part" });
      continue;
    }
    const appDir = join(dir, "peers", tool);
    mkdirSync(appDir, { recursive: true });
    const entry = join(appDir, "app.mjs");
    const code = source(relative(appDir, out).split("\\").join("/"));
    writeFileSync(entry, code);
    try {
      const built = await esbuild.build({ ...options, entryPoints: [entry], outdir: join(appDir, "dist"), metafile: true, logLevel: "silent" });
      let minBytes = 0;
      let gzipBytes = 0;
      for (const file of Object.keys(built.metafile.outputs)) {
        const bytes = readFileSync(join(REPO, file));
        minBytes += bytes.length;
        gzipBytes += gzipSync(bytes, { level: 9 }).length;
      }
      results.push({ tool, minBytes, gzipBytes, app: code });
      log(`  ${tool.padEnd(12)} ${(minBytes / 1024).toFixed(1)} KiB minified, ${(gzipBytes / 1024).toFixed(1)} KiB min+gzip`);
    } catch (error) {
      results.push({ tool, skipped: `esbuild failed: ${String(error.message).split("\n")[0]}` });
    }
  }
  return results;
}
