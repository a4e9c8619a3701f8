/** Top self-time entries of a V8 `.cpuprofile` (what `deno run --cpu-prof` writes), for the bench notes. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** A V8 CPU profile: nodes and the node each sample landed in. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Where a frame lives, shortened: the project file, or the npm package, or Deno's internals. */
function shortPlace(url: string): string {
  if (url === "") return "";
  const npm = /node_modules\/(?:\.deno\/)?([^/@]+(?:@[^/]+)?)/.exec(url) ??
    /registry\.npmjs\.org\/([^/]+)/.exec(url);
  if (npm) return `npm:${npm[1]}`;
  const own = /\/(src\/.*|main\.ts|scripts\/.*)$/.exec(url);
  if (own) return own[1] as string;
  return url.replace(/^.*\/(ext|runtime)\//, "$1/");
}

/**
 * Percent of all samples and of busy samples (not `(idle)`) per function, highest self time first.
 * Functions are keyed by name, place and line so that two anonymous closures stay apart.
 */
export function summarizeCpuProfile(profile: CpuProfile, top: number): string {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byNode.get(id)?.callFrame;
    const place = frame ? shortPlace(frame.url) : "";
    const key = `${frame?.functionName || "(anonymous)"} ${place}${
      place ? `:${(frame?.lineNumber ?? 0) + 1}` : ""
    }`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const idle = [...counts].filter(([k]) => k.startsWith("(idle)")).reduce((sum, [, n]) => sum + n, 0);
  const busy = total - idle;
  const rows = [...counts].filter(([k]) => !k.startsWith("(idle)")).sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = rows.map(([key, n]) =>
    `${(100 * n / total).toFixed(1).padStart(5)} % ${(100 * n / busy).toFixed(1).padStart(5)} %  ${key}`
  );
  return [`${total} samples, ${(100 * busy / total).toFixed(1)} % busy; self time: % all, % busy`, ...lines]
    .join(
      "\n",
    );
}

/** A profile node with its children, as `--cpu-prof` writes them. */
interface TreeNode extends ProfileNode {
  children?: number[];
}

/**
 * Self time per place (project file, npm package, Deno extension) and inclusive time of the project's own
 * functions, as % of busy samples: the top self entries alone scatter a cost over many small internals.
 */
export function summarizeByPlace(profile: CpuProfile, top: number): string {
  const nodes = new Map((profile.nodes as TreeNode[]).map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of nodes.values()) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (const id of profile.samples) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    busy++;
    const place = shortPlace(frame.url) || frame.functionName;
    const group = place.startsWith("src/") || place.startsWith("npm:") ? place : place.split("/")[0] + "/" +
      (place.split("/")[1] ?? "");
    self.set(group, (self.get(group) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at)!.callFrame;
      const own = shortPlace(f.url);
      if (!own.startsWith("src/")) continue;
      const key = `${f.functionName || "(anonymous)"} ${own}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
    }
  }
  const table = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, n]) =>
      `${(100 * n / busy).toFixed(1).padStart(5)} %  ${k}`
    );
  return [
    "self time by place, % busy:",
    ...table(self),
    "inclusive time of own functions, % busy:",
    ...table(inclusive),
  ]
    .join("\n");
}
