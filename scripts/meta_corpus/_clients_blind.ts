/**
 * Clients read only after the detector was frozen (commit 1e22cbe): no phrase of theirs is known, so they
 * measure the features on templates nobody tuned to. Verbatim unless `paraphrased`.
 */
import { MODEL, type Template, toMessages, usr } from "./_types.ts";

const ZED = "zed-industries/zed";
const KELIVO = { repo: "Chevey339/kelivo", commit: "f3c92eb4843910739578c01b55b74aa4df69caa4" };
const KELIVO_SETTINGS = "lib/core/providers/settings_provider.dart";

export const BLIND_TEMPLATES: Template[] = [
  {
    client: "Zed",
    task: "title",
    source: {
      repo: ZED,
      path: "crates/agent/src/thread.rs",
      commit: "4ab8c1086dc5d75501caa7256b42331441284514",
    },
    note: "summarize(): the thread as messages plus one user message; thread summary model, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        usr(
          "Generate a concise 3-7 word title for this conversation, omitting punctuation. Go straight to the title, without any preamble and prefix like `Here's a concise suggestion:...` or `Title:`. If the conversation is about a specific subject, include it in the title. Be descriptive. DO NOT speak in the first person.",
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "Zed",
    task: "summary",
    source: {
      repo: ZED,
      path: "crates/agent_settings/src/prompts/compaction_prompt.txt",
      commit: "39c45028d39677052675107f12ebeac2a2d02b91",
    },
    note: "compaction: the thread as messages plus the prompt as a user message, streamed",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        usr(
          "You are compacting this conversation into a handoff for another agent that will resume the work.\n\nInclude:\n- Goal: what the user is ultimately trying to achieve\n- State: progress so far, current blockers, and decisions made\n- Context: constraints, preferences, and critical data/examples/references needed to continue\n- Next: the specific steps that remain\n- Pitfalls: anything tried that didn't work\n\nWrite it so the next agent can act without re-asking the user. Be concise and well-structured.\n",
        ),
      ],
      stream: true,
    }),
  },
  {
    client: "Kelivo",
    task: "summary",
    source: { ...KELIVO, path: KELIVO_SETTINGS },
    note:
      "defaultSummaryPrompt; home_view_model.dart fills new user messages joined by blank lines; generateText",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `I will give you user messages from a conversation in the \`<messages>\` block.\nGenerate or update a brief summary of the user's questions and intentions.\n\n1. The summary should be in the same language as the user messages\n2. Focus on the user's core questions and intentions\n3. Keep it under 100 characters\n4. Output the summary directly without any prefix\n5. If a previous summary exists, incorporate it with the new messages\n\n<previous_summary>\n\n</previous_summary>\n\n<messages>\n${
          c.turns.filter((turn) => turn.role === "user").map((turn) => turn.content.trim()).join("\n\n")
        }\n</messages>`,
      )],
      stream: false,
    }),
  },
  {
    client: "Kelivo",
    task: "follow-ups",
    source: { ...KELIVO, path: KELIVO_SETTINGS },
    paraphrased: true,
    note:
      "defaultSuggestionPrompt; the {content} lines are written as role: text (the formatter was not read)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(
        `I will provide you with some chat content in the \`<content>\` block, including conversations between the User and the AI assistant.\nYou need to act as the User to continue the conversation, generating 3 appropriate and contextually relevant responses or questions to the assistant.\n\nRules:\n1. Reply directly with suggestions, do not add any formatting, and separate suggestions with newlines.\n2. Use ${c.locale} language.\n3. Ensure each suggestion is valid and useful for continuing the conversation.\n4. Each suggestion should be concise.\n5. Imitate the user's previous conversational style.\n6. Act as a User, not an Assistant.\n\n<content>\n${
          c.turns.map((turn) => `${turn.role}: ${turn.content}`).join("\n\n")
        }\n</content>`,
      )],
      stream: false,
    }),
  },
];
