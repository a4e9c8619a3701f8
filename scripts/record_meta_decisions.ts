/**
 * Writes tests/fixtures/meta_decisions.jsonl: what the rule stage decides (rule, marker, signals, score, near
 * miss, held-out marker, recall) on every case of tests/fixtures/meta_decision_cases.ts. Run it with
 * `deno task meta-decisions` when a change is meant to alter decisions (new words, a new corpus), and review
 * the diff; `tests/meta_decisions_unchanged_test.ts` fails on any decision that differs from this file.
 */
import { toMetaDecisions } from "../tests/fixtures/meta_decision_cases.ts";

const decisions = await toMetaDecisions();
const target = new URL("../tests/fixtures/meta_decisions.jsonl", import.meta.url);
await Deno.writeTextFile(target, decisions.map((decision) => JSON.stringify(decision)).join("\n") + "\n");
Deno.stdout.writeSync(
  new TextEncoder().encode(`${decisions.length} decisions written to ${target.pathname}\n`),
);
