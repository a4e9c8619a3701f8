/**
 * Blind round 23: where each client's template was read, and KouriChat's system prompt assembly shared by a template
 * and a negative.
 */
import * as P from "./_prompts_blind23.ts";

export const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({
  repo,
  path,
  commit,
});

export const SOURCES = {
  telegram: at("n3d1117/chatgpt-telegram-bot", {
    path: "bot/openai_helper.py",
    commit: "df4dcaa26923dee560ef8f9b4f18a682c9b059ad",
  }),
  chuanhu: at("GaiZhenbiao/ChuanhuChatGPT", {
    path: "modules/models/OpenAIVision.py",
    commit: "550fd86b9411bf8afe73d783a0d90d074e118be4",
  }),
  docsgptTitle: at("arc53/DocsGPT", {
    path: "application/api/answer/services/conversation_service.py",
    commit: "52279d27b4c311c83e62f16f7867f2cf4a74b7f5",
  }),
  docsgptCompress: at("arc53/DocsGPT", {
    path: "application/api/answer/services/compression/prompt_builder.py",
    commit: "52279d27b4c311c83e62f16f7867f2cf4a74b7f5",
  }),
  docsgptRephrase: at("arc53/DocsGPT", {
    path: "application/retriever/classic_rag.py",
    commit: "52279d27b4c311c83e62f16f7867f2cf4a74b7f5",
  }),
  gptDiscord: at("Kav-K/GPTDiscord", {
    path: "models/openai_model.py",
    commit: "2bf8e5cf6267bb44b62e78b19d79b594379b5a7d",
  }),
  blinkoRoutes: at("blinko-space/blinko", {
    path: "server/routerTrpc/ai.ts",
    commit: "8b660ba45f9f2b0caa41f0971f1af2c86f08042a",
  }),
  papa: at("your-papa/papa-ts", {
    path: "src/Prompts.ts",
    commit: "079bf0ba96ee9a97a597c9c05ea0078b36b13b10",
  }),
  polichat: at("seojoonkim/polichat", {
    path: "src/lib/suggest-questions.ts",
    commit: "797b1e08a31c3d35f88edc4cad5327198558a2bb",
  }),
  talkio: at("llt22/talkio", {
    path: "src/services/suggest-questions.ts",
    commit: "678a78a7ced46f2fe6b45dba0ebe233247d40f45",
  }),
  kouri: at("KouriChat/KouriChat", {
    path: "modules/memory/memory_service.py",
    commit: "83bd43bb3a5b14880e2f633bf33663c0749dae56",
  }),
  wxbot: at("iwyxdxl/WeChatBot_WXAUTO_SE", {
    path: "bot.py",
    commit: "a2e6f9c55e0b372e1c5fae255b33d0370e5077a8",
  }),
  slack: at("masuidrive/slack-summarizer", {
    path: "summarizer.py",
    commit: "98810658af33a6013c4b246d3a4480ee4235d0e7",
  }),
};

/** KouriChat `LLMService.get_response`: the time line, base.md and the prompt given as the character description. */
export const kouriSystem = (character: string) =>
  `当前时间是 2026年12月07日 10:20:00 星期一，丙午年十月廿八。你必须根据当前时间来生成你的回复内容。 距离上条消息过去了3分钟 ，你的活动要符合当前时间段\n\n${P.KOURI_BASE}\n\n你所扮演的角色介绍如下：\n${character}`;
