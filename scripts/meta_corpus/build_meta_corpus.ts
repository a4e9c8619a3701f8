/**
 * Writes tests/fixtures/meta_corpus.jsonl: housekeeping (META) requests as 14 clients send them, filled with
 * sample conversations, plus hard negatives (real user turns). Run: `deno task meta-corpus`.
 * Each META line names the repository, path and commit its template was read from.
 */
import { CONVERSATIONS } from "./_conversations.ts";
import { BIG_AGI_TEMPLATES, CHERRY_TEMPLATES } from "./_clients_cherry_bigagi.ts";
import { LIBRECHAT_TEMPLATES } from "./_clients_librechat.ts";
import { LOBE_TEMPLATES } from "./_clients_lobe.ts";
import { AIDER_TEMPLATES, ROO_TEMPLATES, ST_TEMPLATES } from "./_clients_st_aider_roo.ts";
import {
  COPILOT_TEMPLATES,
  KHOJ_TEMPLATES,
  PAGE_ASSIST_TEMPLATES,
  PERPLEXICA_TEMPLATES,
} from "./_clients_rag_apps.ts";
import { CHAT_UI_TEMPLATES, DIFY_TEMPLATES, RIKKA_TEMPLATES } from "./_clients_chatui_dify_rikka.ts";
import { buildBotLogNegatives, buildInChatNegatives, buildPastedNegatives } from "./_negatives_pasted.ts";
import { buildJsonNegatives, buildRagNegatives, buildRoleplayNegatives } from "./_negatives_apps.ts";
import { BLIND_TEMPLATES } from "./_clients_blind.ts";
import { AGENT_TEMPLATES } from "./_clients_agents.ts";
import { FRAMEWORK_TEMPLATES } from "./_clients_frameworks.ts";
import { LOCALIZED_TEMPLATES } from "./_clients_localized.ts";
import { BLIND_AFTER_FREEZE } from "./_clients_blind_after_freeze.ts";
import { BLIND_ROUND_2 } from "./_clients_blind_round2.ts";
import { BLIND_ROUND_3 } from "./_clients_blind_round3.ts";
import {
  buildAfterFreezeNegatives,
  buildAgentNegatives,
  buildLocalizedNegatives,
} from "./_negatives_agents.ts";
import { TRAINING_4_AGENTS } from "./_clients_training4.ts";
import { TRAINING_4_APPS } from "./_clients_training4_apps.ts";
import { buildTraining4Negatives } from "./_negatives_training4.ts";
import { BLIND_ROUND_4 } from "./_clients_blind4.ts";
import { buildBlind4Negatives } from "./_negatives_blind4.ts";
import { BLIND_ROUND_5 } from "./_clients_blind5.ts";
import { buildBlind5Negatives } from "./_negatives_blind5.ts";
import { BLIND_ROUND_6 } from "./_clients_blind6.ts";
import { buildBlind6Negatives } from "./_negatives_blind6.ts";
import { BLIND_ROUND_7 } from "./_clients_blind7.ts";
import { buildBlind7Negatives } from "./_negatives_blind7.ts";
import { BLIND_ROUND_8 } from "./_clients_blind8.ts";
import { buildBlind8Negatives } from "./_negatives_blind8.ts";
import { BLIND_ROUND_9 } from "./_clients_blind9.ts";
import { buildBlind9Negatives } from "./_negatives_blind9.ts";
import { BLIND_ROUND_10 } from "./_clients_blind10.ts";
import { buildBlind10Negatives } from "./_negatives_blind10.ts";
import { BLIND_ROUND_11, buildBlind11Negatives } from "./_blind11.ts";
import { buildTraining12Negatives } from "./_negatives_training12.ts";
import { OWN_CONVERSATION_ROUNDS } from "./own_conversation_rounds.ts";
import { toOrdinaryLines } from "./ordinary_turns.ts";
import { toRenderedRoundLines } from "./rendered_rounds.ts";
import type { Template } from "./_types.ts";

/** Round 4, read before the rules were changed for it (training). */
const TRAINING_4: Template[] = [...TRAINING_4_AGENTS, ...TRAINING_4_APPS];

const TEMPLATES: Template[] = [
  ...LIBRECHAT_TEMPLATES,
  ...LOBE_TEMPLATES,
  ...CHERRY_TEMPLATES,
  ...BIG_AGI_TEMPLATES,
  ...ST_TEMPLATES,
  ...AIDER_TEMPLATES,
  ...ROO_TEMPLATES,
  ...KHOJ_TEMPLATES,
  ...PAGE_ASSIST_TEMPLATES,
  ...PERPLEXICA_TEMPLATES,
  ...COPILOT_TEMPLATES,
  ...CHAT_UI_TEMPLATES,
  ...DIFY_TEMPLATES,
  ...RIKKA_TEMPLATES,
  ...BLIND_TEMPLATES,
  ...AGENT_TEMPLATES,
  ...FRAMEWORK_TEMPLATES,
  ...LOCALIZED_TEMPLATES,
  ...BLIND_AFTER_FREEZE,
  ...BLIND_ROUND_2,
  ...BLIND_ROUND_3,
  ...TRAINING_4,
  ...BLIND_ROUND_4,
  ...BLIND_ROUND_5,
  ...BLIND_ROUND_6,
  ...BLIND_ROUND_7,
  ...BLIND_ROUND_8,
  ...BLIND_ROUND_9,
  ...BLIND_ROUND_10,
  ...BLIND_ROUND_11,
];
const TRAINING_4_SET = new Set<Template>(TRAINING_4);

