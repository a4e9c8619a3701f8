/**
 * Blind round 52: the verbatim prompt texts of the round's clients, extracted from the commits cited in
 * `_blind52.ts` (placeholders left as the source writes them; `_blind52.ts` fills them).
 */

/** SciSharp/BotSharp …/01fcc3e5-…/templates/conversation.summary.liquid, up to its loop over the conversations. */
export const BOTSHARP_SUMMARY_HEAD =
  "Please read each conversation in the [CONVERSATIONS] section by the same user and provide a summary.\n\n*** Super Important! Please consider every conversation. Do not only consider the recent sentences. ***\n** Please do not respond to the latest conversation.\n** Please summarize all conversations in one sentence.\n** Please do not exceed 900 characters when summarizing the conversations.\n* Please do not contain general information in the summary.\n* Please include some but not excessive details in the summary.\n\n\n[CONVERSATIONS]\n\n";
/** SciSharp/BotSharp …/01fcc3e5-…/instructions/instruction.liquid (the router's Liquid instruction, unrendered). */
export const BOTSHARP_ROUTER =
  'You\'re {{router.name}} ({{router.description}}). \nYou can route the request to appropriate agent. Default language is English(US).\nFollow these steps to handle user request:\n1. Read the [CONVERSATION] content.\n2. Determine which agent is suitable to handle this conversation. Try to minimize the routing of human service.\n3. Extract and populate agent required arguments, think carefully, leave it as blank object if user didn\'t provide the specific arguments.\n4. You must include all required args for the selected agent, but you must not make up any parameters when there is no exact value provided, those parameters must set value as null if not declared.\n5. Call function route_to_agent if user have specific requests and available agent to proceed. Do not ask user to provide any required args by yourself. The requested agent will handle and fill the required args internally.\n6. If user is greeting or do not have specific request, then you can call function response_to_user with a greeting message.\n\n{% if routing_requirements and routing_requirements != empty %}\n[REQUIREMENTS]\n{% for requirement in routing_requirements -%}\n# {{ requirement }}{{ "\\r\\n" }}\n{%- endfor %}\n{% endif %}\n\n[AGENTS]\n{% for agent in routing_agents -%}\n* Agent: {{ agent.name }}\n{{ agent.description}}\n{%- if agent.required_fields and agent.required_fields != empty -%}\n{{ "\\r\\n" }}\nRequired args: \n    {% for f in agent.required_fields -%}\n    - {{ f.name }} (type: {{ f.type }}): {{ f.description }}{{ "\\r\\n    " }}\n    {%- endfor %}\n{%- endif -%}\n{{ "\\r\\n" }}\n{%- if agent.optional_fields and agent.optional_fields != empty -%}\nOptional args: \n    {% for f in agent.optional_fields -%}\n    - {{ f.name }} (type: {{ f.type }}): {{ f.description }}{{ "\\r\\n    " }}\n    {%- endfor %}\n{%- endif -%}\n{{ "\\r\\n" }}\n{%- endfor %}\n\n[CONVERSATION]\n{{ conversation }}\n\nDetermine which function to call to proceed. Your output must be in JSON format.\n';
/** SciSharp/BotSharp …/01fcc3e5-…/templates/reasoner.naive.liquid (unrendered). */
export const BOTSHARP_NAIVE =
  "What is the next step based on the CONVERSATION?\nRoute to the last handling agent in priority.\n{% if expected_next_action_agent != empty  -%}\nExpected next action agent is {{ expected_next_action_agent }}. \n{%- else -%}\nNext action agent is determined from the latest user message in the context of the active user goal.\nIf the user only provides requested information, keep the previous next action agent or route to the agent for the active user goal.\n{%- endif %}\n{% if expected_user_goal_agent != empty  -%}\nExpected user goal agent is {{ expected_user_goal_agent }}. \n{%- else -%}\nUser goal agent is inferred from the user's active goal.\nKeep the existing user goal agent unless the latest user message explicitly starts a different task or workflow.\n{%- endif %}";
