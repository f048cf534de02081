#!/usr/bin/env node
// Bundle size of a one-operation app: gen's generated Auth0 client against the official `auth0`
// package (the version pinned in bench/package.json), both bundled the same way with esbuild.
//
//   node bench/bundle-size.mjs [--spec path] [--json]
//
// Each app makes one call, `users.get("x")`, with the domain and token from the environment:
//
//   gen:   import { createClient } from "./client/index.js";
//          const c = createClient({ domain: process.env.D, token: process.env.T });
//          console.log(await c.users.get("x"));
//   auth0: import { ManagementClient } from "auth0";
//          const m = new ManagementClient({ domain: process.env.D, token: process.env.T });
//          console.log(await m.users.get("x"));
//
// esbuild options, identical for both: bundle, minify, format esm, platform browser (so auth0's
// package.json "browser" field applies and neither bundle drags in Node built-ins), target
// es2022, and code splitting, so that modules reached only through a dynamic import() (gen's
// optional validators, auth0's Node-only helpers) land in separate chunks that load only when
// used; without splitting esbuild would inline them into the one file. The headline size is the
// startup load: the entry chunk plus the chunks it imports statically. Every output file is
// gzipped on its own with node:zlib at level 9 (as it would be served) and the sizes summed.
// esbuild's metafile says which modules are in which chunk, which shows whether unused resources
// were tree-shaken.
//
// Also importable: run.mjs calls `runBundleSize(options)` and `bundleSizeMarkdown(result)`.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import {
  BENCH,
  REPO,
  WORK,
  environment,
  environmentMarkdown,
  generateClient,
  generateCommand,
  isMain,
  markdownTable,
  plainTable,
} from "./common.mjs";
import { peerBundles } from "./peer-bundles.mjs";

const DIR = join(WORK, "bundle-size");
const CLIENT_DIR = join(DIR, "client");

export const ESBUILD_OPTIONS = { bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", splitting: true };

const APPS = {
  gen: {
    label: "gen client",
    file: "gen-app.mjs",
    source: `import { createClient } from "./client/index.js";
const c = createClient({ domain: process.env.D, token: process.env.T });
console.log(await c.users.get("x"));
`,
  },
  auth0: {
    label: "auth0",
    file: "auth0-app.mjs",
    source: `import { ManagementClient } from "auth0";
const m = new ManagementClient({ domain: process.env.D, token: process.env.T });
console.log(await m.users.get("x"));
`,
  },
};

function packageVersion(name) {
  try {
    const require = createRequire(join(BENCH, "package.json"));
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;
  } catch {
    return null;
  }
}

/**
 * Splits esbuild's outputs (paths relative to the working directory, which esbuild's metafile
 * uses; we run from wherever, so they are resolved against process.cwd()) into the startup set —
 * the entry chunk and everything it imports statically, transitively — and the rest, which only a
 * dynamic import() reaches.
 */
function splitOutputs(outputs) {
  const js = (file) => file.endsWith(".js");
  const entry = Object.keys(outputs).find((f) => js(f) && outputs[f].entryPoint);
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file) || !outputs[file]) return;
    initial.add(file);
    for (const imp of outputs[file].imports ?? []) if (imp.kind === "import-statement" && !imp.external) visit(imp.path);
  };
  visit(entry);
  const toRepo = (file) => relative(REPO, resolve(file));
  return {
    initial: [...initial].map(toRepo),
    lazy: Object.keys(outputs).filter((f) => js(f) && !initial.has(f)).map(toRepo),
  };
}

/** Groups the metafile's inputs of one output by where they come from, largest first. */
function breakdown(inputs, groupOf) {
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    if (!bytesInOutput) continue;
    const key = groupOf(file);
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, bytes }));
}

/** How many of the package's resource modules ended up in the bundle. */
function resourceCoverage(kind, inputs) {
  const files = Object.keys(inputs).filter((f) => inputs[f].bytesInOutput > 0);
  if (kind === "gen") {
    const total = readdirSync(join(CLIENT_DIR, "resources")).filter((f) => f.endsWith(".ts")).length;
    return { included: files.filter((f) => /\/client\/resources\/[^/]+\.ts$/.test(f)).length, total, unit: "`client/resources/*.ts`" };
  }
  const pattern = /auth0\/dist\/esm\/management\/api\/resources\/.+\/client\/Client\.mjs$/;
  const root = join(BENCH, "node_modules", "auth0", "dist", "esm", "management", "api", "resources");
  const total = existsSync(root)
    ? readdirSync(root, { recursive: true }).filter((f) => /(^|\/)client\/Client\.mjs$/.test(String(f))).length
    : null;
  return { included: files.filter((f) => pattern.test(f)).length, total, unit: "`auth0/dist/esm/management/api/resources/**/client/Client.mjs`" };
}

