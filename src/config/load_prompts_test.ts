import { equal, match, ok, throws } from "node:assert/strict";
import { getPromptText, loadPrompts, parsePrompt } from "./load_prompts.ts";

Deno.test("loadPrompts() loads the embedded tree", async () => {
  const prompts = await loadPrompts();
  for (
    const name of ["routing/system.md", "primary/system.md", "cloud/system.md", "enrichment/injection.md"]
  ) {
    ok(prompts.has(name), name);
    equal(prompts.get(name)?.source, "embedded");
  }
  match(getPromptText(prompts, "routing/system.md"), /ENRICH/);
});

Deno.test("loadPrompts() replaces embedded prompts file by file from the override directory", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${dir}/primary`);
    await Deno.writeTextFile(`${dir}/primary/system.md`, "---\ntone: pirate\n---\nArr, be brief.\n");
    const prompts = await loadPrompts(dir);
    equal(getPromptText(prompts, "primary/system.md"), "Arr, be brief.");
    equal(prompts.get("primary/system.md")?.meta.tone, "pirate");
    equal(prompts.get("primary/system.md")?.source, `${dir}/primary/system.md`);
    equal(prompts.get("cloud/system.md")?.source, "embedded");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("parsePrompt() splits front matter and refuses a non-mapping", () => {
  const prompt = parsePrompt("---\nlabels: [A, B]\n---\nBody\n", "x.md");
  equal(prompt.text, "Body");
  equal((prompt.meta.labels as string[]).length, 2);
  equal(parsePrompt("No front matter", "y.md").text, "No front matter");
  throws(() => parsePrompt("---\n- a list\n---\nBody", "z.md"), /front matter must be a mapping/);
  throws(() => getPromptText(new Map(), "missing.md"), /Cannot find prompt "missing.md"/);
});
