// Every way a hook can fail ends the run the same way: GEN_HOOK_FAILED naming the hook, exit 8.
import { ExitCode, GenError } from "../diagnostics.js";

export function hookError(label: string, message: string, hint: string): GenError {
  return new GenError([{ code: "GEN_HOOK_FAILED", severity: "error", message: `The IR hook ${message}`, location: label, hint }], ExitCode.config);
}
