// Watches the inputs of a generation (the spec file, a templates folder, a config file) and calls
// back once they have been quiet for a moment: editors and `git checkout` touch a file several
// times in a row, and one regeneration should follow, not five.
import { statSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";

export interface InputWatcher {
  close(): void;
}

/**
 * Calls `onChange` when `debounceMs` have passed since the last change to any of `paths` (files or
 * folders). Calls never overlap: a change during one schedules exactly one more after it.
 */
export function watchInputs(paths: string[], debounceMs: number, onChange: () => Promise<void>): InputWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let changedWhileRunning = false;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  const fire = async () => {
    if (running) {
      changedWhileRunning = true;
      return;
    }
    running = true;
    try {
      await onChange();
    } finally {
      running = false;
    }
    if (changedWhileRunning) {
      changedWhileRunning = false;
      schedule();
    }
  };

  const watchers = paths.map((path) => watchPath(path, schedule));
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

function watchPath(path: string, onEvent: () => void): FSWatcher {
  const watcher = isDirectory(path)
    ? watch(path, { recursive: true }, onEvent)
    : watchFileByName(path, onEvent);
  // A watched folder that disappears must not end the process; the next run reports the problem.
  watcher.on("error", () => {});
  return watcher;
}

/**
 * Many editors save by writing a new file and renaming it over the old one, which ends a watch on
 * the file itself. Watching its folder and filtering by name survives that.
 */
function watchFileByName(path: string, onEvent: () => void): FSWatcher {
  const name = basename(path);
  return watch(dirname(path), (_event, filename) => {
    if (filename === null || filename === name) onEvent();
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
