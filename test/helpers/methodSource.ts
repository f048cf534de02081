// Cuts one method (its doc comment through its closing brace) out of a generated resource file.
export function methodSource(file: string, operationId: string): string {
  // Prettier may break a long `operationId: "…"` pair over two lines.
  const at = file.search(new RegExp(`operationId:\\s*${JSON.stringify(operationId).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  if (at < 0) throw new Error(`No method for ${operationId}`);
  const start = file.lastIndexOf("\n  /**", at);
  const end = file.indexOf("\n  }\n", at);
  return file.slice(start + 1, end + 4);
}