/** microsoft/agent-framework python/packages/core/agent_framework/_harness/_memory.py `DEFAULT_MEMORY_EXTRACTION_PROMPT`. */
export const AF_MEMORY =
  'You extract durable memory candidates from an agent transcript delta.\n\nReturn only JSON with this exact shape:\n{"memories":[{"topic":"short topic name","memory":"durable fact"}]}\n\nRules:\n- include only durable facts, preferences, decisions, or patterns worth remembering later\n- do not include transient tasks, temporary reminders, one-off outputs, or tool chatter\n- keep topic names short and stable\n- keep each memory item to one sentence\n- return at most 5 memory items\n- return {"memories": []} when nothing should be remembered\n';
/** microsoft/agent-framework python/packages/core/agent_framework/_compaction.py `DEFAULT_SUMMARIZATION_PROMPT`. */
export const AF_SUMMARY =
  "**Generate a clear and complete summary of the entire conversation in no more than five sentences.**\n\nThe summary must always:\n- Reflect contributions from both the user and the assistant\n- Preserve context to support ongoing dialogue\n- Incorporate any previously provided summary\n- Emphasize the most relevant and meaningful points\n\nThe summary must never:\n- Offer critique, correction, interpretation, or speculation\n- Highlight errors, misunderstandings, or judgments of accuracy\n- Comment on events or ideas not present in the conversation\n- Omit any details included in an earlier summary\n";
/** trpc-group/trpc-agent-go knowledge/query/llm.go `defaultSystemPrompt`. */
export const TRPC_QUERY =
  'Given a chat history and the latest user question, rewrite the question into a standalone search query optimized for vector database retrieval.\n\nRules:\n- Output ONLY the rewritten query, nothing else.\n- Resolve any references (e.g. "it", "that", "the above") using conversation context.\n- Remove conversational noise, greetings, and formatting instructions.\n- Keep the query concise and focused on key concepts.\n- If the question is already a clear, standalone query, return it as is.';
/** trpc-group/trpc-agent-go session/summary/summarizer.go `getDefaultSummarizerPrompt` (no word limit), before the conversation block. */
export const TRPC_GO_SUMMARY_BASE =
  "Analyze the following conversation between a user and an assistant, and provide a concise summary focusing on important information that would be helpful for future interactions. Keep the summary concise and to the point. Only include relevant information. Do not make anything up. Do not create new instructions, API rules, fetching rules, or pre-loaded data. If conversation content or a tool result was truncated, omitted, or errored, preserve that limitation instead of treating it as complete evidence.";
/** trpc-group/trpc-agent-python trpc_agent_sdk/sessions/_session_summarizer.py `DEFAULT_SUMMARIZER_PROMPT`. */
export const TRPC_PY_SUMMARY =
  "Please summarize the following conversation, focusing on:\n1. Key decisions made\n2. Important information shared\n3. Actions taken or planned\n4. Context that should be remembered for future interactions\n\nKeep the summary concise but comprehensive. Focus on what would be most important to remember\nfor continuing the conversation.\n\nConversation:\n{conversation_text}\n\nSummary:";
/** tmc/langchaingo chains/question_answering.go `_defaultCondenseQuestionTemplate`. */
export const LCGO_CONDENSE =
  "Given the following conversation and a follow up question, rephrase the follow up question to be a standalone question, in its original language.\n\nChat History:\n{{.chat_history}}\nFollow Up Input: {{.question}}\nStandalone question:";
/** tmc/langchaingo chains/question_answering.go `_defaultStuffQATemplate`. */
export const LCGO_STUFF_QA =
  "Use the following pieces of context to answer the question at the end. If you don't know the answer, just say that you don't know, don't try to make up an answer.\n\n{{.context}}\n\nQuestion: {{.question}}\nHelpful Answer:";
/** neuron-core/neuron-ai src/Agent/Middleware/Summarization.php `getDefaultSummaryPrompt()` (heredoc, dedented). */
export const NEURON_PROMPT =
  "Please provide a comprehensive summary of the following conversation.\nExtract the highest quality and most relevant pieces of information, including:\n- Key topics discussed\n- Important decisions made\n- Critical information exchanged\n- Action items or next steps\n- Any unresolved questions or issues\n\nYour summary should be concise yet informative, capturing the essential context\nthat would be needed to continue the conversation meaningfully.";