/** Each template is filled with this many different conversations. */
const FILLS = 4;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function toMetaLines(): string[] {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  TEMPLATES.forEach((template, t) => {
    for (let k = 0; k < FILLS; k++) {
      const conversation = CONVERSATIONS[(t + k * 2) % CONVERSATIONS.length];
      if (!conversation) continue;
      const key = `${slug(template.client)}-${template.task}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      lines.push(JSON.stringify({
        id: `${key}-${n}`,
        kind: "meta",
        client: template.client,
        task: template.task,
        source: template.source,
        ...(template.paraphrased ? { paraphrased: true } : {}),
        ...(BLIND_TEMPLATES.includes(template) || BLIND_AFTER_FREEZE.includes(template) ||
            BLIND_ROUND_2.includes(template) || BLIND_ROUND_3.includes(template) ||
            [
              BLIND_ROUND_4,
              BLIND_ROUND_5,
              BLIND_ROUND_6,
              BLIND_ROUND_7,
              BLIND_ROUND_8,
              BLIND_ROUND_9,
              BLIND_ROUND_10,
              BLIND_ROUND_11,
            ]
              .some((
                round,
              ) => round.includes(template))
          ? { blind: true }
          : {}),
        ...(TRAINING_4_SET.has(template) ? { round: "training-4" } : {}),
        ...(BLIND_ROUND_4.includes(template) ? { round: "blind-4" } : {}),
        ...(BLIND_ROUND_5.includes(template) ? { round: "blind-5" } : {}),
        ...(BLIND_ROUND_6.includes(template) ? { round: "blind-6" } : {}),
        ...(BLIND_ROUND_7.includes(template) ? { round: "blind-7" } : {}),
        ...(BLIND_ROUND_8.includes(template) ? { round: "blind-8" } : {}),
        ...(BLIND_ROUND_9.includes(template) ? { round: "blind-9" } : {}),
        ...(BLIND_ROUND_10.includes(template) ? { round: "blind-10" } : {}),
        ...(BLIND_ROUND_11.includes(template) ? { round: "blind-11" } : {}),
        ...(template.note ? { note: template.note } : {}),
        request: template.build(conversation),
      }));
    }
  });
  return lines;
}

function toOwnConversationLines(): string[] {
  const counts = new Map<string, number>();
  return OWN_CONVERSATION_ROUNDS.flatMap(({ round, templates, conversations }) =>
    templates.flatMap((template) =>
      conversations.map((conversation) => {
        const key = `${slug(template.client)}-${template.task}`;
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        return JSON.stringify({
          id: `${key}-${round}-${n}`,
          kind: "meta",
          client: template.client,
          task: template.task,
          source: template.source,
          ...(template.paraphrased ? { paraphrased: true } : {}),
          blind: true,
          round,
          ...(template.note ? { note: template.note } : {}),
          request: template.build(conversation),
        });
      })
    )
  );
}

function toNegativeLines(): string[] {
  const negatives = [
    ...buildPastedNegatives(),
    ...buildBotLogNegatives(),
    ...buildInChatNegatives(),
    ...buildRagNegatives(),
    ...buildJsonNegatives(),
    ...buildRoleplayNegatives(),
    ...buildAgentNegatives(),
    ...buildLocalizedNegatives(),
    ...buildAfterFreezeNegatives(),
    ...buildTraining4Negatives(),
    ...buildBlind4Negatives(),
    ...buildBlind5Negatives(),
    ...buildBlind6Negatives(),
    ...buildBlind7Negatives(),
    ...buildBlind8Negatives(),
    ...buildBlind9Negatives(),
    ...buildBlind10Negatives(),
    ...buildBlind11Negatives(),
    ...buildTraining12Negatives(),
    ...OWN_CONVERSATION_ROUNDS.flatMap((round) => round.negatives()),
  ];
  return negatives.map((negative, i) =>
    JSON.stringify({
      id: `negative-${negative.task}-${i + 1}`,
      kind: "negative",
      client: "user",
      task: negative.task,
      ...(negative.source ? { source: negative.source } : {}),
      ...(negative.note ? { note: negative.note } : {}),
      request: negative.body,
    })
  );
}

const out = new URL("../../tests/fixtures/meta_corpus.jsonl", import.meta.url);
const rendered = toRenderedRoundLines();
const lines = [
  ...toMetaLines(),
  ...toOwnConversationLines(),
  ...rendered.meta,
  ...toNegativeLines(),
  ...rendered.negatives,
];
await Deno.writeTextFile(out, lines.join("\n") + "\n");
// deno-lint-ignore no-console -- a script reports what it wrote
console.log(`Wrote ${lines.length} lines to ${out.pathname}`);
const ordinaryOut = new URL("../../tests/fixtures/meta_ordinary.jsonl", import.meta.url);
const ordinary = toOrdinaryLines();
await Deno.writeTextFile(ordinaryOut, ordinary.join("\n") + "\n");
// deno-lint-ignore no-console -- a script reports what it wrote
console.log(`Wrote ${ordinary.length} lines to ${ordinaryOut.pathname}`);
