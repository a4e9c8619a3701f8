import { parse as parseYaml } from "yaml";

/** One prompt file: its front matter (if any) and the text a model reads. */
export interface Prompt {
  meta: Record<string, unknown>;
  text: string;
  /** Where it came from: `embedded` or the override file's path. */
  source: string;
}

/** Prompts by their path under `prompts/`, e.g. `routing/system.md`. */
export type Prompts = ReadonlyMap<string, Prompt>;

/** The embedded prompt tree; `deno compile --include prompts` ships it inside the binary. */
export const EMBEDDED_PROMPTS_DIR = new URL("../../prompts/", import.meta.url);

/** Splits optional `---` front matter (YAML) from the body. */
export function parsePrompt(text: string, source: string): Prompt {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { meta: {}, text: text.trim(), source };
  const meta = parseYaml(match[1] ?? "") ?? {};
  if (typeof meta !== "object" || Array.isArray(meta)) {
    throw new SyntaxError(`Cannot parse prompt "${source}": front matter must be a mapping`);
  }
  return { meta: meta as Record<string, unknown>, text: text.slice(match[0].length).trim(), source };
}

async function listMarkdown(dir: URL | string, prefix = ""): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const relative = prefix + entry.name;
    if (entry.isDirectory) {
      const child = typeof dir === "string" ? `${dir}/${entry.name}` : new URL(`${entry.name}/`, dir);
      names.push(...await listMarkdown(child, relative + "/"));
    } else if (entry.name.endsWith(".md")) names.push(relative);
  }
  return names;
}

/** Loads the embedded prompts, then replaces each one that `overrideDir` also has. */
export async function loadPrompts(overrideDir?: string): Promise<Prompts> {
  const prompts = new Map<string, Prompt>();
  for (const name of await listMarkdown(EMBEDDED_PROMPTS_DIR)) {
    prompts.set(name, parsePrompt(await Deno.readTextFile(new URL(name, EMBEDDED_PROMPTS_DIR)), "embedded"));
  }
  if (overrideDir === undefined) return prompts;
  for (const name of prompts.keys()) {
    const path = `${overrideDir}/${name}`;
    try {
      prompts.set(name, parsePrompt(await Deno.readTextFile(path), path));
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
  }
  return prompts;
}

/** Returns a prompt's text or throws naming the missing file. */
export function getPromptText(prompts: Prompts, name: string): string {
  const prompt = prompts.get(name);
  if (!prompt) throw new RangeError(`Cannot find prompt "${name}"`);
  return prompt.text;
}
