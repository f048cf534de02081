// Protected regions: parsing, carrying the user's code over, and hashing without it.
import { describe, expect, it } from "vitest";
import { carryRegions, findRegions, withoutRegionBodies } from "../../generator/write/protectedRegions.js";

const generated = ["// header v2", "// gen:keep-start imports", "// gen:keep-end", "export const a = 2;", "  // gen:keep-start body", "  // gen:keep-end", ""].join("\n");
const onDisk = ["// header v1", "// gen:keep-start imports", 'import { x } from "./x.js";', "// gen:keep-end", "export const a = 1;", "  // gen:keep-start body", "  x();", "", "  // gen:keep-end", ""].join("\n");

describe("protected regions", () => {
  it("finds regions by id, with their exact text", () => {
    expect(findRegions(onDisk)).toEqual(new Map([["imports", 'import { x } from "./x.js";\n'], ["body", "  x();\n\n"]]));
  });

  it("rejects unbalanced or repeated markers", () => {
    expect(findRegions("// gen:keep-start a\n")).toBeUndefined();
    expect(findRegions("// gen:keep-end\n")).toBeUndefined();
    expect(findRegions("// gen:keep-start a\n// gen:keep-start b\n// gen:keep-end\n// gen:keep-end\n")).toBeUndefined();
    expect(findRegions("// gen:keep-start a\n// gen:keep-end\n// gen:keep-start a\n// gen:keep-end\n")).toBeUndefined();
  });

  it("carries the user's code into the regenerated text and takes everything else from it", () => {
    const { text, lost } = carryRegions(generated, onDisk);
    expect(lost).toEqual([]);
    expect(text).toBe(["// header v2", "// gen:keep-start imports", 'import { x } from "./x.js";', "// gen:keep-end", "export const a = 2;", "  // gen:keep-start body", "  x();", "", "  // gen:keep-end", ""].join("\n"));
  });

  it("reports regions with content that the new text no longer has", () => {
    const { lost } = carryRegions("// gen:keep-start imports\n// gen:keep-end\n", onDisk);
    expect(lost).toEqual(["body"]);
  });

  it("hashes the same with or without the user's code", () => {
    expect(withoutRegionBodies(carryRegions(generated, onDisk).text)).toBe(withoutRegionBodies(generated));
    expect(withoutRegionBodies("no regions\n")).toBe("no regions\n");
  });

  it("keeps Windows line endings", () => {
    const crlf = "a\r\n// gen:keep-start r\r\nmine\r\n// gen:keep-end\r\n";
    expect(carryRegions("b\r\n// gen:keep-start r\r\n// gen:keep-end\r\n", crlf).text).toBe("b\r\n// gen:keep-start r\r\nmine\r\n// gen:keep-end\r\n");
  });
});
