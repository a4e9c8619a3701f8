import { equal } from "node:assert/strict";
import { matchNextChatPrompt } from "./nextchat_locale_prompts.ts";
import { matchStudiedClients } from "./meta_studied_clients.ts";
import { toMetaView } from "./meta_view.ts";

const TOPIC_ZH =
  "使用四到五个字直接返回这句话的简要主题，不要解释、不要标点、不要语气词、不要多余文本，不要加粗，如果没有主题，请直接返回“闲聊”";

Deno.test("matchNextChatPrompt() knows NextChat's topic and summary prompts in its locales, as the whole last message", () => {
  equal(matchNextChatPrompt(TOPIC_ZH), "nextchat-title");
  equal(matchNextChatPrompt(`\n${TOPIC_ZH}  `), "nextchat-title");
  equal(
    matchNextChatPrompt(
      "대화 내용을 간략히 요약하여 후속 컨텍스트 프롬프트로 사용하세요. 200자 이내로 작성하세요.",
    ),
    "nextchat-summary",
  );
  // A person who pastes the prompt into a message of their own is not the app sending it.
  equal(matchNextChatPrompt(`这个提示词是什么意思？${TOPIC_ZH}`), undefined);
  equal(matchNextChatPrompt(undefined), undefined);
});

Deno.test("matchStudiedClients() reads NextChat's localized prompt from the last window only", () => {
  const conversation = [
    { role: "user", content: "周末去杭州玩两天，怎么安排？" },
    { role: "assistant", content: "第一天西湖，第二天灵隐寺和龙井村。" },
  ];
  equal(
    matchStudiedClients(toMetaView([...conversation, { role: "user", content: TOPIC_ZH }]).windows),
    "nextchat-title",
  );
  // The prompt as the person's first message, with a question after it, is a person's turn.
  equal(
    matchStudiedClients(
      toMetaView([{ role: "user", content: TOPIC_ZH }, ...conversation.slice(1), {
        role: "user",
        content: "谢谢！",
      }]).windows,
    ),
    undefined,
  );
});
