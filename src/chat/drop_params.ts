/**
 * Removes the named fields from an upstream body (a backend's `dropParams`) and returns those that were
 * there, so the session log can say what the backend did not get.
 */
export function dropParams(body: Record<string, unknown>, names: readonly string[]): string[] {
  const dropped = names.filter((name) => name in body);
  for (const name of dropped) delete body[name];
  return dropped;
}
