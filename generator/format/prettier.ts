// Makes generated TypeScript exactly prettier-formatted, without paying prettier for every line.
//
// Prettier on the whole Auth0 client costs ~2 s, most of it on code the emitters already lay out
// the way prettier would (emit/shared/layout.ts). So each file is cut into top-level blocks
// (declarations separated by a blank line); a block whose code lines all fit in 80 columns and
// use only the shapes the emitters lay out themselves is kept as is, and the other blocks of the
// file go through prettier together, in one call. Tests run `prettier --check` over the full output
// of both sample specs, so a shape this shortcut gets wrong fails CI rather than shipping.
import type * as prettier from "prettier";
import { sha256 } from "../hash.js";
import type { GeneratedFile } from "../emit/files.js";
import { PRINT_WIDTH, SIMPLE_TYPE } from "../emit/shared/layout.js";

/** Prettier's defaults, fixed (not read from the user's project) so output is reproducible and `prettier --check` passes. */
export const PRETTIER_OPTIONS: prettier.Options = { parser: "typescript" };

// Imported on first use: a regeneration that reuses every formatted file never pays prettier's start-up.
let prettierModule: Promise<typeof prettier> | undefined;
const loadPrettier = () => (prettierModule ??= import("prettier"));

const BLOCK_BOUNDARY = /\n\n(?=\/\*\*|\/\/|export |import |class |function |const )/;

/**
 * Returns the formatted text of a file whose emitted (unformatted) text hashed to `sourceHash`
 * last time, when it is still on disk untouched: regeneration then skips prettier for it.
 */
export type FormattedLookup = (path: string, sourceHash: string) => string | undefined;

export async function formatFiles(files: GeneratedFile[], reuse?: FormattedLookup): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (file.verbatim || !/\.(ts|mts|cts)$/.test(file.path)) return file;
      const sourceHash = sha256(file.contents);
      const contents = reuse?.(file.path, sourceHash) ?? (await formatTypeScript(file.contents, file.laidOut));
      return { ...file, contents, sourceHash };
    }),
  );
}

export async function formatTypeScript(text: string, laidOut: string[] = []): Promise<string> {
  const blocks = text.replace(/\n+$/, "").split(BLOCK_BOUNDARY);
  const trusted = new Set(laidOut.map((block) => block.replace(/\n+$/, "")));
  // A string literal with an escaped `"` is the one thing the layout rules leave to prettier (it switches the quotes).
  const rough = blocks.flatMap((block, index) => ((trusted.has(block) && !block.includes('\\"')) || isSettled(block) ? [] : [index]));
  if (process.env.GEN_DEBUG_FORMAT) for (const i of rough) process.stderr.write(`--- rough block\n${blocks[i]}\n`);
  if (rough.length === 0) return `${blocks.join("\n\n")}\n`;
  const prettier = await loadPrettier();
  const formatted = (await prettier.format(rough.map((i) => blocks[i]).join("\n\n"), PRETTIER_OPTIONS)).replace(/\n+$/, "").split(BLOCK_BOUNDARY);
  // Prettier may merge or split what looked like blocks (a comment attaching elsewhere, say):
  // then the whole file goes through it, which is always right.
  if (formatted.length !== rough.length) return prettier.format(text, PRETTIER_OPTIONS);
  rough.forEach((blockIndex, k) => (blocks[blockIndex] = formatted[k]));
  return `${blocks.join("\n\n")}\n`;
}

/**
 * A block prettier would leave as it is: code lines within the print width, no tabs or trailing
 * spaces, no string literal with an escaped double quote (prettier would switch its quotes), and
 * one of the shapes the emitters lay out themselves.
 */
