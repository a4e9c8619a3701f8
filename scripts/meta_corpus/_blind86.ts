/**
 * Blind round 86: agent frameworks, multi-agent and workflow libraries read only for this round and measured without
 * changing the rules. Speaker selection and task assignment of a LangGraph.js supervisor (@librechat/agents copy),
 * a workflow orchestrator's "which agent next", Concordia's game-master initiative and memory summary, guardrail
 * classifiers of the OpenAI Agents SDK and the realtime agents demo, reflection and memory-profile updates
 * (executive-ai-assistant, agents-from-scratch, LangChain Academy), OpenAgents' follow-up questions, a retrieval
 * agent's query generation, and DivineSense's Chinese conversation title and memory summary; plus hard negatives
 * from the same clients' ordinary turns and user turns asking for a title or summary of their own text.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_86 } from "./_conversations_blind86.ts";
import type { Negative } from "./_negatives_pasted.ts";
import { asst, firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";

const at = (repo: string, commit: string) => (path: string) => ({ repo, path, commit });
const DIVINE = at("88lin/divinesense", "0df3a15c42bb9527970b51302b2e686658ef9dfb");
const LCAGENTS = at("theBikz/recqu-agents", "93efd598fa50fc595da5e34d1739bf33d8aadae7");
const MEDASSIST = at("sam-osia/medassist", "8552f16c26b16ec58c00f6b63ef020515feb8c69");
const CONCORDIA = at("google-deepmind/concordia", "513c3d622d19cf99f1c2f63991b648ffd3d5fcb5");
const OA_SDK = at("openai/openai-agents-python", "7f7a44f8dc0650296bd5ab6c745c9bcbaa6ac3b7");
const REALTIME = at("openai/openai-realtime-agents", "b80e22706fbd3fefad3ca78aceb43fbd0ec95a92");
const EAIA = at("langchain-ai/executive-ai-assistant", "758db7174223da7864feea7c9f8d1aba12923037");
const OPENAGENTS = at("xlang-ai/OpenAgents", "ff2e46440699af1324eb25655b622c4a131265bb");
const RETRIEVAL = at("langchain-ai/retrieval-agent-template", "8f4025541ba9a3a795066c00b1689fa40695f0ee");
const SCRATCH = at("langchain-ai/agents-from-scratch", "edf2c479191d89bf96e6dceb6ee952a618979fc6");
const ACADEMY = at("langchain-ai/langchain-academy", "fa15bec4a51c541c40c261586b037c9d134977b1");

// Verbatim template texts, copied from the files cited in each template's source.
const DS_TITLE_SYSTEM =
  '你是一个专业的标题生成助手。根据提供的内容，生成简洁准确的标题。\n\n要求：\n1. 长度：3-15个字符（中文）或 3-8个单词（英文）\n2. 反映核心主题，避免冗余表述（如"关于..."、"讨论了..."）\n3. 问题可直接用问题本身，任务可用任务描述\n4. 保持中立客观\n\n直接返回JSON，不要使用代码块：{"title": "标题"}\n';
const DS_TITLE_USER =
  "用户消息: {{.UserMessage}}\n\nAI 回复: {{.AIResponse}}\n\n请为这段对话生成一个简短的标题。\n";
const DS_MEMORY_SYSTEM =
  "You are a memory summarizer. Create a concise summary (max 100 words) of this AI interaction that captures:\n1. The user's intent or question\n2. The key information or action from the response\nFocus on information that would be useful for future reference.";
const DS_MEMORY_USER = "User: %s\n\nAssistant: %s\n\nSummary:";
const DS_GENERAL_SYSTEM =
  "## Identity\n你是 GeneralParrot，DivineSense 的通用智能代理。\n你的核心能力是：处理不需要特定工具的纯文本任务。\n\n## Capabilities\n你擅长处理以下类型的任务：\n- **文本总结**: 对对话历史或长文本进行摘要\n- **翻译转换**: 中英文翻译、文本格式转换\n- **改写润色**: 优化文本表达、调整语气风格\n- **问答对话**: 基于上下文的问答和解释\n- **分析推理**: 对信息进行分析、推理和归纳\n\n## Guidelines\n1. 保持回答简洁、准确\n2. 如果需要上下文信息但缺失，礼貌地请用户提供\n3. 对于复杂问题，可以分步骤解答\n4. 始终保持专业、友好的态度\n\n## Output Format\n- 使用清晰的 Markdown 格式\n- 适当使用标题、列表和代码块\n- 避免过长的回复，必要时分段\n";
const LC_SUPERVISOR =
  "You are a supervisor tasked with managing a conversation between the\nfollowing workers: {members}. Given the following user request,\nrespond with the worker to act next. Each worker will perform a\ntask and respond with their results and status. Multiple workers can work at once, and they can use multiple tools at once. Each worker can run their tools multiple times per task. When finished,\nrespond with FINISH.";
const LC_TASK_MANAGER =
  "You are a Task Manager responsible for efficiently coordinating a team of specialized workers: {members}. Your PRIMARY and SOLE OBJECTIVE is to fulfill the user's specific request as quickly and effectively as possible.\n\nCRITICAL GUIDELINES:\n1. The user's request is your CHIEF CONCERN. Every action must directly contribute to fulfilling this request.\n2. Aim to complete the entire task in NO MORE THAN 2-3 TURNS, unless explicitly instructed otherwise.\n3. Eliminate all superfluous activity. Each task must be essential to achieving the user's goal.\n4. Assign no more than 5 tasks per turn, and only if absolutely necessary.\n5. Be concise and direct in your task assignments.\n6. End the process IMMEDIATELY once the user's request is fulfilled by setting 'end' to true and assigning no new tasks.\n\nYour responsibilities:\n1. Analyze the user's request and break it down into the minimum necessary subtasks.\n2. Assign these essential tasks to the most appropriate team members based on their skills and tools.\n3. Prioritize tasks to ensure the most efficient path to completion.\n4. Continuously evaluate if the user's request has been fully addressed.\n5. End the process IMMEDIATELY once the user's request is fulfilled.\n\nTask Assignment Guidelines:\n- Assign only the most crucial tasks required to meet the user's needs.\n- Multiple tasks can be assigned to the same team member if it improves efficiency.\n- Always specify the tool to use if applicable.\n- Consider task dependencies to minimize the number of turns.\n\nAfter each round:\n- Critically assess if the user's request has been fully addressed.\n- If more work is genuinely needed, assign only the most essential remaining tasks.\n- If the user's request has been fulfilled or can be fulfilled with the results at hand, set 'end' to true and assign no new tasks.\n\nREMEMBER: Your success is measured by how quickly and effectively you fulfill the user's request, not by the number of tasks assigned or turns taken. Excessive deliberation or unnecessary tasks are counterproductive. Focus solely on the user's needs and conclude the process as soon as those needs are met.";
const EAIA_REFLECTION =
  "You are helping an AI agent improve. You can do this by changing their system prompt.\n\nThese is their current prompt:\n<current_prompt>\n{current_prompt}\n</current_prompt>\n\nHere was the agent's trajectory:\n<trajectory>\n{trajectory}\n</trajectory>\n\nHere is the user's feedback:\n\n<feedback>\n{feedback}\n</feedback>\n\nHere are instructions for updating the agent's prompt:\n\n<instructions>\n{instructions}\n</instructions>\n\n\nBased on this, return an updated prompt\n\nYou should return the full prompt, so if there's anything from before that you want to include, make sure to do that. Feel free to override or change anything that seems irrelevant. You do not need to update the prompt - if you don't want to, just return `update_prompt = False` and an empty string for new prompt.";
const EAIA_TONE =
  "Only update the prompt to include instructions on the **style and tone and format** of the response. Do NOT update the prompt to include anything about the actual content - only the style and tone and format. The user sometimes responds differently to different types of people - take that into account, but don't be too specific.";
const EAIA_REWRITE_PREFS =
  "Harrison has a few rules for how he likes his emails to be written:\n\n- He generally likes to match their tone. If they write formally, then so will he. If they write casually, then he should write casual\n- If working with an assistant to schedule, then he is usually more formal\n- If conversing with someone he seems to know well, then he is more direct and to the fact\n- Harrison REALLY does not want anyone to know he is using an assistant, so you should try not to sound too much like an assistant and rather sound like Harrison\n- When Harrison is casual, he generally does not include any greetings or sign offs, and just directly says his message\n";
const OA_SUGGEST =
  "{input_string}\n--------------------\nHere is the conversation between Human and AI.\n{chat_memory}\n--------------------\nPlease provide {num_questions} natural language questions related to the above contents, but very different from each other. These questions should be diverse, challenging, and targeted towards different perspectives.\nKeep each questions shorter than 15 words.\nYou should ask these questions like you would ask a human, but strictly follow the style of your role-playing character.\nDo not explicitly mention the provided contents; instead use natural language descriptions for them. The final result should be a numbered list.\n";
const RT_QUERY_SYSTEM =
  "Generate search queries to retrieve documents that may help answer the user's question. Previously, you made the following queries:\n    \n<previous_queries/>\n{queries}\n</previous_queries>\n\nSystem time: {system_time}";
const RT_RESPONSE_SYSTEM =
  "You are a helpful AI assistant. Answer the user's questions based on the retrieved documents.\n\n{retrieved_docs}\n\nSystem time: {system_time}";
const AFS_MEMORY_UPDATE =
  '\n# Role and Objective\nYou are a memory profile manager for an email assistant agent that selectively updates user preferences based on feedback messages from human-in-the-loop interactions with the email assistant.\n\n# Instructions\n- NEVER overwrite the entire memory profile\n- ONLY make targeted additions of new information\n- ONLY update specific facts that are directly contradicted by feedback messages\n- PRESERVE all other existing information in the profile\n- Format the profile consistently with the original style\n- Generate the profile as a string\n\n# Reasoning Steps\n1. Analyze the current memory profile structure and content\n2. Review feedback messages from human-in-the-loop interactions\n3. Extract relevant user preferences from these feedback messages (such as edits to emails/calendar invites, explicit feedback on assistant performance, user decisions to ignore certain emails)\n4. Compare new information against existing profile\n5. Identify only specific facts to add or update\n6. Preserve all other existing information\n7. Output the complete updated profile\n\n# Example\n<memory_profile>\nRESPOND:\n- wife\n- specific questions\n- system admin notifications\nNOTIFY: \n- meeting invites\nIGNORE:\n- marketing emails\n- company-wide announcements\n- messages meant for other teams\n</memory_profile>\n\n<user_messages>\n"The assistant shouldn\'t have responded to that system admin notification."\n</user_messages>\n\n<updated_profile>\nRESPOND:\n- wife\n- specific questions\nNOTIFY: \n- meeting invites\n- system admin notifications\nIGNORE:\n- marketing emails\n- company-wide announcements\n- messages meant for other teams\n</updated_profile>\n\n# Process current profile for {namespace}\n<memory_profile>\n{current_profile}\n</memory_profile>\n\nThink step by step about what specific feedback is being provided and what specific information should be added or updated in the profile while preserving everything else.\n\nThink carefully and update the memory profile based upon these user messages:';
const AFS_REINFORCEMENT =
  "\nRemember:\n- NEVER overwrite the entire memory profile\n- ONLY make targeted additions of new information\n- ONLY update specific facts that are directly contradicted by feedback messages\n- PRESERVE all other existing information in the profile\n- Format the profile consistently with the original style\n- Generate the profile as a string\n";
const AFS_RESPONSE_PREFS =
  "\nUse professional and concise language. If the e-mail mentions a deadline, make sure to explicitly acknowledge and reference the deadline in your response.\n\nWhen responding to technical questions that require investigation:\n- Clearly state whether you will investigate or who you will ask\n- Provide an estimated timeline for when you'll have more information or complete the task\n\nWhen responding to event or conference invitations:\n- Always acknowledge any mentioned deadlines (particularly registration deadlines)\n- If workshops or specific topics are mentioned, ask for more specific details about them\n- If discounts (group or early bird) are mentioned, explicitly request information about them\n- Don't commit \n\nWhen responding to collaboration or project-related requests:\n- Acknowledge any existing work or materials mentioned (drafts, slides, documents, etc.)\n- Explicitly mention reviewing these materials before or during the meeting\n- When scheduling meetings, clearly state the specific day, date, and time proposed\n\nWhen responding to meeting scheduling requests:\n- If times are proposed, verify calendar availability for all time slots mentioned in the original email and then commit to one of the proposed times based on your availability by scheduling the meeting. Or, say you can't make it at the time proposed.\n- If no times are proposed, then check your calendar for availability and propose multiple time options when available instead of selecting just one.\n- Mention the meeting duration in your response to confirm you've noted it correctly.\n- Reference the meeting's purpose in your response.\n";
const ACAD_CREATE_MEMORY =
  '"You are collecting information about the user to personalize your responses.\n\nCURRENT USER INFORMATION:\n{memory}\n\nINSTRUCTIONS:\n1. Review the chat history below carefully\n2. Identify new information about the user, such as:\n   - Personal details (name, location)\n   - Preferences (likes, dislikes)\n   - Interests and hobbies\n   - Past experiences\n   - Goals or future plans\n3. Merge any new information with existing memory\n4. Format the memory as a clear, bulleted list\n5. If new information conflicts with existing memory, keep the most recent version\n\nRemember: Only include factual information directly stated by the user. Do not make assumptions or inferences.\n\nBased on the chat history below, please update the user information:';
const ACAD_MODEL_SYSTEM =
  "You are a helpful assistant with memory that provides information about the user. \nIf you have memory for this user, use it to personalize your responses.\nHere is the memory (it may be empty): {memory}";
const ACAD_TRUSTCALL =
  "Reflect on following interaction. \n\nUse the provided tools to retain any necessary memories about the user. \n\nUse parallel tool calling to handle updates and insertions simultaneously.\n\nSystem Time: {time}";
const RT_GUARDRAIL =
  "You are an expert at classifying text according to moderation policies. Consider the provided message, analyze potential classes from output_classes, and output the best classification. Output json, following the provided schema. Keep your analysis and reasoning short and to the point, maximum 2 sentences.\n\n      <info>\n      - Company name: ${companyName}\n      </info>\n\n      <message>\n      ${message}\n      </message>\n\n      <output_classes>\n      - OFFENSIVE: Content that includes hate speech, discriminatory language, insults, slurs, or harassment.\n      - OFF_BRAND: Content that discusses competitors in a disparaging way.\n      - VIOLENCE: Content that includes explicit threats, incitement of harm, or graphic descriptions of physical injury or violence.\n      - NONE: If no other classes are appropriate and the message is fine.\n      </output_classes>\n      ";
const MED_ORCH =
  "# Workflow Orchestrator\n\nYou are a workflow orchestrator. Your job is to decide which agent to call next based on the current state and user request.\n\n## Available Agents\n\n[//]: # (- **clarifier**: Analyzes user requests and asks clarifying questions when the request is ambiguous or out of scope. Only call this agent ONCE!)\n- **generator**: Creates new workflows from scratch based on task description\n- **editor**: Modifies existing workflows based on edit requests\n- **chunk_operator**: Performs targeted insert/append/remove operations on workflows\n- **validator**: Validates workflow correctness (variable definitions, step IDs, etc.)\n- **prompt_filler**: Fills in null prompt fields for tools that require prompts\n- **summarizer**: Generates human-readable summaries of workflows\n\nNote: Output definitions are automatically derived from compute tool steps. No agent call needed.\n\n## Recommended Flows\n\n### New Workflow Creation\n\n[//]: # (1. `clarifier` - Check if request is clear and achievable)\n1. `generator` - Create the workflow skeleton with null prompts\n2. `prompt_filler` - Fill in prompts for tools that need them\n3. `validator` - Validate the workflow\n4. `summarizer` - Generate a summary\n5. `respond_to_user` with `include_workflow=true`\n\n### Edit Existing Workflow\n1. `editor` - Modify the workflow based on request\n2. `prompt_filler` - Fill prompts for any new steps (if needed)\n3. `validator` - Validate the workflow\n4. `summarizer` - Update summary\n5. `respond_to_user` with `include_workflow=true`\n\n### Insert/Append/Remove Steps\n1. `chunk_operator` - Perform the targeted operation\n2. `prompt_filler` - Fill prompts for new steps\n3. `validator` - Validate the workflow\n4. `summarizer` - Update summary\n5. `respond_to_user` with `include_workflow=true`\n\n## Decision Making\n\n1. **Check last_agent_result**: Understand what just happened\n   - If validation failed: Decide whether to retry generation/editing or report to user\n   - If generator/editor succeeded: Proceed to validation\n\n  [//]: # (   - If clarifier returned questions: Respond to user with the questions)\n  [//]: # (   - If clarifier returned out_of_scope: Explain to user what's not possible)\n\n2. **Track progress**: Follow the recommended flow for the operation type\n\n3. **Error handling**: If an agent fails multiple times, report to user\n\n4. **Completion**: When workflow is ready (validated, prompts filled, summarized), respond to user with `include_workflow=true`\n\n## Output Format\n\nAlways specify:\n- `action`: Which action to take\n- `reasoning`: A brief explanation of why you chose this action (1-2 sentences, conversational tone)\n- `agent_task`: Clear instructions for the agent (for call_* actions)\n- `response_text`: What to tell the user (for respond_to_user)\n- `include_workflow`: Whether to include the workflow in response\n- `chunk_operation`: The operation type (for call_chunk_operator only)\n\n## Important Notes\n\n- When responding with a workflow (`include_workflow=true`), the workflow summary will be automatically appended to your response. Keep your `response_text` brief (e.g., \"Here's your workflow for analyzing patient notes.\") - do not describe what the workflow does since the summary handles that.\n";

/** Python `str.format` / LangChain f-string placeholders, filled the way the client fills them. */
const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
const lastAnswer = (c: Conversation) =>
  [...c.turns].reverse().find((t) => t.role === "assistant")?.content ?? "";