function groupOf(kind) {
  if (kind === "gen") {
    return (file) => {
      const m = /\/client\/(runtime|resources)\//.exec(file);
      if (m) return `client/${m[1]}/`;
      if (/\/client\/[^/]+\.ts$/.test(file)) return "client/client.ts, index.ts";
      return "app";
    };
  }
  return (file) => {
    const m = /node_modules\/(auth0\/dist\/esm\/(?:management\/(?:api\/resources|[^/]+)|[^/]+)|(?:@[^/]+\/)?[^/]+)/.exec(file);
    return m ? m[1].replace(/\.mjs$/, "") : file.startsWith("(disabled)") ? "(disabled Node built-ins)" : "app";
  };
}

export async function runBundleSize(options = {}) {
  const log = options.log ?? ((line) => console.error(line));
  const env = environment();
  const auth0Version = packageVersion("auth0");
  if (!auth0Version) throw new Error("the auth0 package is not installed in bench/node_modules: run `npm run bench:setup`");
  const esbuild = await import("esbuild");

  log("bundle-size: generating the client");
  rmSync(join(DIR, "out"), { recursive: true, force: true }); // stale chunks would be counted
  mkdirSync(join(DIR, "out"), { recursive: true });
  generateClient(CLIENT_DIR, options.spec);

  const results = {};
  for (const [kind, app] of Object.entries(APPS)) {
    const entry = join(DIR, app.file);
    writeFileSync(entry, app.source);
    const outdir = join(DIR, "out", kind);
    const built = await esbuild.build({
      ...ESBUILD_OPTIONS,
      entryPoints: [entry],
      outdir,
      entryNames: "[name].min",
      chunkNames: "chunk-[hash].min",
      metafile: true,
      logLevel: "silent",
    });
    const { initial, lazy } = splitOutputs(built.metafile.outputs);
    const sizes = (files) => {
      let minBytes = 0;
      let gzipBytes = 0;
      for (const file of files) {
        const code = readFileSync(join(REPO, file));
        const gzip = gzipSync(code, { level: 9 });
        writeFileSync(join(REPO, `${file}.gz`), gzip);
        minBytes += code.length;
        gzipBytes += gzip.length;
      }
      return { files: files.length, minBytes, gzipBytes };
    };
    const startup = sizes(initial);
    const deferred = sizes(lazy);
    const inputs = {};
    for (const file of initial) {
      for (const [input, info] of Object.entries(built.metafile.outputs[file].inputs)) {
        inputs[input] = { bytesInOutput: (inputs[input]?.bytesInOutput ?? 0) + info.bytesInOutput };
      }
    }
    results[kind] = {
      label: kind === "auth0" ? `auth0 ${auth0Version}` : app.label,
      app: app.source,
      minBytes: startup.minBytes,
      gzipBytes: startup.gzipBytes,
      startupFiles: startup.files,
      lazy: deferred,
      warnings: built.warnings.length,
      breakdown: breakdown(inputs, groupOf(kind)),
      resources: resourceCoverage(kind, inputs),
    };
    log(`  ${results[kind].label.padEnd(12)} startup ${kb(startup.minBytes)} minified, ${kb(startup.gzipBytes)} min+gzip; lazy chunks ${kb(deferred.minBytes)} / ${kb(deferred.gzipBytes)}`);
  }

  log("bundle-size: peer clients (kept outputs of the generation part)");
  const peers = await peerBundles(esbuild, ESBUILD_OPTIONS, DIR, log, options.spec);

  return {
    env,
    peers,
    versions: { esbuild: esbuild.version, auth0: auth0Version },
    esbuild: ESBUILD_OPTIONS,
    generate: generateCommand(CLIENT_DIR, options.spec),
    apps: results,
    ratio: {
      min: results.auth0.minBytes / results.gen.minBytes,
      gzip: results.auth0.gzipBytes / results.gen.gzipBytes,
    },
  };
}

// ---------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const bytes = (n) => `${n.toLocaleString("en-US")} B (${kb(n)})`;

function rows(result) {
  const { gen, auth0 } = result.apps;
  return [
    ["app", "startup: minified", "startup: min+gzip", "resource modules at startup", "lazy chunks: minified", "lazy chunks: min+gzip"],
    ...[gen, auth0].map((a) => [
      a.label,
      bytes(a.minBytes),
      bytes(a.gzipBytes),
      `${a.resources.included} of ${a.resources.total ?? "?"}`,
      a.lazy.files === 0
        ? "none"
        : a.lazy.minBytes === 0
          ? `${a.lazy.files} empty file${a.lazy.files === 1 ? "" : "s"}`
          : `${bytes(a.lazy.minBytes)} in ${a.lazy.files} file${a.lazy.files === 1 ? "" : "s"}`,
      a.lazy.minBytes ? bytes(a.lazy.gzipBytes) : "—",
    ]),
    ["auth0 / gen", `${result.ratio.min.toFixed(2)}×`, `${result.ratio.gzip.toFixed(2)}×`, "", "", ""],
  ];
}