function isSettled(block: string): boolean {
  const code = block.split("\n").filter((line) => !/^\s*(\/\*\*|\*|\/\/)/.test(line));
  const first = code[0] ?? "";
  // `createClient`: one line calling the client class.
  if (/^export function \w+\([^()]*\): \w+ \{$/.test(first) && code.length === 3 && /^ {2}return new \w+\(\w+\);$/.test(code[1])) return code[2] === "}";
  // A functions-style operation (templates/client/functions) is a class method one level out:
  // checked as that method, its lines indented by two and `export function` dropped.
  if (/^export function \w+\($|^export function \w+\([^()]*\): [^{}]+( \{|;)$/.test(first)) {
    const asMethod = code.map((line) => (line === "" ? line : `  ${line.replace(/^export function /, "")}`));
    return code.every((line, i) => (line.length <= PRINT_WIDTH || unbreakable(asMethod[i])) && !/\t|\s$|\\"/.test(line)) && asMethod.every((line) => CLASS_LINES.some((shape) => shape.test(line)));
  }
  if (code.some((line) => (line.length > PRINT_WIDTH && !unbreakable(line)) || /\t|\s$|\\"/.test(line))) return false;
  if (importLines(code)) return true;
  if (/^export class \w+ \{$/.test(first)) return code[code.length - 1] === "}" && code.slice(1, -1).every((line) => CLASS_LINES.some((shape) => shape.test(line)));
  if (code.length === 1) return /^(export type \w+ = [^{}]*;|import [^\n]*;|export [^\n]* from "[^"]*";|export interface \w+ \{\})$/.test(first);
  if (/^export type \w+ =$/.test(first)) {
    // Prettier would rather break a generic's arguments than move it to the next line.
    if (code.length === 2) return /^ {2}[^{}|<\s][^{}<]*;$/.test(code[1]);
    return code.slice(1, -1).every((l) => /^ {2}\| [^{}]*$/.test(l)) && /^ {2}\| [^{}]*;$/.test(code[code.length - 1]);
  }
  if (/^export interface \w+ \{$/.test(first)) return code[code.length - 1] === "}" && membersSettled(code.slice(1, -1));
  // An object type, alone or intersected with one named type before or after it (prettier breaks
  // longer intersections differently, so those go through it).
  if (/^export type \w+ = \{$/.test(first)) return /^\}((\[\])?( \| null)?| & [\w$.]+);$/.test(code[code.length - 1]) && membersSettled(code.slice(1, -1));
  if (/^export type \w+ = [\w$.]+(<[\w$., ]*>)? & \{$/.test(first)) return code[code.length - 1] === "};" && membersSettled(code.slice(1, -1));
  // A generic with its type arguments one a line (layout.ts genericLayout).
  if (/^export type \w+ = [\w$.]+<$/.test(first)) {
    return code[code.length - 1] === ">;" && code.slice(1, -1).every((line, i, args) => /^ {2}[\w$.]+(\[\])*$/.test(line.replace(/,$/, "")) && line.endsWith(",") === i < args.length - 1);
  }
  return false;
}

/** Import and re-export lines, each on one line or as `import type {` / `  Name,` … / `} from "m";`. */
function importLines(code: string[]): boolean {
  let open = false;
  for (const line of code) {
    if (open) {
      if (/^\} from "[^"]*";$/.test(line)) open = false;
      else if (!/^ {2}[\w$]+( as [\w$]+)?,$/.test(line)) return false;
    } else if (/^import (type )?\{$/.test(line)) open = true;
    else if (!/^(import|export) .* from "[^"]*";$/.test(line)) return false;
  }
  return !open;
}

/**
 * A line prettier leaves long because nothing in it can break: `key?: LongTypeName;`, a call or
 * return type with a single simple type argument (`return this.#core.request<T.LongName>(`), a
 * declaration head, a one-name import.
 */
function unbreakable(line: string): boolean {
  // A declaration head or a one-name import prettier cannot shorten: `export type LongName =`,
  // `export interface LongName {`, `import { LongName } from "./LongName.js";`.
  if (/^export (type \w+ =|interface \w+ \{)$/.test(line) || /^(import|export) (type )?\{ [\w$]+ \} from "[^"]*";$/.test(line)) return true;
  // A request field with a short key keeps its long string: `path: "/a/long/path",` (propertyLayout).
  if (/^ {8}\w{1,4}: "(?:[^"\\]|\\.)*",$/.test(line)) return true;
  if (/^ {4}return (this\.#core|\w+)\.\w+<[\w$.]+(\[\])*>\($/.test(line) || /^ {2}\): \w+<[\w$.]+(\[\])*>( \{|;)$/.test(line)) return true;
  const member = /^\s+(?:readonly )?[\w$#"?-]+\??: (.*);$/.exec(line);
  return member !== null && SIMPLE_TYPE.test(member[1]);
}

/**
 * The line shapes of a resource or client class as templates/client writes them, with the
 * layout rules of emit/shared/layout.ts. A class with any other line goes to prettier, so an
 * overridden template never yields unformatted output unnoticed by these rules.
 */
const CLASS_LINES = [
  /^ {2}readonly #?\w+: \w+;$/,
  /^ {2}constructor\((core: Core|options: ClientOptions = \{\})\) \{$/,
  /^ {4}this\.#core = core;$/,
  /^ {4}this\.\w+ = new \w+\(core\);$/,
  /^ {4}this\.\w+ =$/,
  /^ {4}this\.\w+ = new \w+\($/,
  /^ {6}core,$/,
  /^ {6}new \w+\(core\);$/,
  /^ {4}const core = new Core\(options, \{$/,
  /^ {4}return new Core\(options, \{$/,
  /^ {6}(defaultBaseUrl|baseUrlForDomain): .*,$/,
  /^ {4}\}\);$/,
  /^ {2}\}$/,
  // A method: the signature on one line, or one parameter a line.
  /^ {2}\w+\([^()]*\): [^{}]+ \{$/,
  /^ {2}\w+\($/,
  /^ {4}\w+\??: [^,]+,$/,
  /^ {2}\): [^{}]+ \{$/,
  // Overload signatures (include_totals): the same shapes ending in `;`.
  /^ {2}\w+\([^()]*\): [^{}]+;$/,
  /^ {2}\): [^{}]+;$/,
  /^ {4}return (this\.#core|\w+)\.\w+(<[^()]*>)?\($/,
  // Type arguments broken one a line (genericLayout): `return this.#core.list<`, `): PagePromise<`.
  /^ {4}return (this\.#core|\w+)\.\w+<$/,
  /^ {2}\): \w+<$/,
  /^ {4,6}[^\s(){}<>,][^(){},]*,?$/,
  /^ {4}>\($/,
  /^ {2}> \{$/,
  /^ {2}>;$/,
  /^ {6}\{$/,
  /^ {8}\w+(: [^{}"]*)?,$/,
  /^ {8}\w+: "(?:[^"\\]|\\.)*",$/,
  /^ {8}\w+: \{ [^{}]* \},$/,
  /^ {8}\w+: \[(?:"[^"\\]*"(?:, )?)*\],$/,
  /^ {8}\w+: \{$/,
  /^ {10}("[^"]*"|\w+)(: [^{}]*)?,$/,
  /^ {8}\},$/,
  /^ {6}\},$/,
  /^ {6}options,$/,
  /^ {4}\);$/,
  // A parameter broken as layout.ts parameterLayout does: `params: P & {` … `},`, `body:` then `| A` lines.
  /^ {4}\w+\??: [^{}]* & \{$/,
  /^ {4}\w+\??:$/,
  /^ {4}\},$/,
  // A request field whose value moved to the next line (propertyLayout).
  /^ {8,10}\w+:$/,
  /^ {10,12}("(?:[^"\\]|\\.)*"|[\w$]+(\??\.[\w$]+)+),$/,
  /^$/,
];

/**
 * Object-type members as the emitters write them: `key: Type;` on one line, the type on the
 * next line(s) (memberLayout), or a nested object type `key: {` … `}` / `}[]` / `} | null;`.
 */
function membersSettled(lines: string[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^( {2})+[^\s{}][^{}]*;$/.test(line)) continue;
    if (/^( {2})+[^\s{}][^{}]*: \{$/.test(line)) continue;
    if (/^( {2})+\}(\[\])?( \| null)?;$/.test(line)) continue;
    if (/^( {2})+[^\s{}][^{}]*:$/.test(line)) {
      // Continuation: `    Type;` or `    | A` … `    | Z;`
      let j = i + 1;
      while (j < lines.length && /^( {2})+\| [^{}]*[^;]$/.test(lines[j])) j++;
      if (j < lines.length && /^( {2})+(\| )?[^{}]*;$/.test(lines[j])) {
        i = j;
        continue;
      }
    }
    return false;
  }
  return true;
}
