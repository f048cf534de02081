// Turns the text of a spec file into JSON values, reporting syntax errors as file:line:col.
import yaml from "js-yaml";
import { GenError, ExitCode } from "../diagnostics.js";
import type { Json } from "../openapi/document.js";
import { jsonErrorOffset } from "./jsonErrorOffset.js";

export function parseSpecText(text: string, source: string): Json {
  const trimmed = text.trimStart();
  const looksLikeJson = trimmed.startsWith("{") || trimmed.startsWith("[") || /\.json$/i.test(source);
  return looksLikeJson ? parseJson(text, source) : parseYaml(text, source);
}

function parseJson(text: string, source: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const message = (error as Error).message;
    // V8 says "... in JSON at position N" (sometimes with "(line L column C)" too).
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : jsonErrorOffset(text);
    const location = offset === undefined ? undefined : lineColumn(text, offset);
    throw syntaxError(source, location, message.replace(/^JSON\.parse: /, ""), "JSON");
  }
}

function parseYaml(text: string, source: string): Json {
  try {
    // JSON_SCHEMA keeps `on`, `yes` and dates as strings, as a JSON-minded spec author expects.
    return yaml.load(text, { schema: yaml.JSON_SCHEMA, filename: source }) as Json;
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const location = mark ? { line: mark.line + 1, column: mark.column + 1 } : undefined;
    throw syntaxError(source, location, reason, "YAML");
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function syntaxError(
  source: string,
  at: { line: number; column: number } | undefined,
  reason: string,
  language: string,
): GenError {
  return new GenError(
    [
      {
        code: "GEN_SYNTAX",
        severity: "error",
        message: `${source} is not valid ${language}: ${reason}`,
        location: at ? `${source}:${at.line}:${at.column}` : source,
        hint: `Fix the ${language} syntax at that position (a validator or your editor can show it).`,
      },
    ],
    ExitCode.inputSyntax,
  );
}
