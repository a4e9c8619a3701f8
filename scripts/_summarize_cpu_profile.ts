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
