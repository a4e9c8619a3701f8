/**
 * Known housekeeping phrases, one or two per client template, each tagged with the client it was read from
 * (the templates and their sources are in tests/fixtures/meta_corpus.jsonl). A phrase alone decides META;
 * leave-one-client-out evaluation switches off the held-out client's phrases (`excludeClients`).
 */

import { testFrom, toGateStart, toPhraseGate } from "./meta_scan.ts";

/** One known phrase: the client it identifies, the marker logged, the pattern. */
export interface KnownPhrase {
  client: string;
  marker: string;
  pattern: RegExp;
}

const phrase = (client: string, { marker, pattern }: { marker: string; pattern: RegExp }): KnownPhrase => ({
  client,
  marker,
  pattern,
});

/** Phrases of clients beyond the four first studied (docs/decisions.md, "META rules"); the four studied clients keep their own rules in detect_meta.ts. */
const KNOWN_PHRASES: readonly KnownPhrase[] = [
  // LangChain's CONDENSE_QUESTION_PROMPT, reused by many RAG front-ends (LobeChat, Page Assist, Obsidian Copilot).
  phrase("LangChain", {
    marker: "langchain-condense-question",
    pattern: /rephrase the follow.?up question to be a standalone question/i,
  }),
  phrase("LibreChat", { marker: "librechat-title", pattern: /\|\|>Title:|Title in 5 Words or Less/i }),
  phrase("LibreChat", {
    marker: "librechat-summary",
    pattern: /integrating new lines into the current summary/i,
  }),
  phrase("LibreChat", {
    marker: "librechat-language",
    pattern: /^Detect the language used in the following text\.$/,
  }),
  phrase("LobeChat", { marker: "lobechat-title", pattern: /professional conversation summarizer/i }),
  phrase("LobeChat", {
    marker: "lobechat-summary",
    pattern: /good at extracting key takeaways from conversations/i,
  }),
  phrase("LobeChat", {
    marker: "lobechat-emoji",
    pattern: /emoji expert who selects the most appropriate emoji/i,
  }),
  phrase("LobeChat", { marker: "lobechat-tags", pattern: /擅长会话标签总结|擅长技能总结/ }),
  phrase("Cherry Studio", {
    marker: "cherry-title",
    pattern:
      /ignoring instructions and without punctuation or symbols|skilled in conversation\. You need to summarize/i,
  }),
  phrase("Cherry Studio", { marker: "cherry-search", pattern: /You are an AI question rephraser/i }),
  phrase("Cherry Studio", {
    marker: "cherry-language",
    pattern: /precisely identify the language used in the user's input text/i,
  }),
  phrase("big-AGI", { marker: "bigagi-title", pattern: /conversation titles assistant/i }),
  phrase("big-AGI", {
    marker: "bigagi-summary",
    pattern: /summary of the given conversation thread|summarize the given conversation thread/i,
  }),
  phrase("big-AGI", { marker: "bigagi-image-prompt", pattern: /AI image generation prompt writer/i }),
  phrase("SillyTavern", {
    marker: "sillytavern-summary",
    pattern: /Summarize the most important facts and events in the story so far/i,
  }),
  phrase("SillyTavern", {
    marker: "sillytavern-expression",
    pattern: /Classify the emotion of the last message/i,
  }),
  phrase("SillyTavern", {
    marker: "sillytavern-image",
    pattern: /comma-delimited list of (?:concise )?keywords/i,
  }),
  phrase("Aider", { marker: "aider-summary", pattern: /\*Briefly\* summarize this partial conversation/i }),
  phrase("Roo Code", { marker: "roo-condense", pattern: /summarization request is a SYSTEM OPERATION/i }),
  phrase("Khoj", { marker: "khoj-title", pattern: /helpful title generator assistant/i }),
  phrase("Khoj", { marker: "khoj-queries", pattern: /What searches will you perform to answer the user/i }),
  phrase("Page Assist", {
    marker: "pageassist-title",
    pattern: /3-5 word phrase as a title for this conversation/i,
  }),
  phrase("Page Assist", {
    marker: "pageassist-search",
    pattern: /standalone search queries optimized for internet search engines/i,
  }),
  phrase("Perplexica", {
    marker: "perplexica-suggestions",
    pattern: /AI suggestion generator for an AI powered search engine/i,
  }),
  phrase("Perplexica", {
    marker: "perplexica-image-query",
    pattern: /standalone question that can be used by the LLM to search the web for images/i,
  }),
  phrase("Obsidian Copilot", {
    marker: "copilot-title",
    pattern: /concise title \(max 5 words\) for this conversation/i,
  }),
  phrase("Obsidian Copilot", {
    marker: "copilot-standalone",
    pattern: /keep the follow up question unchanged, in its original language/i,
  }),
  phrase("HF chat-ui", {
    marker: "chatui-title",
    pattern: /chat thread titling assistant|You are a summarization AI\. Summarize the user's request/i,
  }),
  phrase("HF chat-ui", {
    marker: "chatui-search",
    pattern: /Give a relevant google search query to answer the question/i,
  }),
  phrase("Dify", { marker: "dify-title", pattern: /decomposing the user.s input into two parts/i }),
  phrase("Dify", {
    marker: "dify-follow-ups",
    pattern: /predict the three most likely questions that human would ask/i,
  }),
  phrase("RikkaHub", {
    marker: "rikkahub-title",
    pattern: /summarize the conversation between user and assistant into a short title/i,
  }),
  phrase("RikkaHub", {
    marker: "rikkahub-suggestions",
    pattern: /act as the \*\*User\*\* to reply to the assistant/i,
  }),
  phrase("RikkaHub", {
    marker: "rikkahub-compress",
    pattern: /You are a conversation compression assistant/i,
  }),
];

/** All phrases in one looser pattern: one pass over a text rules them all out (the common case). */
const ANY_KNOWN = toPhraseGate(KNOWN_PHRASES.map((known) => known.pattern));

/** The first known phrase found in `texts`, skipping phrases of `excludeClients`. */
export function matchKnownPhrase(
  texts: readonly string[],
  excludeClients: readonly string[] = [],
): KnownPhrase | undefined {
  // Where a phrase may first start in each text, found when a text is first needed (Infinity: nowhere).
  const starts: number[] = [];
  const startOf = (index: number) => starts[index] ??= toGateStart(ANY_KNOWN, texts[index] as string);
  if (!texts.some((_, index) => startOf(index) !== Infinity)) return undefined;
  for (const known of KNOWN_PHRASES) {
    if (excludeClients.includes(known.client)) continue;
    if (texts.some((text, index) => testFrom(known.pattern, { text, from: startOf(index) }))) return known;
  }
  return undefined;
}
