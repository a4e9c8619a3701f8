/**
 * Blind round 60, the rest of the templates: Fay's user portrait and running-task intent, wenda's ChatGLM3 intent
 * call and page digest, whyiyhw/chatgpt-wechat's JSON summary, gpt-rag-orchestrator's language detection,
 * conversation summary and triage.
 */
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import * as P from "./_prompts_blind60.ts";
import {
  at,
  bulletSummary,
  fayTranscript,
  fill,
  lastAnswer,
  pyJsonMessages,
  qaLines,
  userTurns,
} from "./_blind60_fill.ts";

const FAY = "xszyou/Fay";
const FAY_AT = { path: "llm/nlp_cognitive_stream.py", commit: "2462bd269e5e46905f23d3841bdcac0d079e5ca0" };
const WENDA = "l15y/wenda";
const WENDA_COMMIT = "f577766acebefe2bcb5114c45972950c29bd2526";
const GPTRAG = "Azure/gpt-rag-orchestrator";
const GPTRAG_COMMIT = "e2dba5ec4af35d2cca0f4cdee2dfed727936afdc";
const SK_NOTE =
  "a Semantic Kernel prompt function (no <message> tags, so the rendered skprompt is one user message; temperature 0, top_p 0); the escaping of variables is not reproduced";

/** wenda autos/ytsb.js "意图识别(GLM3)": the ChatGLM3 tool list, JSON.stringify'd into the system message. */
const WENDA_TOOLS = [
  {
    name: "ytsb",
    description: `用户意图识别`,
    parameters: {
      type: "object",
      properties: {
        yt: { description: `从列表["画图","提问","写论文","其他"]中选择用户意图` },
        text: { description: `用户意图对应的主题，如，用户输入画一只狗，应返回"狗"` },
      },
      required: ["yt", "text"],
    },
  },
];

export const BLIND60_TAIL: Template[] = [
  {
    client: "Fay",
    task: "memory",
    source: at(FAY, FAY_AT),
    note:
      "perform_user_portrait_analysis, the nightly portrait of the owner from the day's transcript (no earlier portrait)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("你是用户画像分析专家，擅长从对话中提取用户特征。"),
        usr(fill(P.FAY_PORTRAIT, {
          "{display_name}": "主人",
          '{current_portrait if current_portrait else "（暂无）"}': "（暂无）",
          "{conversation_text}": fayTranscript(c),
        })),
      ],
    }),
  },
  {
    client: "Fay",
    task: "intent-routing",
    source: at(FAY, FAY_AT),
    note:
      "_classify_intent_for_running_task while a background task from the first request runs (its progress text and tool count are ours)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("你是一个意图分类器，只输出意图标签，不输出其他内容。"),
        usr(fill(P.FAY_INTENT, {
          "{running_state.original_request}": userTurns(c)[0] ?? "",
          "{running_state.current_step}": "正在调用 kb_search 检索资料",
          "{tool_count}": "1",
          "{content}": c.followUp,
        })),
      ],
    }),
  },
  {
    client: "wenda",
    task: "intent-routing",
    source: at(WENDA, { path: "autos/ytsb.js", commit: WENDA_COMMIT }),
    paraphrased: true,
    note:
      "send_raw(Q, '', [{role: 'system', content: JSON.stringify(tools)}]) to wenda's backend; the chat-completions form of that call is reconstructed",
    build: (c) => ({ model: MODEL, messages: [sys(JSON.stringify(WENDA_TOOLS)), usr(c.followUp)] }),
  },
  {
    client: "wenda",
    task: "summary",
    source: at(WENDA, { path: "autos/0-zsk.js", commit: WENDA_COMMIT }),
    paraphrased: true,
    note:
      "the web-knowledge auto digests each fetched article for the question before answering; the article text is stood in by the conversation's last answer",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr("精炼地总结以下文段中与问题相关的信息为二十个字。\n" + lastAnswer(c) + "\n问题：" + c.followUp),
      ],
    }),
  },
  {
    client: "chatgpt-wechat",
    task: "summary",
    source: at("whyiyhw/chatgpt-wechat", {
      path: "chat/common/openai/context.go",
      commit: "2fa4e31359a54e94cc12f4bc624c51e10a4689f9",
    }),
    note:
      "doSummary: the format string with maxWord (MaxToken 2000 / 6 / 5 = 66) as system message, the Q/A lines as user message, max_tokens 1500, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.WHY_SUMMARY.replace("%d", "66")), usr(qaLines(c))],
      max_tokens: 1500,
      temperature: 0,
    }),
  },
  {
    client: "gpt-rag-orchestrator",
    task: "classification",
    source: at(GPTRAG, {
      path: "orc/plugins/Conversation/DetectLanguage/skprompt.txt",
      commit: GPTRAG_COMMIT,
    }),
    paraphrased: true,
    note: `DetectLanguage on the ask, max_tokens 1000; ${SK_NOTE}`,
    build: (c) => ({
      model: MODEL,
      messages: [usr(P.GPTRAG_DETECTLANGUAGE.replace("{{$ask}}", () => c.followUp))],
      max_tokens: 1000,
      temperature: 0,
    }),
  },
  {
    client: "gpt-rag-orchestrator",
    task: "summary",
    source: at(GPTRAG, {
      path: "orc/plugins/Conversation/ConversationSummary/skprompt.txt",
      commit: GPTRAG_COMMIT,
    }),
    paraphrased: true,
    note: `ConversationSummary of json.dumps(history) including the ask, max_tokens 1024; ${SK_NOTE}`,
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.GPTRAG_CONVERSATIONSUMMARY, {
        "{{$language}}": c.language,
        "{{$history}}": pyJsonMessages([...toMessages(c.turns), usr(c.followUp)]),
      }))],
      max_tokens: 1024,
      temperature: 0,
    }),
  },
  {
    client: "gpt-rag-orchestrator",
    task: "intent-routing",
    source: at(GPTRAG, { path: "orc/plugins/Conversation/Triage/skprompt.txt", commit: GPTRAG_COMMIT }),
    paraphrased: true,
    note:
      `Triage with the bot description, the conversation summary (bullet points stand in for the model's), the previous answer and the ask, max_tokens 1000; ${SK_NOTE}`,
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(P.GPTRAG_TRIAGE, {
        "{{$bot_description}}": P.GPTRAG_BOT,
        "{{$language}}": c.language,
        "{{$conversation_summary}}": bulletSummary(c),
        "{{$previous_answer}}": lastAnswer(c),
        "{{$ask}}": c.followUp,
      }))],
      max_tokens: 1000,
      temperature: 0,
    }),
  },
];
