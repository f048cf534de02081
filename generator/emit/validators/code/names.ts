// The names an expression reads: its atoms other than numbers (`true` and `null` count too, which
// is harmless where this serves: telling which parameters a function reads).
import type { Expr } from "./expressions.js";

export function addNamesRead(expr: Expr, names: Set<string>): void {
  switch (expr.kind) {
    case "atom":
      if (!expr.number) names.add(expr.text);
      return;
    case "string":
      return;
    case "member":
      return addNamesRead(expr.object, names);
    case "index":
      addNamesRead(expr.object, names);
      return addNamesRead(expr.index, names);
    case "call":
      addNamesRead(expr.callee, names);
      for (const arg of expr.args) addNamesRead(arg, names);
      return;
    case "unary":
      return addNamesRead(expr.argument, names);
    case "binary":
      addNamesRead(expr.left, names);
      return addNamesRead(expr.right, names);
    case "conditional":
      addNamesRead(expr.test, names);
      addNamesRead(expr.consequent, names);
      return addNamesRead(expr.alternate, names);
    case "arrow":
      return addNamesRead(expr.body, names);
    case "array":
      for (const element of expr.elements) addNamesRead(element, names);
      return;
  }
}
