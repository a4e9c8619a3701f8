/**
 * Blind round 88: messenger bots, companions, game/NPC engines and voice agents never used in the corpus before,
 * read from their source and measured without changing the rules: a Telegram group summary, a companion's
 * long-term memory extraction, a text adventure's character and narrative note-takers, a QQ bot's should-reply
 * decision and daily group report, BuddyGenAI's chat title, send-an-image decision and image description, a voice
 * assistant's intent classification and keyword extraction, NagaAgent's Chinese topic tree and memory tier, an NPC
 * conversation summary, OpenCharacters' rolling summary and "We learned that" memories, a voice agent's call summary
 * and hang-up decision, and LiveKit Agents' history compaction; hard negatives are in `_negatives_blind88.ts`.
 */
import { firstExchange, MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind88.ts";
import * as B from "./_blind88_fill.ts";

export { buildBlind88Negatives } from "./_negatives_blind88.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
const TA = "f24b97aaa486073930828c7e10c4086e90ae8916";
const QQ = "a7fc92f9366e87c00a5fc541a92b3687620863e7";
const BUDDY = "cd71f17bbe2b12d89d14692aeba8cc6595b0b49a";
const CRED = "751a4f73d7ee2ea83a4802ff638c46b8f1711a66";
const OC = at("josephrocca/OpenCharacters", {
  path: "index.html",
  commit: "1aec478fd1d2e7f601272b80d3b56063ab929781",
});
const BOLNA = "0172347b601ea66dac0414cc1c6b14dc0d85422a";

/** The text adventure's agents: an Ollama model created with the system prompt, JSON-schema `format`. */
const adventure = (task: string, { system, path }: { system: string; path: string }): Template => ({
  client: "llm-exploration text-adventure",
  task,
  source: at("snowbillr/llm-exploration", { path, commit: TA }),
  paraphrased: true,
  note:
    "ollama.create(system=SYSTEM_PROMPT) then chat([user llm_input], format=<pydantic JSON schema>); the model's system prompt is sent here as a system message",
  build: (c) => {
    const { question, answer } = firstExchange(c);
    return {
      model: MODEL,
      messages: [
        sys(system),
        usr(P.fill(P.TA_INPUT, { player_message: question, game_master_message: answer })),
      ],
      stream: false,
    };
  },
});

export const BLIND88: Template[] = [
  {
    client: "Telegram-Summarize-Bot",
    task: "summary",
    source: at("dudynets/Telegram-Summarize-Bot", {
      path: "src/core/summarize.py",
      commit: "d4e0f7f0cd29af4b4d7597413bb5151e15df4b4d",
    }),
    paraphrased: true,
    note:
      "ollama.generate(system=SYSTEM_PROMPT, prompt=json.dumps(messages, indent=4), stream=True) reconstructed as system + user chat messages; messages are {sender, message}",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.TG_SUMMARY_SYSTEM), usr(B.senderJson(c))],
      stream: true,
    }),
  },
  {
    client: "personality-engine",
    task: "memory",
    source: at("vijay-kshitij/personality-engine", {
      path: "memory_extractor.py",
      commit: "e7a6bde99693cab850875f7a7c53d29060707d0b",
    }),
    note:
      "one user message; the user's messages as the app's user_messages.txt holds them (quoted, blank-line separated)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.PE_MEMORY, { messages: B.quotedUserLines(c) }))],
    }),
  },
  adventure("memory", {
    system: P.TA_CHARACTER_SYSTEM,
    path: "text-adventure/agents/character_agent/agent.py",
  }),
  adventure("summary", {
    system: P.TA_NARRATIVE_SYSTEM,
    path: "text-adventure/agents/narrative_agent/agent.py",
  }),
  {
    client: "QQbot auto_reply",
    task: "should-reply",
    source: at("limolin234/QQbot", { path: "workflows/auto_reply.py", commit: QQ }),
    paraphrased: true,
    note:
      "LangChain ChatOpenAI.with_structured_output(AutoReplyAIDecision, method=function_calling): system = the rule's ai_decision_prompt + suffix, user = json.dumps(llm_input); the tools/tool_choice fields are not part of this body type",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QQ_DECISION), usr(B.qqInput(c, { current: c.followUp }))],
    }),
  },
  {
    client: "QQbot summary",
    task: "summary",
    source: at("limolin234/QQbot", { path: "workflows/summary.py", commit: QQ }),
    paraphrased: true,
    note:
      "map step of the daily report: SYSTEM_SUMMARY_PROMPT + USER_SUMMARY_PROMPT_TEMPLATE, structured output via function calling (tools not in this body type); the chunk's line format follows the template's own description",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.QQ_SUMMARY_SYSTEM), usr(B.qqSummaryUser(c))],
      temperature: 0.2,
    }),
  },
  {
    client: "BuddyGenAI",
    task: "title",
    source: at("parsehex/BuddyGenAI", { path: "src/lib/prompt/chat.ts", commit: BUDDY }),
    note:
      "titleFromMessages(system, first user, first assistant) via complete(): one user message, max_tokens 20, temperature 0.01",
    build: (c) => ({
      model: MODEL,
      messages: [usr(B.buddyTitle(c))],
      max_tokens: 20,
      temperature: 0.01,
    }),
  },
  {
    client: "BuddyGenAI",
    task: "image-decision",
    source: at("parsehex/BuddyGenAI", { path: "src/components/chat/Chatbox.vue", commit: BUDDY }),
    paraphrased: true,
    note:
      "shouldSendImg(): complete() overwrites the first of the last 6 messages (the persona system message) with the prompt; the client maps roles to the user's and buddy's names, here kept as user/assistant; max_tokens 512, temperature 0.01",
    build: (c) => ({
      model: MODEL,
      messages: [sys(B.buddySendImage()), ...toMessages(c.turns)],
      max_tokens: 512,
      temperature: 0.01,
    }),
  },
  {
    client: "BuddyGenAI",
    task: "image-prompt",
    source: at("parsehex/BuddyGenAI", { path: "src/lib/prompt/img/chat.ts", commit: BUDDY }),
    note:
      "imgDescriptionFromChat() overwrites the first of the last 6 messages (the persona system message); max_tokens 100, temperature 0.1",
    build: (c) => ({
      model: MODEL,
      messages: [sys(B.buddyImageDescription()), ...toMessages(c.turns)],
      max_tokens: 100,
      temperature: 0.1,
    }),
  },
  {
    client: "hackathon_cred voice assistant",
    task: "intent",
    source: at("vkg26/hackathon_cred", { path: "src/intent_classification.py", commit: CRED }),
    note:
      "fixed system message + the f-string with ConversationContext.get_context_prompt() and the new spoken query",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a precise and structured intent classifier."),
        usr(P.fill(P.CRED_INTENT, { context_prompt: B.credContext(c), user_query: c.followUp })),
      ],
    }),
  },
  {
    client: "hackathon_cred voice assistant",
    task: "keywords",
    source: at("vkg26/hackathon_cred", { path: "src/rrf.py", commit: CRED }),
    note:
      "extract_keywords_with_llm(): fixed system message + the f-string with the prior context and the query",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("You are a helpful assistant that extracts keywords."),
        usr(P.fill(P.CRED_KEYWORDS, { context_prompt: B.credContext(c), query: c.followUp })),
      ],
    }),
  },
  {
    client: "NagaAgent",
    task: "classification",
    source: at("Xxiii8322766509/NagaAgent", {
      path: "conversation_core.py",
      commit: "65db4aecfe242622255ef2afcfdaffbadf3dfaf8",
    }),
    note: "get_theme_and_level(u) on the user's new message: temperature 0.2, max_tokens 40",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.NAGA_THEME), usr(c.followUp)],
      temperature: 0.2,
      max_tokens: 40,
    }),
  },
  {
    client: "Interactive-LLM-Powered-NPCs",
    task: "summary",
    source: at("AkshitIreddy/Interactive-LLM-Powered-NPCs", {
      path: "functions/conversation_loader.py",
      commit: "503ef3b64a921b6a11efa9e3e0432a0c3de3b619",
    }),
    paraphrased: true,
    note:
      "LangChain LLMChain over a Cohere completion model (temperature 0.9, max_tokens 300) reconstructed as one user message; lines are `sender: message`",
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.fill(P.NPC_SUMMARY, { conversation_string: B.npcLines(c) }))],
      temperature: 0.9,
      max_tokens: 300,
    }),
  },
  {
    client: "OpenCharacters",
    task: "summary",
    source: OC,
    note:
      "computeAndSaveThreadSummaryIfNeeded(), first batch without memories: fixed system message, temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [sys(B.OC_SYSTEM), usr(B.ocPlainSummary(c))],
      temperature: 0.7,
    }),
  },
  {
    client: "OpenCharacters",
    task: "memory",
    source: OC,
    note: "autoGenerateMemories v1, first batch: LEARNINGS + OVERALL SUMMARY template, temperature 0.7",
    build: (c) => ({ model: MODEL, messages: [sys(B.OC_SYSTEM), usr(B.ocLearnings(c))], temperature: 0.7 }),
  },
  {
    client: "bolna",
    task: "summary",
    source: at("bolna-ai/bolna", { path: "bolna/agent_types/summarization_agent.py", commit: BOLNA }),
    note: "summarization follow-up task: system SUMMARIZATION_PROMPT, user = format_messages(transcript)",
    build: (c) => ({ model: MODEL, messages: [sys(P.BOLNA_SUMMARY), usr(B.bolnaTranscript(c))] }),
  },
  {
    client: "bolna",
    task: "end-of-conversation",
    source: at("bolna-ai/bolna", {
      path: "bolna/agent_types/contextual_conversational_agent.py",
      commit: BOLNA,
    }),
    note:
      "check_for_completion(): system = CHECK_FOR_COMPLETION_PROMPT + JSON suffix, request_json -> json_object",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.BOLNA_COMPLETION), usr(B.bolnaTranscript(c))],
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "LiveKit Agents",
    task: "compaction",
    source: at("livekit/agents", {
      path: "livekit-agents/livekit/agents/llm/chat_context.py",
      commit: "da6af86ac640a3bc54585764e64321d7048c1c16",
    }),
    note:
      "ChatContext._summarize(keep_last_turns=0) as TaskGroup calls it; streamed through the OpenAI plugin",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.LK_COMPACT), usr(`Conversation to summarize:\n\n${B.livekitXml(c)}`)],
      stream: true,
    }),
  },
];
