// Reads a spec's text from a file path or an http(s) URL, with clear errors for each failure.
import { readFile } from "node:fs/promises";
import { GenError, ExitCode } from "../diagnostics.js";

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export async function readSource(source: string): Promise<string> {
  return isUrl(source) ? readUrl(source) : readPath(source);
}

async function readPath(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === "ENOENT";
    throw new GenError(
      [
        {
          code: missing ? "GEN_SPEC_NOT_FOUND" : "GEN_SPEC_UNREADABLE",
          severity: "error",
          message: missing ? `Spec file not found: ${path}` : `Cannot read spec file ${path}: ${code ?? error}`,
          location: path,
          hint: missing ? "Check the --spec path (relative paths resolve from the current directory)." : "Check the file's permissions.",
        },
      ],
      ExitCode.inputNotFound,
    );
  }
}

async function readUrl(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw unreachable(url, (error as Error).message);
  }
  if (!response.ok) throw unreachable(url, `HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

function unreachable(url: string, reason: string): GenError {
  return new GenError(
    [
      {
        code: "GEN_SPEC_UNREACHABLE",
        severity: "error",
        message: `Cannot fetch spec from ${url}: ${reason}`,
        location: url,
        hint: "Check the URL and your network, or download the spec and pass its path.",
      },
    ],
    ExitCode.inputNotFound,
  );
}