const lastQuestion = (c: Conversation) =>
  [...c.turns].reverse().find((t) => t.role === "user")?.content ?? "";
/** LangChain `BaseMessage.pretty_repr()`: an 80-column `=` rule around the type, a blank line, the content. */
const prettyRepr = (c: Conversation) =>
  c.turns.map((t) =>
    t.role === "user"
      ? `${"=".repeat(32)} Human Message ${"=".repeat(33)}\n\n${t.content}`
      : `${"=".repeat(34)} Ai Message ${"=".repeat(34)}\n\n${t.content}`
  ).join("\n");
/** Concordia's OpenAI wrapper: a continuation system prompt and two worked examples before the document. */
const concordiaMessages = (prompt: string) => [
  sys("You always continue input provided by the user and you never repeat what the user already said."),
  usr("Question: Is Jake a turtle?\nAnswer: Jake is "),
  asst("not a turtle."),
  usr("Question: What is Priya doing right now?\nAnswer: Priya is currently "),
  asst("sleeping."),
  usr(prompt),
];
const PLAYERS = ["Alice", "Bob"] as const;
/** Concordia events: the two players speak the conversation's user and assistant turns. */
const playerLines = (c: Conversation) => toLines(c.turns, { user: PLAYERS[0], assistant: PLAYERS[1] });
const jsonSchema = (name: string, properties: Record<string, unknown>) => ({
  type: "json_schema",
  json_schema: {
    name,
    strict: true,
    schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
  },
});
const WORKERS = "researcher, coder";
const ISO_TIME = "2026-03-14T09:26:53.589793+00:00";