export function bundleSizeMarkdown(result) {
  const { gen, auth0 } = result.apps;
  const opts = Object.entries(result.esbuild)
    .map(([k, v]) => (v === true ? `--${k}` : `--${k}=${v}`))
    .join(" ");
  const top = (a, n) =>
    a.breakdown
      .slice(0, n)
      .map((g) => `\`${g.group}\` ${kb(g.bytes)}`)
      .join(", ");
  return `## Bundle size of a one-operation app

${environmentMarkdown(result.env)}

**min+gzip at startup: gen ${kb(gen.gzipBytes)}, ${auth0.label} ${kb(auth0.gzipBytes)} (auth0 / gen = ${result.ratio.gzip.toFixed(2)}×); minified: ${kb(gen.minBytes)} vs ${kb(auth0.minBytes)} (${result.ratio.min.toFixed(2)}×).**

One call, \`users.get("x")\`, bundled with esbuild ${result.versions.esbuild} (\`${opts} --outdir=…\`, the same for both). With
code splitting, modules reached only through a dynamic \`import()\` go to separate chunks that load only when
used; *startup* is the entry chunk plus the chunks it imports statically, i.e. what the app loads before
making its call, and *lazy chunks* is everything else esbuild emitted. Each file is gzipped on its own
with \`node:zlib\` at level 9 and the sizes are summed.${gen.lazy.files ? ` gen's lazy chunk${gen.lazy.files === 1 ? " is" : "s are"} the optional validators
(\`createClient({ validate })\`), imported dynamically by the client.` : ""}

${markdownTable(rows(result))}

*Resource modules at startup* counts the modules holding per-resource operation classes: ${gen.resources.unit} for gen,
${auth0.resources.unit} for auth0. Neither bundle is tree-shaken down to the one resource used. gen's
\`ApiClient\` constructor instantiates every resource eagerly (\`this.users = new UsersResource(core)\`, …, and each
resource its sub-resources), so every resource class is reachable from \`createClient\`; auth0's \`ManagementClient\`
creates resources lazily but through getters on the class, and a bundler does not drop unused class members, so
every resource class is reachable there too. In gen's bundle the runtime is ${kb(gen.breakdown.find((g) => g.group === "client/runtime/")?.bytes ?? 0)} of the
${kb(gen.minBytes)} at startup; the rest is resource classes the app never calls.

${peersMarkdown(result)}

Where the startup bytes come from (minified): gen — ${top(gen, 4)}; auth0 — ${top(auth0, 5)}.

The apps (in \`bench/work/bundle-size/\`):

\`\`\`js
// gen-app.mjs, after \`${result.generate}\`
${gen.app}
// auth0-app.mjs
${auth0.app}\`\`\`
`;
}

function peersMarkdown(result) {
  if (!result.peers?.length) return "";
  const lines = result.peers.map((p) =>
    p.skipped ? `| ${p.tool} | — | — | skipped: ${p.skipped} |` : `| ${p.tool} | ${bytes(p.minBytes)} | ${bytes(p.gzipBytes)} | ${(p.gzipBytes / result.apps.gen.gzipBytes).toFixed(2)}× |`,
  );
  return [
    "The same call, `GET /users/{id}`, through gen's functions-style client (`--client-style functions`) and the peers' generated clients (their SDK function for the operation), bundled the same way; sizes are all files esbuild emitted:",
    "",
    "| client | minified | min+gzip | vs gen class client (min+gzip) |",
    "| --- | ---: | ---: | ---: |",
    `| gen client (classes) | ${bytes(result.apps.gen.minBytes)} | ${bytes(result.apps.gen.gzipBytes)} | 1.00× |`,
    ...lines,
  ].join("\n");
}

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

if (isMain(import.meta)) {
  const argv = process.argv.slice(2);
  const opts = { json: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--json") opts.json = true;
    else if (argv[i] === "--spec" && argv[i + 1]) opts.spec = argv[++i];
    else if (argv[i] === "--help" || argv[i] === "-h") {
      console.log("usage: node bench/bundle-size.mjs [--spec path] [--json]");
      process.exit(0);
    } else {
      console.error(`bundle-size: unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  const result = await runBundleSize({ spec: opts.spec });
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else console.log(`\n${plainTable(rows(result))}\n\noutput in ${relative(process.cwd(), join(DIR, "out"))}`);
}
