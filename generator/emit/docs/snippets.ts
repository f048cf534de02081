// The code samples of an operation page: a call through the generated TypeScript client and the
// same request with curl. Arguments follow the client's rule (emit/client/views.ts): path
// parameters positional in path-template order, then the body, then the request-parameters
// object, then per-request options. An optional argument is passed only when it carries a
// required value or a later argument must follow it; a body is always shown, since it is what the
// reader came to see. Values come from exampleValue.ts in `request` mode, so they satisfy the
// client's types; test/docs type-checks every snippet against the generated client. The
// TypeScript body names properties as the client does (camelCase with `naming.properties:
// "camel"`), the curl one as the wire does.
import { isIdentifier } from "../../ir/names.js";
import type { ApiModel, Operation, Parameter } from "../../ir/types.js";
import { exampleValue, FileExample, type ExampleValue } from "./exampleValue.js";
import type { SchemaLookup } from "./schemaLookup.js";

const PRINT_WIDTH = 80;

export interface OperationSamples {
  /** `client.a.b.name`. */
  accessPath: string;
  typescript: string;
  curl: string;
}

export function operationSamples(operation: Operation, model: ApiModel, lookup: SchemaLookup): OperationSamples {
  const accessPath = ["client", ...operation.groupPath, operation.name].join(".");
  const pathValues = operation.pathParameters.map((p) => parameterExample(p, lookup));
  const body = operation.requestBody ? exampleValue(operation.requestBody.schema, lookup, { mode: "request" }) : undefined;
  const codeBody = operation.requestBody ? exampleValue(operation.requestBody.schema, lookup, { mode: "request", keys: "code" }) : undefined;
  const bagMembers = (operation.requestParameters?.parameters ?? []).filter((p) => p.required);
  const bag = Object.fromEntries(bagMembers.map((p) => [p.codeName, parameterExample(p, lookup)]));

  const args: ExampleValue[] = [...pathValues];
  if (operation.requestBody) args.push(codeBody!);
  if (operation.requestParameters?.required) args.push(bag);

  return {
    accessPath,
    typescript: typescriptSample(operation, accessPath, args),
    curl: curlSample(operation, model, pathValues, bagMembers.map((p) => [p, bag[p.codeName]]), body),
  };
}

function parameterExample(parameter: Parameter, lookup: SchemaLookup): ExampleValue {
  return exampleValue(parameter.schema, lookup, { mode: "request" }, parameter.wireName);
}

function typescriptSample(operation: Operation, accessPath: string, args: ExampleValue[]): string {
  const result = operation.result.kind;
  const binding = result === "void" ? "await " : result === "sse" ? "const stream = await " : "const result = await ";
  const lines = [callLayout(`${binding}${accessPath}`, args)];
  if (result === "sse") {
    lines.push("for await (const event of stream) {", "  console.log(event.event, event.data);", "}");
  } else if (operation.pagination && operation.pagination.style !== "none" && operation.pagination.itemSchema && result === "json") {
    lines.push("", "// Or iterate over every item, fetching further pages as needed:", `for await (const item of ${callLayout(accessPath, args).replace(/;$/, "")}) {`, "  console.log(item);", "}");
  }
  return lines.join("\n");
}

/** `head(a, b);` on one line, else hugging a last object argument, else one argument a line. */
function callLayout(head: string, args: ExampleValue[]): string {
  const flat = args.map((a) => flatTs(a));
  const line = `${head}(${flat.join(", ")});`;
  if (line.length <= PRINT_WIDTH && !line.includes("\n")) return line;
  const last = args[args.length - 1];
  const leading = flat.slice(0, -1);
  if (typeof last === "object" && last !== null && !(last instanceof FileExample) && `${head}(${leading.join(", ")}, {`.length <= PRINT_WIDTH) {
    return `${head}(${[...leading, printTs(last, "", true)].join(", ")});`;
  }
  return `${head}(\n${args.map((a) => `  ${printTs(a, "  ")},`).join("\n")}\n);`;
}

/** A TypeScript expression for an example value, broken over lines like prettier would when long. */
export function printTs(value: ExampleValue, indent: string, breakOuter = false): string {
  const flat = flatTs(value);
  if (typeof value !== "object" || value === null || value instanceof FileExample || flat === "{}" || flat === "[]") return flat;
  if (!breakOuter && indent.length + flat.length <= PRINT_WIDTH - 2) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${printTs(v, inner)},`).join("\n")}\n${indent}]`;
  return `{\n${Object.entries(value)
    .map(([k, v]) => `${inner}${tsKey(k)}: ${printTs(v, inner)},`)
    .join("\n")}\n${indent}}`;
}

function flatTs(value: ExampleValue): string {
  if (value instanceof FileExample) return 'new Blob(["<file contents>"])';
  if (Array.isArray(value)) return `[${value.map(flatTs).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${tsKey(k)}: ${flatTs(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function tsKey(key: string): string {
  return isIdentifier(key) ? key : JSON.stringify(key);
}

/** JSON for pages and curl bodies; a file stands as `"<file>"`. */
export function printJson(value: ExampleValue): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof FileExample ? "<file>" : v), 2);
}

function curlSample(
  operation: Operation,
  model: ApiModel,
  pathValues: ExampleValue[],
  parameters: Array<[Parameter, ExampleValue]>,
  body: ExampleValue | undefined,
): string {
  let path = operation.path;
  operation.pathParameters.forEach((p, i) => (path = path.split(`{${p.wireName}}`).join(encodeURIComponent(String(pathValues[i])))));
  const search = parameters
    .filter(([p]) => p.in === "query")
    .flatMap(([p, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(p.wireName)}=${encodeURIComponent(scalarText(v))}`))
    .join("&");
  const url = `${serverBase(model)}${path}${search ? `?${search}` : ""}`;
  const lines = [`curl --request ${operation.method}`, `--url ${shellQuote(url)}`, `--header ${shellQuote("Authorization: Bearer <token>")}`];
  for (const [p, value] of parameters.filter(([q]) => q.in === "header")) lines.push(`--header ${shellQuote(`${p.wireName}: ${scalarText(value)}`)}`);
  const encoding = operation.requestBody?.defaultEncoding;
  if (body !== undefined && encoding === "multipart" && typeof body === "object" && body !== null && !Array.isArray(body) && !(body instanceof FileExample)) {
    for (const [key, value] of Object.entries(body)) {
      lines.push(`--form ${shellQuote(value instanceof FileExample ? `${key}=@${key}.json` : `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)}`);
    }
  } else if (body !== undefined && (encoding === "binary" || body instanceof FileExample)) {
    lines.push(`--header ${shellQuote(`Content-Type: ${operation.requestBody!.contents[0]?.mediaType ?? "application/octet-stream"}`)}`, "--data-binary @file");
  } else if (body !== undefined) {
    const mediaType = operation.requestBody!.contents.find((c) => c.encoding === encoding)?.mediaType ?? "application/json";
    lines.push(`--header ${shellQuote(`Content-Type: ${mediaType}`)}`, `--data ${shellQuote(encoding === "text" && typeof body === "string" ? body : printJson(body))}`);
  }
  return lines.join(" \\\n  ");
}

function scalarText(value: ExampleValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The first server's URL with every variable at its default. */
export function serverBase(model: ApiModel): string {
  const server = model.servers[0];
  if (!server) return "";
  return server.variables.reduce((url, v) => url.split(`{${v.name}}`).join(v.default), server.url).replace(/\/$/, "");
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
