// The public surface of index.ts for one component schema: `validateX` collects every error,
// `isX` is a type guard narrowing to the generated type. Printed here rather than in the template
// because their layout depends on the length of the type's name: one line each where it fits,
// else broken as prettier breaks them (nothing in them breaks any further).
import { PRINT_WIDTH } from "./code/printDoc.js";

export function printGuardFunctions(typeName: string, checkFunctionName: string): string {
  const check = `S.${checkFunctionName}`;
  return [
    signature(`export function validate${typeName}`, "ValidationResult"),
    returnedCall("collect", [check, "value"]),
    "}",
    signature(`export function is${typeName}`, `value is T.${typeName}`),
    returnedCall(check, ["value", '""', "null"]),
    "}",
  ].join("\n");
}

/** `head(value: unknown): returnType {`, the parameter on a line of its own when that does not fit. */
function signature(head: string, returnType: string): string {
  const oneLine = `${head}(value: unknown): ${returnType} {`;
  return oneLine.length <= PRINT_WIDTH ? oneLine : `${head}(\n  value: unknown,\n): ${returnType} {`;
}

/** `  return callee(a, b);`, one argument a line when that does not fit. */
function returnedCall(callee: string, args: string[]): string {
  const oneLine = `  return ${callee}(${args.join(", ")});`;
  return oneLine.length <= PRINT_WIDTH ? oneLine : `  return ${callee}(\n${args.map((arg) => `    ${arg},`).join("\n")}\n  );`;
}
