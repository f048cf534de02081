// Mutation fuzzing: random structural mutations of the embedded spec and the Auth0 document, each
// run through the whole pipeline (client, validators and docs). Every case must either generate or fail
// with gen's own diagnostic (a GenError); an unhandled exception fails the test with the seed that
// reproduces it. A sample of the generated outputs is type-checked with TypeScript 7.
//
// CI runs a short fixed-seed pass; `npm run fuzz` runs a long one. Tune with GEN_FUZZ_SEED,
// GEN_FUZZ_CASES (embedded), GEN_FUZZ_AUTH0_CASES and GEN_FUZZ_COMPILE.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { GenError } from "../../generator/diagnostics.js";
import { generate } from "../../generator/pipeline.js";
import { writeOutput } from "../../generator/write/writeOutput.js";
import { typeCheck } from "../helpers/generated.js";
import { AUTH0_SPEC, EMBEDDED_SPEC, TSC7 } from "../helpers/paths.js";
import { mutate, random } from "./mutate.js";

const SEED = Number(process.env.GEN_FUZZ_SEED ?? 1);
const EMBEDDED_CASES = Number(process.env.GEN_FUZZ_CASES ?? 480);
const AUTH0_CASES = Number(process.env.GEN_FUZZ_AUTH0_CASES ?? 20);
const COMPILE_SAMPLE = Number(process.env.GEN_FUZZ_COMPILE ?? 12);

interface Outcome {
  generated: number;
  diagnosed: number;
  crashes: string[];
  codes: Map<string, number>;
}

async function fuzz(name: string, document: unknown, cases: number, seedBase: number, compileDir: string, compileBudget: { left: number }): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), `gen-fuzz-${name}-`));
  const outcome: Outcome = { generated: 0, diagnosed: 0, crashes: [], codes: new Map() };
  for (let i = 0; i < cases; i++) {
    const seed = seedBase + i;
    const next = random(seed);
    const { document: mutated, mutations } = mutate(document as never, next, 1 + Math.floor(next() * 3));
    const spec = join(dir, `case-${seed}.json`);
    writeFileSync(spec, JSON.stringify(mutated));
    try {
      const result = await generate({ spec, targets: ["client", "validators", "docs"], format: false });
      outcome.generated++;
      if (compileBudget.left > 0 && i % 7 === 0) {
        compileBudget.left--;
        for (const target of ["client", "validators"] as const) {
          await writeOutput(join(compileDir, `${name}-${seed}-${target}`), result.outputs.get(target)!, {
            force: true,
            manifest: { generator: { name: "gen", version: "fuzz" }, irVersion: "", specHash: "", configHash: "" },
          });
        }
      }
    } catch (error) {
      if (error instanceof GenError) {
        outcome.diagnosed++;
        for (const d of error.diagnostics) outcome.codes.set(d.code, (outcome.codes.get(d.code) ?? 0) + 1);
      } else {
        outcome.crashes.push(`${name} seed ${seed} (${mutations.map((m) => `${m.kind} ${m.pointer}`).join(", ")}): ${(error as Error)?.stack?.split("\n").slice(0, 3).join(" | ")}`);
      }
    }
  }
  return outcome;
}

describe(`mutation fuzzing (seed ${SEED})`, () => {
  const compileDir = mkdtempSync(join(tmpdir(), "gen-fuzz-compile-"));
  const budget = { left: COMPILE_SAMPLE };
  const outcomes: Outcome[] = [];

  it(`${EMBEDDED_CASES} mutated embedded specs: each generates or fails with a diagnostic`, async () => {
    const embedded = yaml.load(readFileSync(EMBEDDED_SPEC, "utf8"));
    const outcome = await fuzz("embedded", embedded, EMBEDDED_CASES, SEED * 100_000, compileDir, budget);
    outcomes.push(outcome);
    expect(outcome.crashes).toEqual([]);
    expect(outcome.generated + outcome.diagnosed).toBe(EMBEDDED_CASES);
    // The mutations are strong enough to hit both outcomes.
    expect(outcome.generated).toBeGreaterThan(0);
    expect(outcome.diagnosed).toBeGreaterThan(0);
  }, 600_000);

  it(`${AUTH0_CASES} mutated Auth0 documents: each generates or fails with a diagnostic`, async () => {
    const auth0 = JSON.parse(readFileSync(AUTH0_SPEC, "utf8"));
    const outcome = await fuzz("auth0", auth0, AUTH0_CASES, SEED * 100_000 + 50_000, compileDir, budget);
    outcomes.push(outcome);
    expect(outcome.crashes).toEqual([]);
    expect(outcome.generated + outcome.diagnosed).toBe(AUTH0_CASES);
  }, 600_000);

  it("the sampled outputs of mutated specs type-check", () => {
    mkdirSync(compileDir, { recursive: true });
    const { status, output } = typeCheck(TSC7, compileDir);
    expect(output).toBe("");
    expect(status).toBe(0);
    const total = outcomes.reduce((n, o) => n + o.generated + o.diagnosed, 0);
    console.log(`fuzz: ${total} cases, ${outcomes.reduce((n, o) => n + o.generated, 0)} generated, ${outcomes.reduce((n, o) => n + o.diagnosed, 0)} diagnosed, ${COMPILE_SAMPLE - budget.left} outputs type-checked`);
  }, 300_000);
});
