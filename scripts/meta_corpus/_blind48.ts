/**
 * Blind round 48: agent and workflow platforms never used in the corpus before, read from their source and measured
 * without changing the rules: AGiXT's conversation name, summary and web-search decision, Botpress's conversation
 * insights (title and summary, sentiment), Rasa's LLM intent classifier and command generator, CopilotKit's
 * suggestion engine, ChatWiki's Chinese question optimisation, question guide and workflow classifier, BuildingAI's
 * title and follow-ups, promptflow's question rewrite, PraisonAI's contextual rewrite and context compression,
 * Rowboat's chat title, solon-ai's Chinese history compression and team supervisor, Inngest AgentKit's routing agent
 * and Microsoft.Extensions.AI's summarizing chat reducer; negatives in `_negatives_blind48.ts`.
 */
import type { Conversation } from "./_conversations.ts";
import {
  asst,
  type ChatBody,
  firstExchange,
  MODEL,
  sys,
  type Template,
  toLines,
  toMessages,
  usr,
} from "./_types.ts";
import * as P from "./_prompts_blind48.ts";
import {
  AGENTKIT,
  AGIXT,
  BOTPRESS,
  BUILDINGAI,
  CHATWIKI,
  COPILOTKIT,
  MEAI,
  PRAISON,
  PROMPTFLOW,
  RASA,
  ROWBOAT,
  SOLON,
  src,
} from "./_sources_blind48.ts";

export { buildBlind48Negatives } from "./_negatives_blind48.ts";