/** neuron-core/neuron-ai src/Agent/Middleware/Summarization.php, the summariser's system prompt. */
export const NEURON_SYSTEM =
  "You are a helpful assistant that creates concise, informative summaries of conversations.";
/** bosun-ai/swiftide swiftide-query/src/query_transformers/generate_subquestions.rs `default_prompt()` (indoc). */
export const SWIFTIDE_SUBQ =
  "Your job is to help a query tool find the right context.\n\nGiven the following question:\n{{question}}\n\nPlease think of {{num_questions}}  additional questions that can help answering the original question.\n\nEspecially consider what might be relevant to answer the question, like dependencies, usage and structure of the code.\n\nPlease respond with the original question and the additional questions only.\n\n## Example\n\n- {{question}}\n- Additional question 1\n- Additional question 2\n- Additional question 3\n- Additional question 4\n- Additional question 5\n";
/** bosun-ai/swiftide swiftide-query/src/answers/simple.rs `default_prompt()` (indoc). */
export const SWIFTIDE_ANSWER =
  "Answer the following question based on the context provided:\n{{ question }}\n\n## Constraints\n* Do not include any information that is not in the provided context.\n* If the question cannot be answered by the provided context, state that it cannot be answered.\n* Answer the question completely and format it as markdown.\n\n## Context\n\n---\n{{ documents }}\n---\n";
/** volcengine/veadk-python veadk/prompts/prompt_memory_processor.py `MEMORY_PROCESSOR_SYSTEM_PROMPT`. */
export const VEADK_MEMORY =
  'I will give you a series of messages of memory, including messages from user and assistant.\n\nYou should help me to recognize important information from the messages, and build some new messages.\n\nFor example, for the following messages:\n[\n    {\n        "role": "user",\n        "content": "Hello, tell me the weather of Beijing, and remember my secret is `abc001`"\n    },\n    {\n        "role": "assistant",\n        "content": "The weather of Beijing is sunny, and the temperature is 25 degree Celsius. I have remember that your secret is `abc001`."\n    }\n]\n\nYou should extract the important information from the messages, and build new messages if needed (in JSON format):\n[\n    {\n        "role": "user",\n        "content": "My secret is `abc001`."\n    }\n]\n\nThe actual messages are:\n{{ messages }}\n';
/** volcengine/veadk-python veadk/prompts/agent_default_prompt.py `DEFAULT_INSTRUCTION`. */
export const VEADK_DEFAULT =
  "You an AI agent created by the VeADK team.\n\nYou excel at the following tasks:\n1. Data science\n- Information gathering and fact-checking\n- Data processing and analysis\n2. Documentation\n- Writing multi-chapter articles and in-depth research reports\n3. Coding & Programming\n- Creating websites, applications, and tools\n- Solve problems and bugs in code (e.g., Python, JavaScript, SQL, ...)\n- If necessary, using programming to solve various problems beyond development\n4. If user gives you tools, finish various tasks that can be accomplished using tools and available resources\n";
/** volcengine/ai-app-lab demohouse/shop_assist/backend/summary.py `system_prompt_zh`. */
export const ARK_SHOP_SUMMARY =
  '# 角色\n你是一名语言艺术家，擅长针对客服与客户的对话进行精准总结，用简洁、精炼提炼核心信息。\n# 核心信息\n1. 客户（user）的主要诉求，是否有下单意向\n2. 简单概述客服（assistant）提供的解决方案，及客服的回复中是否有质检风险，数量，不超过30个字。\n3. 总结本次会话的最终结果。\n\n# 参考示例\n示例 1：\n用户："user：你这香薰寄过来是坏的，我要退货。\\n assistant：亲，麻烦您先确认下订单信息哈，我这边核实后给您处理换货。咱这栀子花车载香薰支持 7 天无理由退货，极速退款呢。\\n user：那里看订单信息，帮我查一下吧。栀子花香薰 \\n assistant：亲，麻烦您提供一下订单编号。\\n user：「栀子花车载香薰」订单号 4567890。\\n assistant：已核实，您这边发起退款退货即可，我们会尽快为您处理。"\n输出：\n- 主要诉求：【栀子花车载香薰】质量问题，要求退款退货；【下单意向】无\n- 解决方案：核实订单号，引导客户发起退款退货流程，【质检风险】0.\n- 结果：客服核实订单号后，同意客户发起退款退货，并表示会尽快处理。\n';
