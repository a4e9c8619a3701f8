import { deepEqual } from "node:assert/strict";
import { dirname, join, normalize } from "node:path";

/**
 * The layers of the house style, top to bottom (docs/development.md). A file may import files of its own folder (or, at the `src/`
 * root, itself only) and of any LOWER layer; never a layer above or beside it. Every folder and root file
 * under `src/` must be placed here, so a new one is a decision, not an accident.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["src/assemble_router.ts"],
  ["src/app.ts", "src/cli/"],
  ["src/server/"],
  // Translators at the edge of the chat pipeline: a request half into it, a response half from its answer.
  ["src/responses/", "src/ollama/", "src/realtime/"],
  ["src/chat/", "src/status/"],
  // The improvement loop's stage: proposes, evaluates and installs prompts from the review's findings.
  ["src/improve/"],
  ["src/stats/", "src/review/", "src/eval/"],
  ["src/users/", "src/classifier/", "src/build_router_state.ts"],
  ["src/logs/", "src/simulator/", "src/router_state.ts"],
  ["src/backends/"],
  ["src/routing/", "src/audio/", "src/supervisor/"],
  // The way every upstream answer comes back (guarded reads, the SSE reader, stream rewrites): low enough that
  // backends and the supervisor read their answers through it too.
  ["src/relay/"],
  ["src/config/", "src/metrics/"],
  // Personal data detection and redaction: pure, imports nothing of the router (the config names its countries).
  ["src/privacy/"],
  // The manual clock stands in for the clock in tests; its own test sits above it.
  ["src/manual_clock_test.ts"],
  ["src/manual_clock.ts"],
  [
    "src/api_error.ts",
    "src/clip_for_echo.ts",
    "src/logger.ts",
    "src/concat_bytes.ts",
    "src/base64.ts",
    "src/to_percentile.ts",
    "src/clock.ts",
  ],
];

/** One `import`/`export … from` of a file: the file that imports and the file it names. */
export interface Import {
  from: string;
  to: string;
  specifier: string;
}

const IMPORT = /^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*\(?\s*["']([^"']+)["']/gms;

/** The relative imports of one source text, resolved to repository paths. */
export function readImports(path: string, text: string): Import[] {
  const found: Import[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? "";
    if (!specifier.startsWith(".")) continue;
    found.push({ from: path, to: normalize(join(dirname(path), specifier)), specifier });
  }
  return found;
}

/** The unit (folder with a trailing slash, or a root file) a path belongs to, and its layer's index. */
function placeOf(path: string, layers: readonly (readonly string[])[]) {
  for (const [index, units] of layers.entries()) {
    const unit = units.find((u) => u.endsWith("/") ? path.startsWith(u) : path === u);
    if (unit) return { unit, index };
  }
  return undefined;
}

/** Every import that runs up or sideways between layers, or touches an unplaced file, as readable lines. */
export function findLayerViolations(imports: readonly Import[], layers = LAYERS): string[] {
  const problems = new Set<string>();
  for (const { from, to, specifier } of imports) {
    if (!to.startsWith("src/")) continue;
    const source = placeOf(from, layers);
    const target = placeOf(to, layers);
    if (!source) problems.add(`${from} is in no layer of tests/architecture_test.ts`);
    else if (!target) problems.add(`${to} is in no layer of tests/architecture_test.ts`);
    else if (source.unit !== target.unit && target.index <= source.index) {
      const way = target.index === source.index ? "beside it" : "above it";
      problems.add(`${from} imports "${specifier}": ${target.unit} is ${way} (layer of ${source.unit})`);
    }
  }
  return [...problems];
}

/** Every import cycle between files, each as the files of the loop (`a -> b -> a`). */
export function findCycles(imports: readonly Import[]): string[] {
  const edges = new Map<string, string[]>();
  for (const { from, to } of imports) edges.set(from, [...edges.get(from) ?? [], to]);
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" -> "));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of [...edges.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** The house style keeps files under ~200 lines; a product file over this gets a second look and a split. */
const MAX_FILE_LINES = 300;

/**
 * Product files still over the limit, each being split on its own branch; the list empties as they land.
 * A file here that has shrunk under the limit fails the test too, so the list cannot go stale.
 */
const OVERSIZED_BEING_SPLIT: readonly string[] = [];

/** Every product file (not `_test.ts`) over `maxLines`, as `path: N lines`, sorted by path. */
export function findOversizedFiles(files: ReadonlyMap<string, string>, maxLines = MAX_FILE_LINES): string[] {
  const found: string[] = [];
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (path.endsWith("_test.ts")) continue;
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    if (lines > maxLines) found.push(`${path}: ${lines} lines`);
  }
  return found;
}