export const BLIND86: Template[] = [
  {
    client: "DivineSense",
    task: "title",
    source: DIVINE("ai/title_generator.go"),
    note:
      "config/prompts/title.yaml system_prompt, conversation_template with the first user message and AI reply; max_tokens 50, temperature 0.1",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      const user = DS_TITLE_USER.replace("{{.UserMessage}}", question).replace("{{.AIResponse}}", answer);
      return { model: MODEL, messages: [sys(DS_TITLE_SYSTEM), usr(user)], max_tokens: 50, temperature: 0.1 };
    },
  },
  {
    client: "DivineSense",
    task: "memory",
    source: DIVINE("ai/memory/simple/generator.go"),
    note: "memory summarizer after an AI interaction: fixed system prompt, the user input and the outcome",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(DS_MEMORY_SYSTEM),
        usr(DS_MEMORY_USER.replace("%s", lastQuestion(c)).replace("%s", lastAnswer(c))),
      ],
    }),
  },
  {
    client: "@librechat/agents (CollabGraph)",
    task: "speaker-selection",
    source: LCAGENTS("src/proto/CollabGraph.ts"),
    note:
      "supervisorPrompt from src/prompts/collab.ts, the messages, then the routing system line; the route function is forced with tool_choice (tools not carried here)",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(LC_SUPERVISOR, { members: WORKERS })),
        ...toMessages(c.turns),
        sys(
          `Given the conversation above, who should act next? Or should we FINISH? Select one of: __end__, ${WORKERS}`,
        ),
      ],
    }),
  },
  {
    client: "@librechat/agents (TaskManager)",
    task: "speaker-selection",
    source: LCAGENTS("src/proto/TaskManager.ts"),
    note:
      "taskManagerPrompt from src/prompts/taskmanager.ts, the messages, no completed tasks yet, then the human instruction; assign_tasks/end_process tools not carried here",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(LC_TASK_MANAGER, { members: WORKERS })),
        ...toMessages(c.turns),
        usr(
          "Based on the conversation above and the completed tasks, either assign new tasks using the 'assign_tasks' function or end the process using the 'end_process' function if the user's request is fulfilled. Assign only the most essential tasks to minimize the number of turns. Do not repeat tasks that have already been completed.",
        ),
      ],
    }),
  },
  {
    client: "medassist workflow orchestrator",
    task: "routing",
    source: MEDASSIST("backend/core/workflow/orchestrator.py"),
    note:
      "prompts/orchestrator_prompt.md plus CURRENT CONTEXT (first iteration: the user message, no workflow) as system, one fixed user line; OrchestratorDecision schema, temperature 0.5",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(
          `${MED_ORCH}\n\nCURRENT CONTEXT:\nUSER MESSAGE: ${c.followUp}\n\nCURRENT WORKFLOW EXISTS: No\n\nDecide what to do next. If the workflow is ready and summarized, respond to user.`,
        ),
        usr("What should we do next?"),
      ],
      temperature: 0.5,
    }),
  },
  {
    client: "Concordia game master",
    task: "speaker-selection",
    source: CONCORDIA("concordia/components/game_master/next_acting.py"),
    paraphrased: true,
    note:
      "NextActing multiple-choice question through base_gpt_model.py sample_choice; only the 'Conversation' (display events) component is shown, the instructions and player components are left out",
    build: (c) => {
      const doc = `Conversation:\n${playerLines(c)}\n\nQuestion: Whose turn is next?\n  (a) ${
        PLAYERS[0]
      }\n  (b) ${PLAYERS[1]}\nAnswer: (`;
      return {
        model: MODEL,
        messages: concordiaMessages(`${doc}\nRespond EXACTLY with one of the following strings:\na\nb.`),
        max_tokens: 5000,
        temperature: 1,
      };
    },
  },
  {
    client: "Concordia game master",
    task: "summary",
    source: CONCORDIA("concordia/components/agent/all_similar_memories.py"),
    paraphrased: true,
    note:
      "AllSimilarMemories conditioned on the dialogic game master's 'Conversation' events (prefabs/game_master/dialogic.py); open_question max_tokens 750; event lines rendered as 'Name: text'",
    build: (c) => ({
      model: MODEL,
      messages: concordiaMessages(
        `Statements:\nConversation:\n${
          playerLines(c)
        }\n\nQuestion: Summarize the statements above.\nAnswer: `,
      ),
      max_tokens: 750,
    }),
  },
  {
    client: "OpenAI Agents SDK guardrail example",
    task: "classification",
    source: OA_SDK("examples/agent_patterns/input_guardrails.py"),
    note:
      "guardrail_agent instructions as system, the run input (the conversation so far) as items; output_type MathHomeworkOutput as a JSON schema; the SDK sends it to /v1/responses by default",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("Check if the user is asking you to do their math homework."),
        ...toMessages(c.turns),
        usr(c.followUp),
      ],
      response_format: jsonSchema("final_output", {
        reasoning: { type: "string" },
        is_math_homework: { type: "boolean" },
      }),
    }),
  },
  {
    client: "openai-realtime-agents guardrail",
    task: "classification",
    source: REALTIME("src/app/agentConfigs/guardrails.ts"),
    note:
      "runGuardrailClassifier on the agent's last output, one user message, companyName newTelco; gpt-4o-mini with a zod text format, sent through /api/responses",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(RT_GUARDRAIL.replace("${companyName}", "newTelco").replace("${message}", lastAnswer(c))),
      ],
      response_format: jsonSchema("output_format", {
        moderationRationale: { type: "string" },
        moderationCategory: { type: "string", enum: ["OFFENSIVE", "OFF_BRAND", "VIOLENCE", "NONE"] },
      }),
    }),
  },
  {
    client: "executive-ai-assistant",
    task: "memory",
    source: EAIA("eaia/reflection_graphs.py"),
    paraphrased: true,
    note:
      "general_reflection_prompt for the tone memory (rewrite_preferences from eaia/main/config.yaml as current prompt), trajectory via pretty_repr, the user's feedback; one user message, o1, GeneralResponse json_schema",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(fill(EAIA_REFLECTION, {
          current_prompt: EAIA_REWRITE_PREFS,
          trajectory: prettyRepr(c),
          feedback: c.followUp,
          instructions: EAIA_TONE,
        })),
      ],
      response_format: jsonSchema("GeneralResponse", {
        logic: { type: "string" },
        update_prompt: { type: "boolean" },
        new_prompt: { type: "string" },
      }),
    }),
  },
  {
    client: "OpenAgents",
    task: "follow-up",
    source: OPENAGENTS("real_agents/adapters/executors/question_suggestion/prompts.py"),
    note:
      "template_chat_memory via backend/api/recommend.py: user_intent is the last user message, the last 4 messages as Human:/AI: lines, 3 questions; ChatOpenAI streaming, temperature 0.7",
    build: (c) => ({
      model: MODEL,
      messages: [
        usr(fill(OA_SUGGEST, {
          input_string: lastQuestion(c),
          chat_memory: toLines(c.turns.slice(-4), { user: "Human", assistant: "AI" }),
          num_questions: "3",
        })),
      ],
      stream: true,
      temperature: 0.7,
    }),
  },
  {
    client: "retrieval-agent-template",
    task: "query-rewrite",
    source: RETRIEVAL("src/retrieval_graph/graph.py"),
    note:
      "generate_query after the first turn: QUERY_SYSTEM_PROMPT with the earlier query, then all messages incl. the new question; structured output SearchQuery",
    build: (c) => {
      const { question } = firstExchange(c);
      return {
        model: MODEL,
        messages: [
          sys(fill(RT_QUERY_SYSTEM, { queries: question, system_time: ISO_TIME })),
          ...toMessages(c.turns),
          usr(c.followUp),
        ],
        response_format: jsonSchema("SearchQuery", { query: { type: "string" } }),
      };
    },
  },
  {
    client: "agents-from-scratch email assistant",
    task: "memory",
    source: SCRATCH("src/email_assistant/email_assistant_hitl_memory.py"),
    paraphrased: true,
    note:
      "update_memory for response_preferences: MEMORY_UPDATE_INSTRUCTIONS system, the messages (tool results left out), the feedback user line with the reinforcement; gpt-4.1 temperature 0, UserPreferences",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(AFS_MEMORY_UPDATE, {
          current_profile: AFS_RESPONSE_PREFS,
          namespace: "('email_assistant', 'response_preferences')",
        })),
        ...toMessages(c.turns),
        usr(
          `User gave feedback, which we can use to update the response preferences. Follow all instructions above, and remember: ${AFS_REINFORCEMENT}.`,
        ),
      ],
      temperature: 0,
    }),
  },
  {
    client: "LangChain Academy chatbot",
    task: "summary",
    source: ACADEMY("module-2/studio/chatbot.py"),
    note:
      "summarize_conversation with no summary yet: the messages plus one human line; gpt-4o temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [...toMessages(c.turns), usr("Create a summary of the conversation above:")],
      temperature: 0,
    }),
  },
  {
    client: "LangChain Academy memory store",
    task: "memory",
    source: ACADEMY("module-5/studio/memory_store.py"),
    note:
      "write_memory: CREATE_MEMORY_INSTRUCTION with no existing memory as system, then the messages; temperature 0",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(fill(ACAD_CREATE_MEMORY, { memory: "No existing memory found." })),
        ...toMessages(c.turns),
      ],
      temperature: 0,
    }),
  },
  {
    client: "LangChain Academy memory agent",
    task: "memory",
    source: ACADEMY("module-5/studio/memory_agent.py"),
    paraphrased: true,
    note:
      "update_profile: TRUSTCALL_INSTRUCTION system before the messages; Trustcall adds its Profile tool and existing docs (not carried here)",
    build: (c) => ({
      model: MODEL,
      messages: [sys(fill(ACAD_TRUSTCALL, { time: "2026-03-14T09:26:53.589793" })), ...toMessages(c.turns)],
      temperature: 0,
    }),
  },
];

