// One generated validator module: its shared constants (regular expressions, enum sets, literal
// values) and its functions, in a stable order. The templates print them (see view.ts).
import type { DiagnosticSink } from "../../diagnostics.js";
import { member, name, type Expr } from "./code/expressions.js";
import { declaration } from "./code/statements.js";
import type { NamedSchema } from "../../ir/types.js";
import type { SchemaLookup } from "./closedness.js";

export interface ModuleContext {
  lookup: SchemaLookup;
  /** The check function name of each component schema, by spec name. */
  checkName(schemaName: string): string;
  /** Whether a component schema's check function takes the `open` flag. */
  takesOpen(schemaName: string): boolean;
  /** Where warnings about the spec go. */
  sink: DiagnosticSink;
}

export class ValidatorModule {
  private readonly constantNames = new Map<string, string>();
  private readonly constantLines: string[] = [];
  private readonly functionSources: string[] = [];
  private readonly usedNames = new Set<string>();
  private readonly references = new Map<string, Expr>();
  private readonly checks = new Map<string, Expr>();

  constructor(readonly context: ModuleContext) {}

  /**
   * A module-level constant holding the value `build` makes; `key` identifies the value (a pattern
   * and its flags, the JSON of a list), and equal keys share one constant, built once.
   */
  constant(prefix: string, key: string, build: () => Expr): string {
    const entry = `${prefix}\u0000${key}`;
    const existing = this.constantNames.get(entry);
    if (existing) return existing;
    const constantName = `${prefix}${this.constantNames.size}`;
    this.constantNames.set(entry, constantName);
    this.constantLines.push(declaration(0, constantName, build()));
    return constantName;
  }

  /** Reserves a function name unique in this module. */
  functionName(wanted: string): string {
    let unique = wanted;
    for (let n = 2; this.usedNames.has(unique); n++) unique = `${wanted}${n}`;
    this.usedNames.add(unique);
    return unique;
  }

  /** A function's source, ending with its closing brace. */
  addFunction(source: string): void {
    this.functionSources.push(source);
  }

  /** `const re0 = new RegExp(…);` statements (each one or more lines), in first-use order. */
  get constants(): readonly string[] {
    return this.constantLines;
  }

  /** The functions `compile` adds (a check function and the helpers it hoists), as one block. */
  capture(compile: () => void): string {
    const start = this.functionSources.length;
    compile();
    // Most schemas compile to one function: its text as it is, not a copy.
    if (this.functionSources.length === start + 1) return this.functionSources[start]!;
    return this.functionSources.slice(start).join("\n\n");
  }

  /** The expression for `path` (`codePoints`, `S.checkUser`), built once. */
  reference(path: string): Expr {
    let expr = this.references.get(path);
    if (!expr) {
      const [first, ...rest] = path.split(".");
      expr = rest.reduce<Expr>((object, property) => member(object, property), name(first!));
      this.references.set(path, expr);
    }
    return expr;
  }

  /** Whether any of the module's code matches `pattern` (a call to a runtime helper, say). */
  uses(pattern: RegExp): boolean {
    return this.constantLines.some((code) => pattern.test(code)) || this.functionSources.some((code) => pattern.test(code));
  }

  /** A component schema's check function, `checkUser` or `S.checkUser`. */
  checkReference(schemaName: string): Expr {
    let expr = this.checks.get(schemaName);
    if (!expr) this.checks.set(schemaName, (expr = this.reference(this.context.checkName(schemaName))));
    return expr;
  }
}

export function schemaLookup(schemas: NamedSchema[]): SchemaLookup {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  return (schemaName) => byName.get(schemaName);
}
