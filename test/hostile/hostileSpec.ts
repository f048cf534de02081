// A spec written to break generators: spec text that would end comments, open template
// literals, close script tags or start Handlebars expressions; names that are reserved words,
// start with digits or carry `#`, `.`, `-`, `$`; groups named like Object.prototype members; a huge
// enum and deep nesting. Every string that could run as code sets `globalThis.__pwned`.

const PAYLOAD = "globalThis.__pwned = true";
export const HOSTILE_TEXT = [
  `*/ ${PAYLOAD}; /*`,
  "${" + PAYLOAD + "}",
  "`; " + PAYLOAD + "; `",
  `</script><script>${PAYLOAD}</script>`,
  "{{" + PAYLOAD + "}} {{{x}}} {{> partial}}",
  "line\r\nbreak\u2028sep\u0000nul",
  "@param x injected tag",
].join(" | ");

function nested(depth: number): object {
  if (depth === 0) return { type: "string", description: HOSTILE_TEXT };
  return { type: "object", description: HOSTILE_TEXT, properties: { [`level${depth}`]: nested(depth - 1) } };
}

const hostileProperties = {
  default: { type: "string" },
  "delete": { type: "boolean" },
  constructor: { type: "string" },
  __proto__: { type: "string" },
  "1st": { type: "integer" },
  "x5t#S256": { type: "string" },
  "org.iso.18013.5.1.mDL": { type: "string" },
  "pre-user-registration": { type: "string" },
  $ref_like: { type: "string" },
  "a/b~c": { type: "string" },
  "quote\"back\\slash": { type: "string" },
  "`tick`": { type: "string", pattern: "^[^`]*$" },
};

export function hostileSpec(): object {
  const bigEnum = Array.from({ length: 3000 }, (_, i) => `value-${i}-${i % 7 === 0 ? "*/" : i % 5 === 0 ? "${x}" : "ok"}`);
  return {
    openapi: "3.1.0",
    info: { title: `Hostile ${HOSTILE_TEXT}`, version: "1.0.0", description: HOSTILE_TEXT },
    servers: [{ url: "https://{tenant}.example.com/api", variables: { tenant: { default: "demo" } } }],
    paths: {
      "/things/{id}/parts/{part_id}": {
        get: {
          operationId: "get_thing_part",
          summary: HOSTILE_TEXT,
          description: HOSTILE_TEXT,
          "x-operation-group": ["constructor", "prototype"],
          "x-operation-name": "delete",
          parameters: [
            { name: "id", in: "path", required: true, description: HOSTILE_TEXT, schema: { type: "string" } },
            { name: "part_id", in: "path", required: true, schema: { type: "string" } },
            { name: "filter[name]", in: "query", description: HOSTILE_TEXT, schema: { type: "string" } },
            { name: "class", in: "query", schema: { type: "array", items: { type: "string" } }, style: "form", explode: true },
          ],
          responses: { "200": { description: HOSTILE_TEXT, content: { "application/json": { schema: { $ref: "#/components/schemas/Weird-Name.v2" } } } } },
        },
        post: {
          operationId: "1-create$thing",
          summary: "Create",
          "x-operation-group": "__proto__",
          "x-operation-name": "import",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "part_id", in: "path", required: true, schema: { type: "string" } },
          ],
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/class" } } } },
          responses: { "201": { description: "made", content: { "application/json": { schema: { $ref: "#/components/schemas/Deep" } } } } },
        },
      },
      "/enum": {
        get: {
          operationId: "getEnum",
          "x-operation-group": "toString",
          "x-operation-name": "valueOf",
          parameters: [{ name: "kind", in: "query", schema: { $ref: "#/components/schemas/HugeEnum" } }],
          responses: { "204": { description: "none" } },
        },
      },
    },
    components: {
      schemas: {
        "Weird-Name.v2": { type: "object", description: HOSTILE_TEXT, additionalProperties: false, properties: hostileProperties },
        class: { type: "object", required: ["default"], properties: { ...hostileProperties, note: { type: "string", description: HOSTILE_TEXT, default: HOSTILE_TEXT, pattern: "^[^\\u0000\\r\\n]*$" } } },
        "123Start": { type: "string", enum: ["a\"b", "c\\d", "e\nf", "g\u0000h", "*/", "${x}", "`"] },
        HugeEnum: { type: "string", enum: bigEnum },
        Deep: nested(40),
        "$dollar": { type: "string", const: HOSTILE_TEXT },
        Promise: { type: "object", properties: { then: { type: "string" } } },
      },
    },
  };
}