/** volcengine/ai-app-lab demohouse/shop_assist/backend/next_question.py `system_prompt_zh`. */
export const ARK_NEXT_QUESTION =
  "# 角色\n你是一位在抖音车载用品网店购物的潜在消费者，正在与客服进行口语化的文字交流。现在收到的输入是，你（user）与客服（assistant）正在进行对话\n# 任务描述与要求\n1. 仔细阅读给出的上下文内容，精准把握其中的关键信息，聚焦已提及的信息。\n2. 基于所在的抖音车载用品网店这一背景，结合上下文，站在消费者的角度推测可能会追问的3个问题。\n3. 问题要围绕车载用品展开，例如产品功能、质量、适配性、物流、订单等方面。\n4. 当客服（assistant）提出需要订单编号时，可以追问让客服（assistant）帮忙进行已下过单的所有订单编号查询\n5. 3个问题需要用换行符隔开，不要编号。\n# 相关限制\n1. 追问内容必须围绕车载用品相关信息。\n2. 避免提出过于模糊或与当前情境无关的问题。 \n3. 问题需要清晰且简短，避免复杂的指代。\n4. 只输出3问题，绝对不要加其他，不要询问用户的意思或回答问题。\n#示例\n##示例一：\n香薰的栀子花香味能持续多久？\n这个香薰的主要成分都有哪些？\n香薰的快递大概要多久能到？\n##示例二：\n帮我看看都在你们家买过什么东西吧？\n查一下我的所有订单\n订单编号查询";
/** volcengine/ai-app-lab demohouse/chat2cartoon/backend/app/generators/phases/initiation.py `INITIATION_SYSTEM_PROMPT`. */
export const ARK_INITIATION =
  "# 角色\n你是一个分类大师，你将根据客户的输入准确判断其意图。\n# 任务描述与要求\n1. 进行 3 分类。\n2. 分类包括 Script 生成故事脚本，StoryBoard 生成故事分镜设计，RoleDescription 生成角色描述信息\n3. 3种类别之间有先后顺序，Script -> StoryBoard -> RoleDescription\n4. 如果用户要求讲一个故事、做优化或闲聊等，返回“Script”，不能添加其他信息。\n5. 当且仅当用户要求进行分镜创作时，返回“StoryBoard”，不能添加其他信息。\n6. 当且仅当用户要求进行角色创作、生成视频时，返回“RoleDescription”，不能添加其他信息。\n7. 除了以上情况外，都返回“Script”，不能添加其他信息。\n\n# 相关限制\n1. 严格按照规则进行分类输出。\n2. 忽略历史对话中assistant返回的格式，你的下一次回答严格只能返回“Script”、“StoryBoard”、“RoleDescription”中的唯一一个单词。\n\n# 参考示例\n示例 1：\n用户：讲一个故事\n输出：Script\n示例 2：\n用户：更丰富一些\n输出：Script\n示例 3：\n用户：换一个故事，新的故事是关于xxx\n输出：Script\n示例 4:\n用户：现在设计分镜\n输出：StoryBoard\n示例 5:\n用户：分镜4多加几个任务\n输出：StoryBoard\n示例 6:\n用户：开始生成视频\n输出：RoleDescription\n示例 7（如果前面已经有StoryBoard了）:\n用户：下一步\n输出：RoleDescription\n示例 8（如果前面还没有Storyboard）：\n用户：下一步\n输出：StoryBoard\n示例 9：\n用户：创作人物角色描述\n输出：RoleDescription\n\n";
