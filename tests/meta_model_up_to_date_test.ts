import { equal, match } from "node:assert/strict";

/** Runs the trainer's check (`deno task meta-model --check`) against a weights file. */
async function check(weights: string): Promise<{ code: number; stdout: string }> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-read",
      "--allow-write",
      "scripts/train_meta_model.ts",
      "--check",
      `--weights=${weights}`,
    ],
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: output.code, stdout: new TextDecoder().decode(output.stdout) };
}

Deno.test("the committed META model is what the corpus trains (run deno task meta-model after changing it)", async () => {
  const committed = "src/routing/meta_model_weights.ts";
  const fresh = await check(committed);
  equal(fresh.code, 0, fresh.stdout);
  match(fresh.stdout, /is up to date/);
  // One changed weight is told apart, so the check above can fail.
  const stale = await Deno.makeTempFile({ suffix: ".ts" });
  try {
    const text = await Deno.readTextFile(new URL(`../${committed}`, import.meta.url));
    await Deno.writeTextFile(
      stale,
      text.replace(/"bias": (-?[\d.]+)/, (_, bias) => `"bias": ${Number(bias) + 0.5}`),
    );
    const changed = await check(stale);
    equal(changed.code, 1);
    match(changed.stdout, /is not what the corpus trains/);
  } finally {
    await Deno.remove(stale);
  }
});
