// The layout of the validators' check code (generator/emit/validators/code/) against prettier
// itself, at every indentation from the top level to 36 levels deep: the one-line fast path, the
// hand-laid broken calls and the layout documents must each print what prettier prints for the
// same code. Auth0's checks reach 14 levels; deeper ones come from nested inline schemas.
import * as prettier from "prettier";
import { doc as prettierDoc } from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/format/prettier.js";
import { expanded, type Doc } from "../../generator/emit/validators/code/doc.js";
import {
  and,
  array,
  arrow,
  binary,
  call,
  conditional,
  construct,
  index,
  jsonValue,
  member,
  name,
  not,
  NULL,
  num,
  or,
  plus,
  str,
  typeOf,
  UNDEFINED,
  type Expr,
} from "../../generator/emit/validators/code/expressions.js";
import { printDoc } from "../../generator/emit/validators/code/printDoc.js";
import { printExpression } from "../../generator/emit/validators/code/printExpression.js";
import {
  assignment,
  blockLines,
  closing,
  declaration,
  forInLines,
  forLines,
  ifClause,
  ifOpening,
  printFunction,
  returnStatement,
  switchLines,
} from "../../generator/emit/validators/code/statements.js";

const [v, p, e] = [name("v1"), name("p"), name("e")];
const long = (label: string) => `${label}_${"x".repeat(40)}`;
const path = plus([p, str(`/${long("property")}`), str("/"), call(name("pointerSegment"), [name("k1")])]);
const fail = (message: string) => call(name("fail"), [e, path, str("required"), str(message)]);
const check = (callee: Expr) => call(callee, [v, plus([p, str("/supported_triggers"), str("/"), name("i4")]), e, name("false")]);

/** The statements of one depth, each as the compiler would emit it. */
function statementsAt(depth: number): string[] {
  const inner = depth + 1;
  return [
    assignment(depth, "ok", fail("must have required property 'id'")),
    assignment(depth, "ok", call(name("fail"), [e, p, str("pattern"), str(`must match pattern "^[a-z]+'s$" and "${"y".repeat(30)}"`)])),
    assignment(depth, "ok", name("false")),
    ifOpening(depth, not(check(member(name("S"), long("checkGetActionExecutionResponseContent"))))) + `\n${closing(depth)}`,
    ifOpening(depth, not(check(name("checkActionTrigger")))) + `\n${closing(depth)}`,
    ifOpening(depth, not(or([binary("===", typeOf(v), str("string")), binary("===", v, NULL), call(name(long("checkVariant$1")), [v, str(""), NULL])]))) + `\n${closing(depth)}`,
    ifOpening(depth, or([binary("!==", typeOf(v), str("number")), not(call(member(name("Number"), "isInteger"), [v]))])) + `\n${closing(depth)}`,
    ifOpening(depth, and([binary(">", member(v, "length"), num(1e21)), binary(">", call(name("codePoints"), [v]), num(255))])) + `\n${closing(depth)}`,
    ifOpening(depth, binary(">=", name("status"), num(400)), "") + `\n${ifOpening(depth, and([binary(">=", name("status"), num(400)), binary("<", name("status"), num(500))]), "} else ")}\n${closing(depth)}`,
    ifOpening(depth, not(call(member(v, "some"), [arrow("x: unknown", call(name(long("checkContains$2")), [name("x"), str(""), NULL, name("open")]))]))) + `\n${closing(depth)}`,
    ifOpening(depth, not(call(member(v, "some"), [arrow("x: unknown", or([binary("===", name("x"), NULL), binary("===", typeOf(name("x")), str("string"))]))]))) + `\n${closing(depth)}`,
    ifClause(depth, binary("===", e, NULL), "return false;"),
    ifClause(depth, call(member(name("re12"), "test"), [name("k1")]), "continue;"),
    declaration(depth, "n1", plus([conditional(call(name(long("checkOne$1")), [v, str(""), NULL]), num(1), num(0)), conditional(or([binary("===", v, NULL), binary("===", typeOf(v), str("string"))]), num(1), num(0))])),
    declaration(depth, "v2", conditional(call(name("hasOwn"), [v, str("constructor")]), index(v, str("constructor")), UNDEFINED)),
    declaration(depth, "v3", index(name("query"), str(long("per-page-with-a-long-name"))), "unknown"),
    declaration(depth, "v4", member(v, long("property"))),
    declaration(depth, "n2", member(call(member(name("Object"), "keys"), [v]), "length")),
    declaration(depth, "query", binary("??", member(name("r"), "query"), name("{}"))),
    declaration(depth, "allowed1", construct(name("Set"), [array(["pending", "building", "packaged", "built", "retrying", "failed"].map(str))], "unknown")),
    declaration(depth, "allowed2", construct(name("Set"), [array([...Array(40).keys()].map((i) => num(i * 7 - 20)))], "unknown")),
    declaration(depth, "allowed3", construct(name("Set"), [array([str("a"), num(1), name("true"), NULL])], "unknown")),
    declaration(depth, "re4", construct(name("RegExp"), [str(`^${"[a-z0-9]".repeat(12)}$`), str("u")])),
    declaration(depth, "value5", jsonValue({ a: [1, 2, 3], b: "quoted \"text\"", c: long("value") })),
    returnStatement(depth, call(name("collect"), [member(name("S"), long("checkGetUniversalLoginTemplate")), name("value")])),
    returnStatement(depth, call(member(name("S"), long("checkShort")), [name("value"), str(""), NULL])),
    ...forLines(depth, "i1", num(0), member(v, "length"), [declaration(inner, "v6", index(v, name("i1")), "unknown")]),
    ...forLines(depth, "i2", num(2), member(name(long("items")), "length"), []),
    ...forInLines(depth, "k1", v, switchLines(inner, name("k1"), [str("a"), str(long("a-long-key"))], [`${"  ".repeat(inner + 2)}continue;`])),
    ...blockLines(depth, [assignment(inner, "ok", fail("must NOT have additional properties"))]),
  ];
}

