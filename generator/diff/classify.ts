// How bad each change is for someone whose code calls the generated client, and why.
//
// The same schema change means opposite things on the two sides of a call: a wider type is fine
// for values the caller sends (more is accepted) and a hazard for values it reads (its code may
// not handle the new values). Each rule below therefore gives a verdict per direction; a type used
// both ways takes the worse one.
import type { Change, ChangeKind, Finding, SemverBump, Severity } from "./changes.js";

interface Verdict {
  severity: Severity;
  reason: string;
}

type Side = "request" | "response";

const RANK: Record<Severity, number> = { "non-breaking": 0, "needs-review": 1, breaking: 2 };

const breaking = (reason: string): Verdict => ({ severity: "breaking", reason });
const review = (reason: string): Verdict => ({ severity: "needs-review", reason });
const safe = (reason: string): Verdict => ({ severity: "non-breaking", reason });

/** The verdict for one side of the call. Rules that do not depend on the side ignore it. */
function judge(f: Finding, side: Side): Verdict {
  const sending = side === "request";
  switch (f.kind) {
    case "operation-added":
      return safe("a new method; existing code is unaffected");
    case "operation-removed":
      return breaking("calls to this method no longer compile");
    case "operation-moved":
      return breaking("the method moved; calls at its old place no longer compile");
    case "positional-parameters-changed":
      return breaking("the method's positional arguments changed; existing calls pass the wrong arguments");
    case "positional-parameter-renamed":
      return safe("positional argument names are not part of a call");
    case "parameter-added":
      return f.required ? breaking("existing calls lack this now-required parameter") : safe("optional; existing calls are unaffected");
    case "parameter-removed":
      return breaking("calls that pass it no longer compile");
    case "parameter-renamed":
      return breaking("calls that pass the old name no longer compile");
    case "parameter-required":
      return breaking("calls that omit it no longer compile");
    case "parameter-optional":
      return safe("existing calls still compile");
    case "request-parameters-type-renamed":
      return breaking("code that names the old type no longer compiles");
    case "request-body-added":
      return f.required ? breaking("existing calls lack the now-required body") : safe("optional; existing calls are unaffected");
    case "request-body-removed":
      return breaking("calls that pass a body no longer compile");
    case "request-body-required":
      return breaking("calls that omit the body no longer compile");
    case "request-body-optional":
      return safe("existing calls still compile");
    case "result-changed":
      return f.from === "void"
        ? review("the method now resolves to a value instead of nothing")
        : breaking("code using the result gets a different type");
    case "pagination-changed":
      return review("the list method pages differently; code iterating its results may need changes");
    case "schema-added":
      return safe("a new exported type");
    case "schema-removed":
      return breaking("code that imports this type no longer compiles");
    case "property-added":
      if (!sending) return safe("responses carry more data; code reading them is unaffected");
      return f.required ? breaking("objects built without it no longer compile") : safe("optional; existing objects still compile");
    case "property-removed":
      if (!sending) return breaking("code reading it no longer compiles");
      return f.openObject
        ? review("still accepted as an extra key, but the server may ignore it")
        : breaking("objects that set it no longer compile");
    case "property-required":
      return sending ? breaking("objects built without it no longer compile") : safe("it is now always present");
    case "property-optional":
      return sending ? safe("existing objects still compile") : breaking("it may now be missing; code using it without a check no longer compiles");
    case "type-widened":
      return sending ? safe("more values are accepted than before") : breaking("code reading it may receive values it does not handle");
    case "type-narrowed":
      return sending ? breaking("values accepted before are now rejected") : safe("fewer kinds of value are returned than before");
    case "type-changed":
      return breaking("the type changed incompatibly");
    case "type-renamed":
      return safe("the same shape under another type name");
    case "enum-value-added":
      return sending ? safe("one more value is accepted") : review("code that switches over every value misses the new one");
    case "enum-value-removed":
      return sending ? breaking("calls passing this value no longer compile") : safe("one value fewer can be returned");
    case "additional-properties-changed":
      return sending && f.to === "no extra properties" ? review("objects with extra keys no longer compile") : safe("known properties are unchanged");
    case "default-changed":
      return sending ? review("calls that leave it out now get a different server-side default") : safe("defaults only matter for values sent");
    case "lifecycle-changed":
      return judgeLifecycle(f.from ?? "GA", f.to ?? "GA");
  }
}

function judgeLifecycle(from: string, to: string): Verdict {
  if (to === "deprecated") return review("deprecated: it still works, but plan to move off it");
  if (to === "GA") return safe(`${from} → GA: now generally available`);
  if (from === "GA" || from === "deprecated") return review(`now marked ${to}: its shape may change without a major version`);
  return safe(`moved between pre-release stages (${from} → ${to})`);
}

export function classify(finding: Finding): Change {
  const { severity, reason } = verdictFor(finding);
  // Fixed key order, so the JSON report reads the same for every change.
  const { kind, location, direction, detail, ...context } = finding;
  return { severity, kind, location, direction, detail, reason, ...context };
}

function verdictFor(f: Finding): Verdict {
  switch (f.direction) {
    case "request":
    case "response":
      return judge(f, f.direction);
    case "both":
      return worse(judge(f, "request"), judge(f, "response"));
    case "unused": {
      // No operation reaches the type: only code that imports it by name can notice.
      const verdict = worse(judge(f, "request"), judge(f, "response"));
      if (verdict.severity !== "breaking" || f.kind === "schema-removed") return verdict;
      return review(`no operation uses this type; code that uses it directly: ${verdict.reason}`);
    }
  }
}

function worse(a: Verdict, b: Verdict): Verdict {
  return RANK[b.severity] > RANK[a.severity] ? b : a;
}

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Kinds that add to the surface: without anything breaking, they call for a minor version. */
const ADDITIVE: ReadonlySet<ChangeKind> = new Set([
  "operation-added",
  "parameter-added",
  "request-body-added",
  "schema-added",
  "property-added",
  "type-widened",
  "enum-value-added",
  "additional-properties-changed",
]);

/**
 * Semantic versioning for the SDK: anything breaking is a major version; new methods, types,
 * properties or accepted values a minor one; the rest (lifecycle marks, narrower responses,
 * renamed types of the same shape) a patch. Changes needing review count as minor until someone
 * decides they break.
 */
export function suggestBump(changes: Change[]): SemverBump {
  if (changes.length === 0) return "none";
  if (changes.some((c) => c.severity === "breaking")) return "major";
  if (changes.some((c) => c.severity === "needs-review" || ADDITIVE.has(c.kind))) return "minor";
  return "patch";
}
