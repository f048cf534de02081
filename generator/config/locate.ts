// JSON pointer → line:column in the config file's text, so a config error points where the editor
// can jump to. A member is located at its key (where a wrong or unknown property is written), an
// array item at its first character. Best effort: when a pointer cannot be followed, the deepest
// node reached is returned, or nothing.
import yaml from "js-yaml";

export interface TextPosition {
  line: number;
  column: number;
}

export function locatePointer(text: string, pointer: string, language: "json" | "yaml"): TextPosition | undefined {
  const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  try {
    const offset = language === "json" ? locateInJson(text, segments) : locateInYaml(text, segments);
    return offset === undefined ? undefined : positionOf(text, offset);
  } catch {
    return undefined;
  }
}

function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

/** Walks well-formed JSON (the config already parsed) down the pointer, skipping everything else. */
function locateInJson(text: string, segments: string[]): number | undefined {
  let i = 0;
  const ws = () => {
    while (/\s/.test(text[i] ?? "")) i++;
  };
  const readString = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skipValue = (): void => {
    ws();
    if (text[i] === '"') return void readString();
    if (text[i] === "{" || text[i] === "[") {
      const close = text[i] === "{" ? "}" : "]";
      i++;
      ws();
      while (text[i] !== close) {
        if (close === "}") {
          readString();
          ws();
          i++; // the colon
        }
        skipValue();
        ws();
        if (text[i] === ",") i++;
        ws();
      }
      i++;
      return;
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  };
  ws();
  let found = i;
  for (const segment of segments) {
    ws();
    if (text[i] === "{") {
      i++;
      let hit = false;
      for (ws(); text[i] !== "}"; ws()) {
        const keyAt = i;
        const key = readString();
        ws();
        i++; // the colon
        if (key === segment) {
          [found, hit] = [keyAt, true];
          break;
        }
        skipValue();
        ws();
        if (text[i] === ",") i++;
      }
      if (!hit) return found;
    } else if (text[i] === "[") {
      i++;
      const index = Number(segment);
      for (let n = 0; n < index; n++) {
        skipValue();
        ws();
        if (text[i] !== ",") return found;
        i++;
      }
      ws();
      if (text[i] === "]") return found;
      found = i;
    } else {
      return found;
    }
  }
  return found;
}

interface YamlNode {
  start: number;
  kind?: string;
  result?: unknown;
  children: YamlNode[];
}

/**
 * js-yaml reports each node it composes through its `listener` option (open, then close with the
 * node's kind and value), in document order. Nesting those events gives a tree with start offsets:
 * a mapping's children alternate key, value; a sequence's children are its items.
 */
function locateInYaml(text: string, segments: string[]): number | undefined {
  const top: YamlNode = { start: 0, children: [] };
  const stack = [top];
  yaml.load(text, {
    schema: yaml.JSON_SCHEMA,
    listener(event, state) {
      if (event === "open") {
        const node: YamlNode = { start: state.position, children: [] };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
      } else {
        const node = stack.pop()!;
        node.kind = state.kind ?? undefined;
        node.result = state.result;
      }
    },
  });
  let node = unwrap(top.children[0]);
  let found = node.start;
  for (const segment of segments) {
    let next: YamlNode | undefined;
    if (node.kind === "mapping") {
      for (let k = 0; k + 1 < node.children.length; k += 2) {
        const key = unwrap(node.children[k]);
        if (String(key.result) === segment) {
          found = key.start;
          next = unwrap(node.children[k + 1]);
          break;
        }
      }
    } else if (node.kind === "sequence") {
      next = node.children[Number(segment)] && unwrap(node.children[Number(segment)]);
      if (next) found = next.start;
    }
    if (!next) break;
    node = next;
  }
  return skipBlank(text, found);
}

/** Block sequence items arrive wrapped in a second node holding the same value; look through it. */
function unwrap(node: YamlNode): YamlNode {
  while (node.children.length === 1 && node.children[0].result === node.result && node.children[0].kind === node.kind) node = node.children[0];
  return node;
}

/** Node events start before the separating spaces, line breaks and comments; move to the content. */
function skipBlank(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    while (/[ \t\r\n]/.test(text[i] ?? "")) i++;
    if (text[i] !== "#") return i;
    while (i < text.length && text[i] !== "\n") i++;
  }
}
