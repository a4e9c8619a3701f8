/**
 * Blind round 33: 14 housekeeping templates of 10 clients not read before (Discord, WeChat and QQ bots, a companion
 * bot, note and browser plugins, a mail digest and a RAG chatbot), measured without changing the rules: Discord channel summaries in Traditional
 * Chinese and Japanese, WeChat and QQ group summaries in Chinese (one continuing an earlier summary), a French
 * coreference rewrite and source router, a Telegram companion's compaction, memory and note synthesis, tag prompts of a
 * bookmark extension, a Joplin plugin (Chinese) and a SiYuan plugin, and a Telegram bot's mail digest; with hard
 * negatives from the same clients. The verbatim texts are in `_prompts_blind33.ts`.
 */

import { asst, MODEL, sys, type Template, usr } from "./_types.ts";
import * as P from "./_prompts_blind33.ts";
import { ALONE_TIME, aloneCsv, cublicLog, discordLines, fill, hakuBody, SRC } from "./_blind33_fill.ts";
import { BLIND_33_APPS } from "./_blind33_apps.ts";

export { buildBlind33Negatives } from "./_negatives_blind33.ts";

/** The messenger bots' channel and group summaries. */
const BOTS: Template[] = [
  {
    client: "DiscordAISummaryBot",
    task: "summary",
    source: SRC.jwander,
    paraphrased: true,
    note:
      "Gemini contents mapped to chat roles: the analyst text sent as the 'model' turn (assistant), the f-string with prompt_scope 過去24小時 and the [HH:MM] [id:…] lines as user",
    build: (c) => ({
      model: MODEL,
      messages: [
        asst(P.JWANDER_SUM_SYSTEM),
        usr(fill(P.JWANDER_SUM_USER, { prompt_scope: "過去24小時", message_text: discordLines(c) })),
      ],
    }),
  },
  {
    client: "team-summary-bot",
    task: "summary",
    source: SRC.cublic,
    paraphrased: true,
    note:
      "generate_summary: the Japanese daily-summary f-string with all_text as the only user turn (Gemini contents=prompt), max_output_tokens 10000, temperature 0.2",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.CUBLIC_PROMPT, { all_text: cublicLog(c) }))],
      max_tokens: 10000,
      temperature: 0.2,
    }),
  },
  {
    client: "wechat-gptbot-summary",
    task: "summary",
    source: SRC.alone,
    note:
      "reply(): system '当前时间为: {tim}\\n' + prompt_default, the CSV history (发言人,时间,内容) as user",
    build: (c) => ({
      model: MODEL,
      messages: [sys(`当前时间为: ${ALONE_TIME}\n${P.ALONE_PROMPT}`), usr(aloneCsv(c))],
    }),
  },
  {
    client: "wechat-gptbot-summary",
    task: "summary",
    source: SRC.alone,
    note:
      "reply() after an earlier run: the stored 前文总结 (uid 'bot') is sent as an assistant message between the system prompt and the CSV",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(`当前时间为: ${ALONE_TIME}\n${P.ALONE_PROMPT}`),
        asst("从 19:02 开始，群里主要在讨论周末聚餐：大家决定周六晚上七点在老地方见，由阿强负责订位。"),
        usr(aloneCsv(c)),
      ],
    }),
  },
  {
    client: "nonebot-plugin-whats-talk-gemini",
    task: "summary",
    source: SRC.haku,
    note:
      "chat_with_gemini on an OpenAI-compatible base URL: the 群聊总结专家 prompt (time span, member count, code map, wt_max_tokens 2000) as system, '000: …' lines as user",
    build: hakuBody,
  },
];

export const BLIND_ROUND_33: Template[] = [...BOTS, ...BLIND_33_APPS];
