// One AbortSignal per attempt that fires on the caller's signal OR the timeout, while remembering
// which one fired so the caller gets their own abort reason back and a timeout becomes TimeoutError.
// Written by hand rather than with AbortSignal.any/timeout to keep older runtimes and custom fetch
// implementations working, and so a stream can stop the timer once headers arrive but stay
// cancellable by the caller.

export interface AttemptSignal {
  /** Pass this to fetch. */
  readonly signal: AbortSignal;
  /** True once the timeout (not the caller) aborted the attempt. */
  readonly timedOut: boolean;
  /** True once the caller's signal aborted the attempt. */
  readonly callerAborted: boolean;
  /** Stops the timer but keeps the caller's signal linked (used once a stream starts). */
  clearTimeout(): void;
  /** Aborts the attempt (e.g. a stream closed by the consumer). */
  abort(reason?: unknown): void;
  /** Stops the timer and unlinks the caller's signal; call when the attempt is over. */
  dispose(): void;
}

/** `timeoutMs` of 0, a negative number or Infinity means no timeout. */
export function attemptSignal(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  let callerAborted = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onCallerAbort = () => {
    callerAborted = true;
    controller.abort(callerSignal?.reason);
  };
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });

  if (
    Number.isFinite(timeoutMs) &&
    timeoutMs > 0 &&
    !controller.signal.aborted
  ) {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(
        new DOMException(`Timed out after ${timeoutMs} ms`, "TimeoutError"),
      );
    }, timeoutMs);
  }

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    get callerAborted() {
      return callerAborted;
    },
    clearTimeout: stopTimer,
    abort(reason?: unknown) {
      controller.abort(reason);
    },
    dispose() {
      stopTimer();
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** Rejects with the caller's abort reason as soon as `signal` fires, else settles like `promise`. */
export function raceSignal<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
