/** A route as Hono lists it (`app.routes`). */
export interface ListedRoute {
  method: string;
  path: string;
}

/** A route's path as a whole-path pattern: `:name` is one segment, `*` anything. */
function toPathPattern(path: string): RegExp {
  const source = path.split("/").map((segment) =>
    segment.startsWith(":")
      ? "[^/]+"
      : segment === "*"
      ? ".*"
      : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  ).join("/");
  return new RegExp(`^${source}$`);
}

/**
 * The methods served at `path`, for a 405 with `Allow` where Ollama's gin router answers one
 * (server/routes.go sets `HandleMethodNotAllowed`). Middleware (`ALL`) serves no method; a `GET` route
 * serves `HEAD` too, as Hono answers it.
 */
export function findAllowedMethods(routes: readonly ListedRoute[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === "ALL" || !toPathPattern(route.path).test(path)) continue;
    methods.add(route.method);
    if (route.method === "GET") methods.add("HEAD");
  }
  return [...methods];
}
