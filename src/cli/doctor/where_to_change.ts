import type { Config } from "../../config/config_schema.ts";

/**
 * Names the place to change for a backend's server: the container spec key when the router runs it
 * (`containers.chat-8b.cmd in profile "thor"`), else the server the backend's URL points at.
 */
export function toContainerKey(
  config: Config,
  { backend, field }: { backend: string; field: "cmd" | "image" },
): string {
  const container = config.backends[backend]?.container;
  const profile = config.supervisor.profile;
  if (container && profile) return `containers.${container}.${field} in profile "${profile}"`;
  const url = config.backends[backend]?.urls[0] ?? "";
  return field === "cmd" ? `the command line of the server at ${url}` : `the image of the server at ${url}`;
}
