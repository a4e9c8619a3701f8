import type { z } from "zod";
import { suggestKey } from "./suggest_key.ts";

type Schema = z.core.$ZodType;
type Path = readonly PropertyKey[];

/**
 * Formats zod issues as `path.to.value: message`, joined by "; ". An unknown key (the config's objects are
 * strict) gets a line of its own with the closest key `schema` knows at that place, or the list of them:
 * `users.members.ann.cloudAlowed: unknown key, did you mean "cloudAllowed"?`.
 */
export function formatConfigIssues(issues: readonly z.core.$ZodIssue[], schema?: Schema): string {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = schema ? collectKeys(schema, issue.path) : [];
      return issue.keys.map((key) => `${joinPath([...issue.path, key])}: ${describeUnknownKey(key, known)}`);
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // The option with the fewest complaints is the one the writer most likely meant.
      const closest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      const nested = closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
      return [formatConfigIssues(nested, schema)];
    }
    if (issue.code === "invalid_key" && issue.issues.length > 0) {
      // A record key that breaks its pattern: the pattern's own message says what a name may be.
      return [`${joinPath(issue.path)}: ${issue.issues.map((inner) => inner.message).join(", ")}`];
    }
    const path = joinPath(issue.path);
    return [path ? `${path}: ${issue.message}` : issue.message];
  }).join("; ");
}

function joinPath(path: Path): string {
  return path.map(String).join(".");
}

function describeUnknownKey(key: string, known: readonly string[]): string {
  const suggestion = suggestKey(key, known);
  if (suggestion !== undefined) return `unknown key, did you mean "${suggestion}"?`;
  return known.length > 0 ? `unknown key (known here: ${known.join(", ")})` : "unknown key";
}

/** The keys the object schema at `path` allows; union options contribute all of theirs. */
function collectKeys(schema: Schema, path: Path): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const [head, ...rest] = path;
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, Schema>;
      if (head === undefined) return Object.keys(shape);
      const child = shape[String(head)];
      return child ? collectKeys(child, rest) : [];
    }
    case "record":
      return head === undefined ? [] : collectKeys(def.valueType as Schema, rest);
    case "array":
      return head === undefined ? [] : collectKeys(def.element as Schema, rest);
    case "union":
      return [...new Set((def.options as Schema[]).flatMap((option) => collectKeys(option, path)))];
    case "pipe":
      return collectKeys(def.in as Schema, path);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return collectKeys(def.innerType as Schema, path);
    default:
      return [];
  }
}