/** The text of every `.ts` file under `src/`, by repository path. */
async function readSourceFiles(): Promise<Map<string, string>> {
  const root = new URL("../", import.meta.url).pathname;
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for await (const entry of Deno.readDir(join(root, dir))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory) await walk(path);
      else if (path.endsWith(".ts")) files.set(path, await Deno.readTextFile(join(root, path)));
    }
  };
  await walk("src");
  return files;
}

async function readSourceImports(): Promise<Import[]> {
  return [...await readSourceFiles()].flatMap(([path, text]) => readImports(path, text));
}

Deno.test("every import under src/ runs down the layers", async () => {
  deepEqual(findLayerViolations(await readSourceImports()), []);
});

Deno.test("no two files under src/ import each other, directly or around a loop", async () => {
  deepEqual(findCycles(await readSourceImports()), []);
});

Deno.test(`no product file under src/ is over ${MAX_FILE_LINES} lines`, async () => {
  const oversized = findOversizedFiles(await readSourceFiles());
  const allowed = oversized.filter((line) =>
    OVERSIZED_BEING_SPLIT.some((path) => line.startsWith(`${path}:`))
  );
  deepEqual(oversized.filter((line) => !allowed.includes(line)), []);
  deepEqual(
    allowed.length,
    OVERSIZED_BEING_SPLIT.length,
    "a file of OVERSIZED_BEING_SPLIT is now short: drop it",
  );
});

Deno.test("findOversizedFiles() names each long product file with its count, not tests", () => {
  const files = new Map([
    ["src/b.ts", "x\n".repeat(4)],
    ["src/a.ts", "x\n".repeat(3)],
    ["src/a_test.ts", "x\n".repeat(9)],
    ["src/c.ts", "x\nx"],
  ]);
  deepEqual(findOversizedFiles(files, 2), ["src/a.ts: 3 lines", "src/b.ts: 4 lines"]);
});

Deno.test("findLayerViolations() names the file and the import that runs up a layer", () => {
  const imports = readImports("src/backends/x.ts", `import { a } from "../server/api.ts";\nimport "./y.ts";`);
  deepEqual(findLayerViolations(imports), [
    `src/backends/x.ts imports "../server/api.ts": src/server/ is above it (layer of src/backends/)`,
  ]);
  deepEqual(
    findLayerViolations(readImports("src/audio/a.ts", `export { b } from\n  "../supervisor/b.ts";`)),
    [
      `src/audio/a.ts imports "../supervisor/b.ts": src/supervisor/ is beside it (layer of src/audio/)`,
    ],
  );
  deepEqual(findLayerViolations(readImports("src/new/a.ts", `import type { C } from "../config/c.ts";`)), [
    "src/new/a.ts is in no layer of tests/architecture_test.ts",
  ]);
});

Deno.test("findCycles() names the files of a loop", () => {
  const imports = [
    ...readImports("src/chat/a.ts", `import { b } from "./b.ts";`),
    ...readImports("src/chat/b.ts", `import type { C } from "./c.ts";`),
    ...readImports("src/chat/c.ts", `import { a } from "./a.ts";`),
  ];
  deepEqual(findCycles(imports), ["src/chat/a.ts -> src/chat/b.ts -> src/chat/c.ts -> src/chat/a.ts"]);
});