const one = (content: string) => ({ model: MODEL, messages: [usr(content)] });
const lastUser = (c: Conversation) => [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";
const lastAnswer = (c: Conversation) =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";
/** AGiXT Interactions: `{timestamp} {role}: {message} \n ` per interaction, the user logged as USER. */
const agixtHistory = (c: Conversation) =>
  c.turns.map((t, i) => `2026-12-07 09:1${i}:00 ${t.role === "user" ? "USER" : "AGiXT"}: ${t.content} \n `)
    .join("");
/** Botpress conversation-insights prompt.ts: a `Context:` assistant message, then the text messages by sender. */
const botpressMessages = (c: Conversation) => [asst("Context: {}"), ...toMessages(c.turns)];
const SENTIMENTS = ["very_negative", "negative", "neutral", "positive", "very_positive"].map((o) =>
  ` "${o}" `
).join("|");
/** ChatWiki context pairs as user/assistant messages. */
const pairs = (c: Conversation) => toMessages(c.turns);
const CATEGORIES = ["1.活动筹备", "2.许可与法规", "3.费用与定价", "4.其他"].join("\n");
const solonLines = (c: Conversation) =>
  c.turns.map((t) => t.role === "user" ? `USER: ${t.content}` : `[Thought]: ${t.content}`).join("\n");

export const BLIND48: Template[] = [
  {
    client: "AGiXT",
    task: "title",
    source: src(AGIXT, {
      path: "agixt/prompts/Default/Name Conversation.txt",
      commit: "187b4e993daf8b6dd298e5f907b76b0b38788c29",
    }),
    paraphrased: true,
    note:
      "inference(user_input='Rename conversation', prompt_name='Name Conversation') after the first reply; history formatting from Interactions, provider call as one user message",
    build: (c) =>
      one(P.fill(P.AGIXT_NAME, {
        conversation_history: agixtHistory(c),
        conversation_list: "Conversation Created 2026-12-05 08:02 PM\nWeekly meal plan",
        user_input: "Rename conversation",
      })),
  },
  {
    client: "AGiXT",
    task: "summary",
    source: src(AGIXT, {
      path: "agixt/prompts/Default/Summarize Conversation.txt",
      commit: "6327ef5c58652bbd7d61f13d9b2e5dfd005314ae",
    }),
    paraphrased: true,
    note: "Summarize Conversation with the history as context and the last exchange; one user message",
    build: (c) =>
      one(P.fill(P.AGIXT_SUMMARY, {
        context: agixtHistory(c),
        user_input: lastUser(c),
        assistant_response: lastAnswer(c),
        agent_name: "AGiXT",
      })),
  },
  {
    client: "AGiXT",
    task: "classification",
    source: src(AGIXT, {
      path: "agixt/prompts/Default/WebSearch Decision.txt",
      commit: "70556b97606af7f6510b8e25a941fddc16459742",
    }),
    paraphrased: true,
    note: "WebSearch Decision (Yes/No) before answering the next input; context is the recent history",
    build: (c) =>
      one(
        P.fill(P.AGIXT_WEBSEARCH, {
          context: agixtHistory(c),
          date: "December 07, 2026",
          user_input: c.followUp,
        }),
      ),
  },
  {
    client: "Botpress conversation-insights",
    task: "title",
    source: src(BOTPRESS, {
      path: "plugins/conversation-insights/src/prompt/summary-prompt.ts",
      commit: "a020c13220edae153576a2d1579668c3d77ec50d",
    }),
    note:
      "title + summary JSON; createPrompt (prompt.ts@0e3dc2c2ca40cb14e5a899ced24dfd0e507615e2): trimmed system prompt, 'Context:' assistant message, json_object, temperature 0, model 'fast'",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.BP_SUMMARY.trim()), ...botpressMessages(c)],
      temperature: 0,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Botpress conversation-insights",
    task: "classification",
    source: src(BOTPRESS, {
      path: "plugins/conversation-insights/src/prompt/sentiment-prompt.ts",
      commit: "251337cf6e74405e7e94ac96646a6a37391660f1",
    }),
    note: "sentiment of the conversation as JSON; same createPrompt wrapping, json_object, temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.BP_SENTIMENT.replaceAll("{{SENTIMENT_OPTIONS}}", SENTIMENTS).trim()),
        ...botpressMessages(c),
      ],
      temperature: 0,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "Rasa LLMIntentClassifier",
    task: "classification",
    source: src(RASA, {
      path: "rasa/nlu/classifiers/llm_intent_classifier.py",
      commit: "0735bd88ad0b8211605fdc88551189ca3eadada5",
    }),
    paraphrased: true,
    note:
      "default prompt rendered with the bot's intents and nearest training examples for the latest message; LangChain LLMChain as one user message, temperature 0.7, max_tokens 256",
    build: (c) => ({
      ...one(
        "Label a users message from a\nconversation with an intent. Reply ONLY with the name of the intent.\n\nThe intent should be one of the following:\n" +
          ["ask_deadline", "ask_price", "greet"].map((i) => `- ${i}\n`).join("") + "\n" +
          [
            { text: "when is the last day to sign up?", intent: "ask_deadline" },
            { text: "how much does it cost?", intent: "ask_price" },
            { text: "hello there", intent: "greet" },
          ].map((e) => `\nMessage: ${e.text}\nIntent: ${e.intent}\n`).join("") +
          `\nMessage: ${c.followUp}\nIntent:`,
      ),
      temperature: 0.7,
      max_tokens: 256,
    }),
  },
  {
    client: "Rasa LLMCommandGenerator",
    task: "classification",
    source: src(RASA, {
      path: "rasa/dialogue_understanding/generator/command_prompt_template.jinja2",
      commit: "1e87cd8591c5d09932cba9e99de34654a0004836",
    }),
    paraphrased: true,
    note:
      "command prompt for the app's flows, transcript as USER:/AI: lines; Jinja whitespace reconstructed; one user message, temperature 0, max_tokens 256",
    build: (c) => ({
      ...one(P.RASA_COMMANDS({
        flows: [
          {
            name: "plan_event",
            description: "help the user plan a community event",
            slots: ["event_date", "venue"],
          },
          { name: "check_rules", description: "explain permits or rules that apply", slots: ["topic"] },
        ],
        conversation: [
          ...toLines(c.turns, { user: "USER", assistant: "AI" }).split("\n"),
          `USER: ${c.followUp}`,
        ].join("\n"),
        userMessage: c.followUp,
      })),
      temperature: 0,
      max_tokens: 256,
    }),
  },
  {
    client: "CopilotKit",
    task: "follow-ups",
    source: src(COPILOTKIT, {
      path: "packages/v2/core/src/core/suggestion-engine.ts",
      commit: "13786bd613b0cdf6450091613b4bf8ba6a8984aa",
    }),
    paraphrased: true,
    note:
      "SuggestionEngine clones the agent with the chat's messages and adds this user message; copilotkitSuggest tool forced; the agent's own system prompt omitted",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns),
        usr(
          P.COPILOTKIT_SUGGEST({
            min: 1,
            max: 3,
            tools: "[]",
            instructions: "Suggest short follow-up questions.",
          }),
        ),
      ],
      stream: true,
      tools: [P.COPILOTKIT_SUGGEST_TOOL],
      tool_choice: { type: "function", function: { name: "copilotkitSuggest" } },
    } as ChatBody),
  },
  {
    client: "ChatWiki",
    task: "query-rewrite",
    source: src(CHATWIKI, {
      path: "internal/app/chatwiki/define/prompt.go",
      commit: "51479669b4d9edbbe62b1ce72185c8531a0f7912",
    }),
    note:
      "common/msql.go GetOptimizedQuestions: Chinese system prompt (no dialogue background), the Q/A pairs, the question; max_tokens 200, the robot's temperature",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.fill(P.CW_OPTIMIZE, { dialogue_background: "" })), ...pairs(c), usr(c.followUp)],
      temperature: 0.5,
      max_tokens: 200,
    }),
  },
  {
    client: "ChatWiki",
    task: "follow-ups",
    source: src(CHATWIKI, {
      path: "internal/app/chatwiki/define/prompt.go",
      commit: "51479669b4d9edbbe62b1ce72185c8531a0f7912",
    }),
    note:
      "business/chat.go question guide: Chinese prompt as the only user message, histories 'Q: …A: …' run together, question_guide_num 3, max_tokens 200",
    build: (c) => ({
      ...one(P.fill(P.CW_GUIDE, {
        num: "3",
        histories: c.turns.map((t) => `${t.role === "user" ? "Q" : "A"}: ${t.content}`).join(""),
      })),
      temperature: 0.5,
      max_tokens: 200,
    }),
  },
  {
    client: "ChatWiki workflow",
    task: "query-rewrite",
    source: src(CHATWIKI, {
      path: "internal/app/chatwiki/work_flow/adapter.go",
      commit: "51479669b4d9edbbe62b1ce72185c8531a0f7912",
    }),
    note:
      "QuestionOptimizeNode with the user role: Q/A pairs, then PromptWorkFlowQuestionOptimize + '\\n\\n' + question as the user message",
    build: (c) => ({
      model: MODEL,
      messages: [...pairs(c), usr([P.CW_FLOW_OPTIMIZE, c.followUp].join("\n\n"))],
      temperature: 0.5,
    }),
  },
  {
    client: "ChatWiki workflow",
    task: "classification",
    source: src(CHATWIKI, {
      path: "internal/app/chatwiki/work_flow/adapter.go",
      commit: "51479669b4d9edbbe62b1ce72185c8531a0f7912",
    }),
    note:
      "CateNode with the system role: WorkFlowCateNodePrompt with numbered categories, Q/A pairs, the question",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.CW_CATE.replace("%s", CATEGORIES)), ...pairs(c), usr(c.followUp)],
      temperature: 0.5,
    }),
  },
  {
    client: "BuildingAI",
    task: "title",
    source: src(BUILDINGAI, {
      path: "packages/api/src/modules/ai/chat/handlers/chat-title.handler.ts",
      commit: "53cdce73e4a47e41fbbd7182b3b8cf5c8f5c4315",
    }),
    paraphrased: true,
    note:
      "GENERATE_TITLE_PROMPT(first user message trimmed to 50 chars); AI SDK generateText({prompt}) as one user message",
    build: (c) => one(P.BUILDINGAI_TITLE(firstExchange(c).question.trim().slice(0, 50))),
  },
  {
    client: "BuildingAI",
    task: "follow-ups",
    source: src(BUILDINGAI, {
      path: "packages/api/src/modules/ai/agents/handlers/follow-up-suggestions.ts",
      commit: "53cdce73e4a47e41fbbd7182b3b8cf5c8f5c4315",
    }),
    paraphrased: true,
    note:
      "after each reply: last question cut to 80 chars, answer to 300; generateText({prompt}) as one user message",
    build: (c) =>
      one(P.BUILDINGAI_FOLLOW_UPS(lastUser(c).trim().slice(0, 80), lastAnswer(c).trim().slice(0, 300))),
  },
  {
    client: "promptflow chat-with-pdf",
    task: "query-rewrite",
    source: src(PROMPTFLOW, {
      path: "examples/flows/chat/chat-with-pdf/chat_with_pdf/rewrite_question_prompt.md",
      commit: "c992d9de224cbef20b6aa6bc7a1e93fef1c7ba1d",
    }),
    note: "rewrite_question.py: the Jinja prompt with the history and question as one user message",
    build: (c) =>
      one(
        P.PF_REWRITE + c.turns.map((t) => `\n${t.role}: ${t.content}\n`).join("") +
          `\n## Question\n${c.followUp}\n## Rewritten question`,
      ),
  },
  {
    client: "PraisonAI QueryRewriterAgent",
    task: "query-rewrite",
    source: src(PRAISON, {
      path: "src/praisonai-agents/praisonaiagents/agent/query_rewriter_agent.py",
      commit: "52e3e37b1c0ede378426e764fff38834f8e209c2",
    }),
    paraphrased: true,
    note: "CONTEXTUAL strategy via the internal Agent (system prompt from its backstory, role and goal)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.PRAISON_REWRITER_SYSTEM),
        usr(P.fill(P.PRAISON_CONTEXTUAL, {
          chat_history: c.turns.map((t) => `${t.role === "user" ? "User" : "Assistant"}: ${t.content}\n`)
            .join(""),
          query: c.followUp,
        })),
      ],
    }),
  },
  {
    client: "PraisonAI ContextCompressor",
    task: "compaction",
    source: src(PRAISON, {
      path: "src/praisonai-agents/praisonaiagents/context/compressor.py",
      commit: "52e3e37b1c0ede378426e764fff38834f8e209c2",
    }),
    note: "_summarize_with_llm via achat: one user message, max_tokens = summary_target_tokens 750",
    build: (c) => ({
      ...one(P.PRAISON_COMPRESS(c.turns.map((t) => `[${t.role}]: ${t.content}`).join("\n"), 750)),
      max_tokens: 750,
    }),
  },
  {
    client: "Rowboat",
    task: "title",
    source: src(ROWBOAT, {
      path: "apps/x/packages/core/src/knowledge/generate_title.ts",
      commit: "cf478e48223226ac56e586974c8e202f0b11e801",
    }),
    note:
      "generateText({system, prompt: first message collapsed and cut to 500 chars}), maxOutputTokens 1000",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.ROWBOAT_TITLE),
        usr(firstExchange(c).question.trim().replace(/\s+/g, " ").slice(0, 500)),
      ],
      max_tokens: 1000,
    }),
  },
  {
    client: "solon-ai ReAct",
    task: "compaction",
    source: src(SOLON, {
      path:
        "solon-ai-agent/src/main/java/org/noear/solon/ai/agent/react/intercept/compress/LLMCompressionStrategy.java",
      commit: "b2b0a27fdaf0b8d21410dbf914e4fe86f8be565e",
    }),
    note:
      "Chinese system instruction; CompressionUtil formats USER: lines and [Thought]: for assistant turns",
    build: (c) => ({
      model: MODEL,
      messages: [sys(P.SOLON_COMPRESS_SYSTEM), usr(P.SOLON_COMPRESS_USER(solonLines(c)))],
    }),
  },
  {
    client: "solon-ai TeamAgent",
    task: "speaker-selection",
    source: src(SOLON, {
      path: "solon-ai-agent/src/main/java/org/noear/solon/ai/agent/team/task/SupervisorTask.java",
      commit: "b2b0a27fdaf0b8d21410dbf914e4fe86f8be565e",
    }),
    paraphrased: true,
    note:
      "supervisor dispatch: TeamSystemPromptCn with the hierarchical protocol, the working memory, the Chinese assignment instruction; member metadata and history rendering simplified",
    build: (c) => {
      const marker = "[TEAM_FINISH]";
      const members = JSON.stringify([
        { name: "researcher", description: "查找事实和规定" },
        { name: "writer", description: "撰写最终答复" },
      ]);
      return {
        model: MODEL,
        messages: [
          sys(
            P.SOLON_SUPERVISOR_SYSTEM({
              members,
              task: firstExchange(c).question,
              candidates: "researcher, writer",
              marker,
            }),
          ),
          ...toMessages(c.turns),
          usr(P.SOLON_SUPERVISOR_USER({
            window: 5,
            history: `### Expert Output (researcher)\n${firstExchange(c).answer}`,
            turn: 2,
            marker,
            pending: "writer",
          })),
        ],
      };
    },
  },
  {
    client: "Inngest AgentKit",
    task: "speaker-selection",
    source: src(AGENTKIT, {
      path: "packages/agent-kit/src/network.ts",
      commit: "fc28437332f2fee4b15949c14e5f8bd851dc6ad4",
    }),
    paraphrased: true,
    note:
      "default routing agent between agent runs: system prompt listing the network's agents, the history so far, select_agent/done tools with tool_choice 'any' (required); message assembly reconstructed",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(P.AGENTKIT_ROUTER([
          { name: "planner", description: "Breaks the user's request into practical steps" },
          { name: "rules_checker", description: "Looks up permits, rules and deadlines" },
        ])),
        ...toMessages(c.turns),
        usr(c.followUp),
      ],
      tools: P.AGENTKIT_TOOLS,
      tool_choice: "required",
    } as ChatBody),
  },
  {
    client: "Microsoft.Extensions.AI",
    task: "summary",
    source: src(MEAI, {
      path: "src/Libraries/Microsoft.Extensions.AI/ChatReduction/SummarizingChatReducer.cs",
      commit: "02dcda10f89fffc13e3b3a25b0d84905e5a34f44",
    }),
    note:
      "SummarizingChatReducer(targetCount 2, threshold 2) on history + new question: the 3 oldest messages, then the prompt as a trailing system message",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...toMessages(c.turns.slice(0, 3)),
        sys(P.MEAI_SUMMARY),
      ],
    }),
  },
];
