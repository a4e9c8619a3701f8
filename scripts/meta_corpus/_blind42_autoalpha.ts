/**
 * Blind round 42, autoalpha (a small Chinese multi-agent framework): the group-chat manager's speaker choice, sent
 * with GROUP_CHAT_TEMPLATE as the system message in front of the conversation so far.
 */
import { MODEL, sys, type Template, toMessages } from "./_types.ts";
import * as P from "./_prompts_blind42.ts";
import { autoalphaSource } from "./_blind42_fill.ts";

/** The two agents of the repository's multi_agent.ipynb example, as GroupChat.__init__ lists them. */
const AGENTS = [
  { name: "爬虫工程师", description: "擅长调用工具爬取天气信息" },
  { name: "问题拆解工程师", description: "擅长将用户的问题拆解并指挥爬虫工程师，同时能够将结果结构化" },
];
const SYSTEM = P.AUTOALPHA_GROUP_CHAT.replace(
  "{agent_descs}",
  AGENTS.map((a) => `${a.name}:${a.description}`).join("\n\n") + "\n\n",
)
  .replace("{agent_names}", AGENTS.map((a) => a.name).join(",")).replaceAll("{{", "{").replaceAll("}}", "}");

export const BLIND42_AUTOALPHA: Template[] = [
  {
    client: "autoalpha",
    task: "next-speaker",
    source: autoalphaSource,
    note:
      "GroupChat._run after the first round: AgentManager._call_llm prepends the formatted GROUP_CHAT_TEMPLATE as system to the messages so far; streamed (stream defaults to true); Message.model_dump's null name/function_call fields left out",
    build: (c) => ({ model: MODEL, messages: [sys(SYSTEM), ...toMessages(c.turns)], stream: true }),
  },
];
