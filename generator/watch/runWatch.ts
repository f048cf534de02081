// `gen --watch`: generate once, then again whenever an input changes, until Ctrl-C. A failed run
// (a syntax error in the spec being edited, say) is reported and the watch goes on.
import { watchInputs } from "./watchInputs.js";

export interface WatchLoop {
  /** Files and folders whose changes trigger a run. */
  inputs: string[];
  /** Quiet time after the last change before a run starts. */
  debounceMs: number;
  /** One generation, printing its own result; may throw. */
  run(): Promise<void>;
  /** Prints a failed run's error. */
  reportError(error: unknown): void;
  /** Prints a status line (what is watched, that a change was seen). */
  status(line: string): void;
}

/** Resolves with exit code 0 when the process receives SIGINT or SIGTERM. */
export async function runWatch(loop: WatchLoop): Promise<number> {
  const runSafely = async () => {
    try {
      await loop.run();
    } catch (error) {
      loop.reportError(error);
    }
  };
  await runSafely();
  loop.status(`Watching ${loop.inputs.join(", ")} for changes (Ctrl-C to stop).`);
  const watcher = watchInputs(loop.inputs, loop.debounceMs, async () => {
    loop.status("Input changed; regenerating.");
    await runSafely();
  });
  return new Promise((resolve) => {
    const stop = () => {
      watcher.close();
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
