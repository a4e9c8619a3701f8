import { clipForEcho } from "../clip_for_echo.ts";

/**
 * How deep a request may nest objects and arrays. Real bodies stay far below it (a message part with an
 * image URL is 5 levels, a tool's JSON schema rarely 15); 8,000 levels overflowed the stack in
 * `JSON.stringify` on the way upstream and lost the session log (docs/decisions.md, "Request bodies").
 */
export const MAX_JSON_DEPTH = 64;

/** Path segments kept when naming a too-deep field: enough to find it, short enough to echo. */
const NAMED_SEGMENTS = 3;

/**
 * The path of the first field nested deeper than `maxDepth` levels (the body itself is level 0), e.g.
 * `messages.0.content`, or undefined when none is. Walks with its own stack, so it never overflows.
 */
export function findDeepNesting(body: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const stack: Array<{ value: unknown; depth: number; path: string[] }> = [{
    value: body,
    depth: 0,
    path: [],
  }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as (typeof stack)[number];
    if (typeof value !== "object" || value === null) continue;
    if (depth > maxDepth) return clipForEcho(path.join("."));
    for (const [key, child] of Object.entries(value)) {
      if (typeof child !== "object" || child === null) continue;
      const childPath = path.length < NAMED_SEGMENTS ? [...path, key] : path;
      stack.push({ value: child, depth: depth + 1, path: childPath });
    }
  }
  return undefined;
}