const [EN, FR, JA, PL] = CONVERSATIONS_BLIND_86 as [Conversation, Conversation, Conversation, Conversation];
const MEETING_NOTES =
  "周二例会记录：1. 新版导出功能推迟到下个月发布，原因是PDF排版在长表格时会错位；2. 小王负责联系设计团队确认新图标；3. 客服反馈搜索太慢，后端准备加缓存，预计两周；4. 下次例会改到周四下午三点。";
const BLOG_DRAFT =
  "Seit drei Jahren fahre ich jeden Tag mit dem Rad zur Arbeit, auch im Winter. Am Anfang dachte ich, ich würde das nach dem ersten Schneefall aufgeben. Inzwischen weiß ich: Mit Spikereifen, einer guten Lampe und einer wasserdichten Hose ist der Winter kein Problem. Das Schwierigste ist nicht das Wetter, sondern der Moment, in dem man morgens die Haustür öffnet.";

/** Ordinary turns of the same clients (their main prompts with a real question), and own-text title/summary asks. */
export function buildBlind86Negatives(): Negative[] {
  return [
    {
      task: "blind-86",
      source: DIVINE("config/parrots/general.yaml"),
      note: "GeneralParrot system prompt; the user asks for a summary of their own meeting notes (Chinese)",
      body: {
        model: MODEL,
        messages: [
          sys(DS_GENERAL_SYSTEM),
          usr(`帮我把下面的会议记录总结成三点，方便发到群里：\n\n${MEETING_NOTES}`),
        ],
        stream: true,
      },
    },
    {
      task: "blind-86",
      source: DIVINE("config/parrots/general.yaml"),
      note: "GeneralParrot system prompt with an ordinary question after a chat (Japanese history)",
      body: {
        model: MODEL,
        messages: [sys(DS_GENERAL_SYSTEM), ...toMessages(JA.turns), usr(JA.followUp)],
        stream: true,
      },
    },
    {
      task: "blind-86",
      source: RETRIEVAL("src/retrieval_graph/prompts.py"),
      note:
        "RESPONSE_SYSTEM_PROMPT with retrieved documents, then the conversation and the next question (English)",
      body: {
        model: MODEL,
        messages: [
          sys(fill(RT_RESPONSE_SYSTEM, {
            retrieved_docs:
              "<documents>\n<document source='garden-guide.md'>\nRainwater tanks should be opaque; algae need light to grow. Do not add household bleach to tanks used for edible crops.\n</document>\n</documents>",
            system_time: ISO_TIME,
          })),
          ...toMessages(EN.turns),
          usr(EN.followUp),
        ],
      },
    },
    {
      task: "blind-86",
      source: ACADEMY("module-2/studio/chatbot.py"),
      note:
        "call_model after a summarization: 'Summary of conversation earlier' system, then the new user turn (French)",
      body: {
        model: MODEL,
        messages: [
          sys(
            "Summary of conversation earlier: The user is converting a 40-page master's thesis from Word to LaTeX with Pandoc and manages references in Zotero; the assistant recommended Better BibTeX with biblatex and biber.",
          ),
          usr(FR.followUp),
        ],
        temperature: 0,
      },
    },
    {
      task: "blind-86",
      source: ACADEMY("module-5/studio/memory_store.py"),
      note: "MODEL_SYSTEM_MESSAGE with a stored memory, then the user's question (Polish)",
      body: {
        model: MODEL,
        messages: [
          sys(fill(ACAD_MODEL_SYSTEM, { memory: "- Rides a used road bike\n- Does repairs at home" })),
          ...toMessages(PL.turns),
          usr(PL.followUp),
        ],
        temperature: 0,
      },
    },
    {
      task: "blind-86",
      source: OA_SDK("examples/agent_patterns/routing.py"),
      note: "the french_agent after a hand-off: its instructions and the user's question (French)",
      body: {
        model: MODEL,
        messages: [
          sys("You only speak French"),
          usr("Bonjour, comment dit-on « good evening » en français ?"),
        ],
        stream: true,
      },
    },
    {
      task: "blind-86",
      source: LCAGENTS("src/proto/CollabGraph.ts"),
      note: "a worker agent's ordinary turn in the collaborative graph: the user's request only (English)",
      body: { model: MODEL, messages: toMessages(EN.turns.slice(0, 1)), stream: true },
    },
    {
      task: "blind-86",
      note: "user asks for a title for their own blog paragraph (German), no system prompt",
      body: {
        model: MODEL,
        messages: [
          usr(`Kannst du mir drei mögliche Überschriften für diesen Absatz vorschlagen?\n\n${BLOG_DRAFT}`),
        ],
        stream: true,
      },
    },
    {
      task: "blind-86",
      note: "user pastes their own notes and asks for a short summary (Japanese), after an earlier chat",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(JA.turns),
          usr(
            "話は変わりますが、次のメモを2行で要約してください：\n昨日の打ち合わせで、来期の予算は10%削減、採用は2名から1名に変更、オフィス移転は延期と決まった。",
          ),
        ],
        stream: true,
      },
    },
    {
      task: "blind-86",
      note: "user asks to shorten their own message to a seller (Polish), after the chat",
      body: {
        model: MODEL,
        messages: [
          ...toMessages(PL.turns),
          usr(
            "Skróć proszę moją wiadomość do sprzedawcy do dwóch zdań: Dzień dobry, kupiłem od Pana rower w zeszłym tygodniu. Przerzutka tylna nie wchodziła na najmniejszą zębatkę, ale już to naprawiłem. Czy wie Pan może, czy hak przerzutki był kiedyś wymieniany albo prostowany?",
          ),
        ],
        stream: true,
      },
    },
  ];
}
