// The value every generated method returns: awaiting it gives the parsed body, and
// `.withRawResponse()` gives the body plus status, headers and URL from the same single request.
//
// It implements the Promise interface rather than subclassing Promise: subclasses of Promise run
// their constructor again for every `.then` (species), which would re-enter request logic. The
// request starts immediately, like any promise; the parsed-body promise is derived lazily so a
// caller who only uses `.withRawResponse()` gets no unhandled rejection from the unused branch.

/** The parts of the HTTP response callers usually need. */
export interface RawResponse {
  status: number;
  headers: Headers;
  /** The final URL (after redirects). */
  url: string;
}

export interface WithRawResponse<T> {
  data: T;
  response: RawResponse;
}

export class ApiPromise<T> implements Promise<T> {
  readonly #raw: Promise<WithRawResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(raw: Promise<WithRawResponse<T>>) {
    this.#raw = raw;
  }

  /** The parsed body together with the response's status, headers and URL. */
  withRawResponse(): Promise<WithRawResponse<T>> {
    return this.#raw;
  }

  then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#value().then(onfulfilled, onrejected);
  }

  catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<T | TResult> {
    return this.#value().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#value().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "ApiPromise";
  }

  #value(): Promise<T> {
    return (this.#data ??= this.#raw.then((result) => result.data));
  }
}