/** Depth levels of nested blocks around the statements, so prettier sees them where they stand. */
function nested(depth: number, lines: string[]): string {
  const open = Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}{`);
  const close = Array.from({ length: depth }, (_, level) => `${"  ".repeat(depth - 1 - level)}}`);
  return [...open, ...lines, ...close].join("\n");
}

describe("validator code layout", () => {
  it("prints every statement as prettier does, at every depth", async () => {
    const source = [...Array(37).keys()].map((depth) => nested(depth, statementsAt(depth))).join("\n\n") + "\n";
    const formatted = await prettier.format(source, PRETTIER_OPTIONS);
    const ours = source.split("\n");
    const theirs = formatted.split("\n");
    const line = ours.findIndex((text, i) => text !== theirs[i]);
    expect(line === -1 ? "" : `line ${line + 1}\n${ours.slice(line - 3, line + 4).join("\n")}\n--- prettier:\n${theirs.slice(line - 3, line + 4).join("\n")}`).toBe("");
  });

  it("prints function signatures as prettier does", async () => {
    const source = ["checkUser", long("checkEventStreamCloudEventUserDeletedObject")]
      .map((functionName) => printFunction(`export function ${functionName}`, ["v: unknown", "p: string", "e: ValidationError[] | null", "open = false"], "boolean", ["  return true;"]))
      .join("\n\n");
    expect(await prettier.format(source, PRETTIER_OPTIONS)).toBe(`${source}\n`);
  });

  it("prints its documents as prettier's own printer does", () => {
    const expressions = [
      not(check(member(name("S"), long("checkX")))),
      plus([conditional(call(name(long("checkOne$1")), [v, str(""), NULL]), num(1), num(0)), conditional(call(name(long("checkTwo$2")), [v, str(""), NULL]), num(1), num(0))]),
      construct(name("Set"), [array([...Array(40).keys()].map((i) => num(i)))], "unknown"),
      call(member(v, "some"), [arrow("x: unknown", call(name(long("checkContains$2")), [name("x"), str(""), NULL]))]),
      index(index(name("operations"), str(long("group"))), str(long("method"))),
    ];
    for (const expr of expressions) {
      for (const indent of [0, 8, 30]) {
        const doc = resolve(printExpression(expr, { kind: "argument" }));
        const theirs = prettierDoc.printer.printDocToString([" ".repeat(indent), { type: "align", n: indent, contents: doc }] as never, { printWidth: 80, tabWidth: 2, useTabs: false } as never).formatted;
        expect(" ".repeat(indent) + printDoc(doc, indent)).toBe(theirs);
      }
    }
  });
});

/** The document with every lazy part built: what prettier's printer can read. */
function resolve(doc: Doc): Doc {
  if (typeof doc === "string") return doc;
  if (Array.isArray(doc)) return doc.map(resolve);
  switch (doc.type) {
    case "lazy":
      return resolve(expanded(doc));
    case "group":
      return { ...doc, contents: resolve(doc.contents), expandedStates: doc.expandedStates?.map(resolve) };
    case "fill":
      return { ...doc, parts: doc.parts.map(resolve) };
    case "if-break":
      return { ...doc, breakContents: resolve(doc.breakContents), flatContents: resolve(doc.flatContents) };
    case "indent":
    case "align":
    case "indent-if-break":
      return { ...doc, contents: resolve(doc.contents) };
    case "line":
      return doc;
  }
}
