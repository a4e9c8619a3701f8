/** A `/v1/completions` body after the router dealt with its `suffix`, and the note for the session log. */
export interface FimResult {
  body: Record<string, unknown>;
  note?: string;
}

/**
 * Deals with a completion request's `suffix`, which vLLM refuses with 400 ("suffix is not currently
 * supported", vllm-project/vllm serving_completion.py / renderers/online_renderer.py): with the backend's
 * `fimTemplate` the router writes the fill-in-the-middle prompt in the model's own tokens (`{prefix}` and
 * `{suffix}` replaced); without one the suffix is dropped and the prefix continued, with a note.
 */
export function applyFimTemplate(
  body: Record<string, unknown>,
  backend: { name: string; config: { fimTemplate?: string | undefined } },
): FimResult {
  const { suffix, ...rest } = body;
  if (typeof suffix !== "string" || suffix === "") return { body: rest };
  const template = backend.config.fimTemplate;
  if (template === undefined || typeof rest.prompt !== "string") {
    return {
      body: rest,
      note: `${backend.name} was sent the completion without its suffix (no fimTemplate for a string prompt)`,
    };
  }
  // split/join rather than replace(): a `$` in the code must not be read as a replacement pattern.
  const prompt = template.split("{prefix}").join(rest.prompt).split("{suffix}").join(suffix);
  return { body: { ...rest, prompt }, note: `${backend.name} got the suffix inside its fimTemplate prompt` };
}
