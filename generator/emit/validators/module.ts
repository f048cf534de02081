// One generated validator module: its shared constants (regular expressions, enum sets, literal
// values) and its functions, in a stable order. The templates print them (see view.ts).
import type { DiagnosticSink } from "../../diagnostics.js";
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

  constructor(readonly context: ModuleContext) {}

  /** A module-level constant holding `code`; equal code shares one constant. */
  constant(prefix: string, code: string): string {
    const key = `${prefix}\u0000${code}`;
    const existing = this.constantNames.get(key);
    if (existing) return existing;
    const name = `${prefix}${this.constantNames.size}`;
    this.constantNames.set(key, name);
    this.constantLines.push(`const ${name} = ${code};`);
    return name;
  }

  /** Reserves a function name unique in this module. */
  functionName(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.usedNames.has(name); n++) name = `${wanted}${n}`;
    this.usedNames.add(name);
    return name;
  }

  addFunction(source: string): void {
    this.functionSources.push(source.trimEnd());
  }

  /** `const re0 = new RegExp(…);` lines, in first-use order. */
  get constants(): readonly string[] {
    return this.constantLines;
  }

  /** The functions `compile` adds (a check function and the helpers it hoists), as one block. */
  capture(compile: () => void): string {
    const start = this.functionSources.length;
    compile();
    return this.functionSources.slice(start).join("\n\n");
  }

  /** All the module's code, for finding which runtime helpers it calls. */
  code(): string {
    return [...this.constantLines, ...this.functionSources].join("\n");
  }
}

export function schemaLookup(schemas: NamedSchema[]): SchemaLookup {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  return (name) => byName.get(name);
}
