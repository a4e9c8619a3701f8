/**
 * Lists every repository and client name the META corpus and the blind rounds already hold, for the brief of a new
 * blind round: a client on this list is not unseen. Read from the data itself (the corpus' `source.repo` and
 * `client` fields, every round's lines), not from the scripts that render the corpus: the eighth session built
 * its list from those scripts, and 8 of its 90 "unseen" clients were in the corpus (docs/routing.md, "Blind
 * rounds 132–153"). The four studied clients have no repository in their corpus lines and are added by hand.
 *
 * Run: `deno run --allow-read scripts/meta_corpus/list_known_clients.ts > known.txt` (one lower-cased repository
 * per line, then `client: <name>` lines).
 */
import { parseMetaCorpus } from "../../src/eval/run_meta_eval.ts";

/** Open WebUI, Continue, Chatbox and NextChat (`src/routing/meta_studied_clients.ts`). */
const STUDIED = [
  "open-webui/open-webui",
  "continuedev/continue",
  "chatboxai/chatbox",
  "chatgptnextweb/nextchat",
];

const repositories = new Set(STUDIED);
const clients = new Set<string>();

/** Adds a line's repository (`source.repo`) and client name. */
function add(line: string): void {
  if (line.trim() === "" || line.trimStart().startsWith("//")) return;
  const value = JSON.parse(line) as { client?: string; source?: { repo?: string } };
  if (typeof value.source?.repo === "string") repositories.add(value.source.repo.toLowerCase());
  if (typeof value.client === "string" && value.client !== "user") clients.add(value.client);
}

const corpus = new URL("../../tests/fixtures/meta_corpus.jsonl", import.meta.url);
const corpusText = Deno.readTextFileSync(corpus);
parseMetaCorpus(corpusText, corpus.pathname); // fails on a malformed corpus before anything is listed
corpusText.split("\n").forEach(add);
for (const entry of Deno.readDirSync(new URL("./rounds/", import.meta.url))) {
  if (entry.name.endsWith(".jsonl")) {
    Deno.readTextFileSync(new URL(`./rounds/${entry.name}`, import.meta.url)).split("\n").forEach(add);
  }
}

const lines = [...[...repositories].sort(), ...[...clients].sort().map((name) => `client: ${name}`)];
Deno.stdout.writeSync(new TextEncoder().encode(`${lines.join("\n")}\n`));
