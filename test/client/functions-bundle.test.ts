// Tree-shaking, measured: a one-operation app (`usersGet(client, "x")`) bundled with esbuild from
// the "functions" style of the Auth0 client carries that operation and the runtime only, while the
// class client's app carries every operation (its constructor creates every resource). Bundled
// and measured as bench/bundle-size.mjs does: minify, ESM, browser, es2022, code splitting; the
// startup size is the entry chunk plus the chunks it imports statically, each gzipped at level 9.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { generateInto, type GeneratedOutput } from "../helpers/generated.js";
import { AUTH0_SPEC } from "../helpers/paths.js";

const ESBUILD_OPTIONS = { bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", splitting: true } as const;

interface Bundle {
  /** The startup chunks' code. */
  startup: string;
  minBytes: number;
  gzipBytes: number;
}

async function bundle(dir: string, source: string): Promise<Bundle> {
  const entry = join(dir, "app.mjs");
  writeFileSync(entry, source);
  const result = await build({ ...ESBUILD_OPTIONS, entryPoints: [entry], outdir: join(dir, "out"), write: false, metafile: true, logLevel: "silent" });
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((f) => [f.path, f]));
  const startupFiles = new Set<string>();
  const visit = (file: string) => {
    if (startupFiles.has(file) || !outputs[file]) return;
    startupFiles.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(Object.keys(outputs).find((file) => outputs[file].entryPoint)!);
  // The metafile's paths are relative to the working directory, outputFiles' absolute.
  const chunks = [...startupFiles].map((file) => byPath.get(resolve(file))!);
  return {
    startup: chunks.map((c) => c.text).join("\n"),
    minBytes: chunks.reduce((n, c) => n + c.contents.length, 0),
    gzipBytes: chunks.reduce((n, c) => n + gzipSync(c.contents, { level: 9 }).length, 0),
  };
}

let functions: GeneratedOutput;
let classes: GeneratedOutput;
let camel: GeneratedOutput;
let operationIds: string[];
const bundles: Record<string, Bundle> = {};

beforeAll(async () => {
  // Formatting does not change what a minifier keeps; skip it to save time.
  functions = await generateInto(AUTH0_SPEC, "client", { format: false, options: { client: { style: "functions", validators: true } } });
  classes = await generateInto(AUTH0_SPEC, "client", { format: false });
  camel = await generateInto(AUTH0_SPEC, "client", { format: false, options: { client: { style: "functions" } }, customization: { origin: "test", naming: { properties: "camel" } } });
  operationIds = functions.model.operations.map((o) => o.operationId);
  bundles.functions = await bundle(
    functions.dir,
    'import { createClient, usersGet } from "./index.js";\nconst c = createClient({ domain: process.env.D, token: process.env.T });\nconsole.log(await usersGet(c, "x"));\n',
  );
  bundles.classes = await bundle(
    classes.dir,
    'import { createClient } from "./index.js";\nconst c = createClient({ domain: process.env.D, token: process.env.T });\nconsole.log(await c.users.get("x"));\n',
  );
  bundles.camel = await bundle(
    camel.dir,
    'import { createClient, usersGet } from "./index.js";\nconst c = createClient({ domain: process.env.D, token: process.env.T });\nconsole.log(await usersGet(c, "x"));\n',
  );
  console.log(
    `one-operation app, startup: camelCase functions ${bundles.camel.minBytes} B min / ${bundles.camel.gzipBytes} B min+gzip; functions ${bundles.functions.minBytes} B min / ${bundles.functions.gzipBytes} B min+gzip; ` +
      `classes ${bundles.classes.minBytes} B / ${bundles.classes.gzipBytes} B`,
  );
}, 180_000);

describe("a one-operation app bundled with esbuild", () => {
  it("keeps the one operation of the functions client and drops the 451 others", () => {
    const present = operationIds.filter((id) => bundles.functions.startup.includes(JSON.stringify(id)));
    expect(present).toEqual(["get_users_by_id"]);
  });

  it("keeps every operation of the class client (the contrast the functions style exists for)", () => {
    const present = operationIds.filter((id) => bundles.classes.startup.includes(JSON.stringify(id)));
    expect(present.length).toBeGreaterThan(400);
  });

  it("leaves the validators out of the startup chunks (they load only with `validate` on)", () => {
    expect(bundles.functions.startup).not.toContain("operationValidator");
  });

  it("carries no key renaming with wire names, and with camelCase only the key shapes its operation reaches", () => {
    expect(bundles.functions.startup).not.toContain('"user_id"');
    expect(bundles.camel.startup).toContain('"user_id"');
    // Reached from users.get's response (UserIdentitySchema), not from elsewhere in the 1,400 shapes:
    expect(bundles.camel.startup).toContain('"access_token"');
    expect(bundles.camel.startup).not.toContain('"signing_alg"');
    expect(bundles.camel.gzipBytes).toBeLessThan(bundles.functions.gzipBytes + 1500);
  });

  it("is less than half the class client's app, min+gzip", () => {
    expect(bundles.functions.gzipBytes).toBeLessThan(bundles.classes.gzipBytes * 0.5);
    expect(bundles.functions.minBytes).toBeLessThan(bundles.classes.minBytes * 0.25);
  });
});
