// Every stage reports problems the same way: a Diagnostic with a stable code, a message saying
// what is wrong, where (a JSON pointer into the spec, or file:line:col), and how to fix it.

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  /** Stable machine-readable code, e.g. `GEN_DUPLICATE_METHOD`. */
  code: string;
  severity: Severity;
  message: string;
  /** JSON pointer into the spec document (`#/paths/~1users/get`), when the problem is in the spec. */
  pointer?: string;
  /** file:line:col, when the problem is in a file's syntax. */
  location?: string;
  /** How to fix it. */
  hint?: string;
}

/** Exit codes, distinct per class of failure so scripts can tell them apart. */
export const ExitCode = {
  ok: 0,
  /** Generated output differs from disk (`--check`). */
  outOfDate: 1,
  usage: 2,
  inputNotFound: 3,
  inputSyntax: 4,
  invalidSpec: 5,
  generation: 6,
  write: 7,
  config: 8,
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The one error type stages throw when they cannot go on. */
export class GenError extends Error {
  constructor(
    readonly diagnostics: Diagnostic[],
    readonly exitCode: ExitCode,
  ) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "GenError";
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ?? d.pointer;
  const head = `${d.severity} ${d.code}${where ? ` at ${where}` : ""}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Collects diagnostics while a stage runs; errors end the stage through `throwIfErrors`. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  report(d: Diagnostic): void {
    this.items.push(d);
  }
  error(code: string, message: string, pointer?: string, hint?: string): void {
    this.report({ code, severity: "error", message, pointer, hint });
  }
  warn(code: string, message: string, pointer?: string, hint?: string): void {
    this.report({ code, severity: "warning", message, pointer, hint });
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
  throwIfErrors(exitCode: ExitCode): void {
    if (this.hasErrors) throw new GenError(this.items.filter((d) => d.severity === "error"), exitCode);
  }
}

/** Escapes one JSON-pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function pointer(...segments: Array<string | number>): string {
  return "#/" + segments.map(pointerSegment).join("/");
}