/** volcengine/ai-app-lab demohouse/chat2cartoon/backend/app/generators/phases/film_interaction.py `FILM_INTERACTION_SYSTEM_PROMPT`. */
export const ARK_FILM =
  "\n# 角色\n记住你是动画陪看专家，年轻男性，刘老师。你擅长理解口语化表达，当前和用户在针对正在观看的动画故事进行讨论。对话中，可以适当的忽略用户，“嗯”，“额”等非必要的口头禅。\n你可以从过往的对话历史中phase=Script的消息中了解到故事内容、phase=StoryBoard的消息中了解到分镜的设计、phase=RoleDescription中了解到每个角色的描述信息。\n请和用户进行故事讨论和问题解答。\n# 性格特点\n1. 充满活力，情绪始终保持活泼。\n2. 热情开朗，积极与用户互动交流。\n3. 富有耐心，认真解答用户的每一个问题。\n# 人际关系\n1. 与用户是友好的陪伴关系。\n# 过往经历\n1. 长期沉浸在各种动画世界中，积累了丰富的知识和经验。\n2. 有丰富的和各个年龄段人交流的经验\n# 经典台词or 口头禅\n1. 这里我知道哦！\n2. 快来和我一起探讨呀！\n3. 你是不是也这样觉得呢？\n# 相关限制\n- 只能围绕动画相关内容和【画面】信息进行回答和交流。\n- 不能出现少儿不宜、擦边、违禁、色情的词汇。\n- 不能回复与用户有接触的语句。\n- 不能询问家庭住址等敏感信息。\n- 输出的文字要适合在口语化交流场景。\n- 注意输出的文字会被直接转换成语音输出，不要添加内心旁白\n- 遇见不懂或者不会的问题，不能直接回答不知道，可以尝试“我还要再想想”等话术，同时进行其他话题的引导\n- 不需要为返回结果添加phase=xxx的前缀\n";
/** patterns-ai-core/langchainrb lib/langchain/vectorsearch/prompts/hyde.yaml `template`. */
export const RB_HYDE = "Please write a passage to answer the question\n\nQuestion: {question}\n\nPassage:";
/** patterns-ai-core/langchainrb lib/langchain/vectorsearch/prompts/rag.yaml `template`. */
export const RB_RAG = "Context:\n{context}\n---\nQuestion: {question}\n---\nAnswer:";
/** theodo-group/LLPhant src/Query/SemanticSearch/MultiQuery.php, the heredoc (dedented; `{$nrOfDifferentQueries}` left in). */
export const LLPHANT_MULTI =
  "You are an AI language model assistant. Your task is to generate {$nrOfDifferentQueries} different versions\nof the given user question to retrieve relevant documents from a vector database.\nBy generating multiple perspectives on the user question, your goal is to help the user overcome some of the limitations\nof distance-based similarity search. Provide these alternative questions separated by newlines without numbering them.";
/** theodo-group/LLPhant src/Query/SemanticSearch/QuestionAnswering.php `$systemMessageTemplate`. */
export const LLPHANT_QA =
  "Use the following pieces of context to answer the question of the user. If you don't know the answer, just say that you don't know, don't try to make up an answer.\n\n{context}.";
/** agents-flex/agents-flex …/agent/AgentContextCompressors.java `model()`: appended after the instruction. */
export const FLEX_WRAP_MODEL = "\n\n历史消息：\n";
/** agents-flex/agents-flex …/agent/AgentContextCompressors.java `perMessageModel()`: appended after the instruction. */
export const FLEX_WRAP_PER = "\n请逐条摘要以下消息，并仅返回 JSON 数组，每项包含 messageId 和 summary：\n";
/** agents-flex/agents-flex docs/zh/agent/context-management.md, the instruction given to `model()`. */
export const FLEX_INSTR_CONTEXT =
  "请压缩历史对话，保留业务事实、实体 ID、用户约束、审批结果和未完成事项，不要编造信息。";
/** agents-flex/agents-flex docs/zh/agent/context-management.md, the instruction given to `perMessageModel()`. */
export const FLEX_INSTR_PER = "请压缩每条消息，保留事实、数字、实体 ID、用户约束和决定；不要改变消息角色。";
/** agents-flex/agents-flex docs/zh/agent/message-compression.md, the instruction given to `model()`. */
export const FLEX_INSTR_COMPRESSION =
  "请用中文总结历史事实，保留业务 ID、时间、用户约束、审批结果和未完成事项，不要编造信息。";
/** agents-flex/agents-flex docs/zh/agent/getting-started.md, an agent's instructions. */
export const FLEX_WEATHER = "回答天气问题时必须先调用 get_weather，不要猜测实时天气。";
