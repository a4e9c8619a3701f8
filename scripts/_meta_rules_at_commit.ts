/**
 * The META rules of another checkout (a commit a blind round was frozen at) run over this checkout's corpus
 * cases of the given rounds, without the learned signal: which each would have found, as JSON
 * `{ "<case id>": true | false }`, for `scripts/_meta_model_rounds.ts`. A round's negatives are the tasks named
 * after it (`blind-14`, `blind-14-pasted-summary`). Usage, with the freeze commits of docs/routing.md:
 * `git worktree add --detach /tmp/freeze-83349a4 83349a4 &&
 *  deno run -A scripts/_meta_rules_at_commit.ts /tmp/freeze-83349a4 blind-14,blind-15 > /tmp/rules_83349a4.json`.
 */
const [checkout, roundList] = Deno.args;
if (!checkout || !roundList) throw new Error("usage: _meta_rules_at_commit.ts <checkout> <round,round…>");
const rounds = roundList.split(",");
const { explainMeta } = await import(`${checkout}/src/routing/detect_meta.ts`);
const corpus = new URL("../tests/fixtures/meta_corpus.jsonl", import.meta.url);
const found: Record<string, boolean> = {};
for (const line of (await Deno.readTextFile(corpus)).split("\n").filter(Boolean)) {
  const item = JSON.parse(line);
  const round = item.kind === "meta" ? item.round : item.task.match(/^blind-\d+/)?.[0];
  if (!rounds.includes(round)) continue;
  const { messages, model, stream, max_tokens: maxTokens, response_format: responseFormat } = item.request;
  // Older commits ignore `metaModel`; they had no learned signal to leave out.
  found[item.id] = explainMeta(
    {
      messages,
      model,
      taskHeader: undefined,
      taskModels: [],
      request: { stream, maxTokens, responseFormat },
    },
    { metaModel: null },
  ) !== undefined;
}
Deno.stdout.writeSync(new TextEncoder().encode(JSON.stringify(found) + "\n"));
