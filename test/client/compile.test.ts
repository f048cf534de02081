// The generated clients compile under strict with TypeScript 5 and the native TypeScript 7, and
// every Auth0 operation is a function at client.<group path>.<name> on createClient({ baseUrl, token }).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { NAMES_USED_BY_GENERATED_CODE } from "../../generator/ir/names.js";
import { generateInto, typeCheck, type GeneratedOutput } from "../helpers/generated.js";
import { AUTH0_SPEC, EMBEDDED_SPEC, REPO_ROOT, TSC5, TSC7 } from "../helpers/paths.js";

const outputs: Record<string, GeneratedOutput> = {};
beforeAll(async () => {
  outputs.auth0 = await generateInto(AUTH0_SPEC);
  outputs.embedded = await generateInto(EMBEDDED_SPEC);
  // A type-level test, checked by both compilers below: the include_totals overloads make the
  // page type follow the argument, and the @ts-expect-error line fails the check if they do not.
  writeFileSync(
    join(outputs.auth0.dir, "include-totals.check.ts"),
    [
      'import { createClient } from "./index.js";',
      'const client = createClient({ baseUrl: "https://x.example/api/v2", token: "t" });',
      "export async function check(): Promise<void> {",
      "  const wrapped = await client.users.list({ include_totals: true });",
      "  const total: number | undefined = wrapped.total;",
      "  const users = await client.users.list();",
      "  const first: string | undefined = users[0]?.user_id;",
      "  // @ts-expect-error the bare-array form has no totals",
      "  users.total;",
      "  for await (const user of client.users.list({ include_totals: true })) void user.user_id;",
      "  void total;",
      "  void first;",
      "}",
      "",
    ].join("\n"),
  );
}, 120_000);

describe.each([
  ["TypeScript 5", TSC5],
  ["TypeScript 7", TSC7],
])("%s", (_name, tsc) => {
  it.each(["auth0", "embedded"])("type-checks the %s client with zero errors", (which) => {
    const result = typeCheck(tsc, outputs[which].dir);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);
});

describe("the Auth0 client at run time", () => {
  it("exposes all 452 operations as functions at client.<group path>.<name>", async () => {
    const { createClient } = await import(pathToFileURL(join(outputs.auth0.dir, "index.ts")).href);
    const client = createClient({ baseUrl: "https://tenant.example.com/api/v2", token: "t" });
    const spec = JSON.parse(readFileSync(AUTH0_SPEC, "utf8"));
    const missing: string[] = [];
    let reachable = 0;
    for (const item of Object.values<any>(spec.paths)) {
      for (const op of Object.values<any>(item)) {
        const group = typeof op["x-operation-group"] === "string" ? [op["x-operation-group"]] : op["x-operation-group"];
        let target = client;
        for (const segment of group) target = target?.[segment];
        if (typeof target?.[op["x-operation-name"]] === "function") reachable++;
        else missing.push(`${op.operationId} → client.${[...group, op["x-operation-name"]].join(".")}`);
      }
    }
    expect(missing).toEqual([]);
    expect(reachable).toBe(452);
  });
});

describe("names", () => {
  it("reserves every name the runtime exports, so no schema can shadow one", () => {
    const index = readFileSync(join(REPO_ROOT, "templates/client/runtime/index.ts"), "utf8");
    const exported = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) => m[1].split(",").map((n) => n.trim().split(/\s+as\s+/).pop()!).filter(Boolean));
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.filter((name) => !NAMES_USED_BY_GENERATED_CODE.has(name))).toEqual([]);
  });
});
