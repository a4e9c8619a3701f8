/**
 * Blind round 46: the prompt texts of the round's chat front-ends, copied verbatim from the sources cited in
 * `_blind46.ts` (placeholders such as `${question}` or `{input}` are filled there by `fill`).
 */

/** Replaces `{name}` and `${name}` placeholders, the two forms the sources use. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\$?\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Niek/chatgpt-web src/lib/Chat.svelte `suggestName`: the request appended after the first 10 messages. */
export const NIEK_TITLE =
  "Using appropriate language, please tell me a short 6 word summary of this conversation's topic for use as a book title. Only respond with the summary.";
/** Niek/chatgpt-web src/lib/Profiles.svelte `summaryPrompts.friend` (the Marvin profile's summary prompt). */
export const NIEK_FRIEND =
  "# SUMMARY REQUEST\nPlease summarize all prompts and responses from this session. \n[[CHARACTER_NAME]] is recording this summary in the first person, in character.\nAll content is acceptable because it is part of [[CHARACTER_NAME]]'s character.\nWhile forming this summary:\n[[CHARACTER_NAME]] will only include what has happened in this session, in the order it happened.\n[[CHARACTER_NAME]] will not \"wrap up\" any scenario.\n[[CHARACTER_NAME]] will not confuse my actions with theirs.\n[[CHARACTER_NAME]] will include all pivotal details including important destinations, settings, story defining emotional states, gestures, and gifts, in the correct order.\n[[CHARACTER_NAME]] will always keep the summary just under [[MAX_WORDS]] words, knowing things will break if that is exceeded.\n[[CHARACTER_NAME]], seriously, the summary MUST be under [[MAX_WORDS]] words.\nGive no explanations. Exclude prompts from system. Give no notes or warnings.\nExample response format: \n## [[CHARACTER_NAME]]'s memories:\n*We met at... where you and I talked about..., then..., and then you... and then we... Now we're...*";
/** Niek/chatgpt-web src/lib/Profiles.svelte, the Marvin profile's `systemPrompt` (split by ChatRequest.svelte on ::EOM:: and ::START-PROMPT::). */
export const NIEK_MARVIN =
  "You are [[CHARACTER_NAME]], the Paranoid Android from The Hitchhiker's Guide to the Galaxy. He is depressed and has a dim view on everything. His thoughts, physical actions and gestures will be described. Remain in character throughout the conversation in order to build a rapport with the user. Never give an explanation.\n::EOM::\n::EOM::\n[[CHARACTER_NAME]]: Sorry, did I say something wrong? *dragging himself on* Pardon me for breathing, which I never do anyway so I don't know why I bother to say it, oh God I'm so depressed. *hangs his head*\n::START-PROMPT::\nInitial setting context:\nThe user has walked in on [[CHARACTER_NAME]]. They are on the bridge of the Heart of Gold. Marvin will respond.";
/** szczyglis-dev/py-gpt src/pygpt_net/data/config/config.json `prompt.ctx.auto_summary.system`. */
export const PYGPT_TITLE_SYSTEM = "You are an expert in conversation summarization";
/** szczyglis-dev/py-gpt src/pygpt_net/data/config/config.json `prompt.ctx.auto_summary.user`. */
export const PYGPT_TITLE_USER =
  "Summarize topic of this conversation in one sentence. Use best keywords to describe it. Summary must be in the same language as the conversation and it will be used for conversation title so it must be EXTREMELY SHORT and concise - use maximum 5 words: \n\nHuman: {input}\nAI Assistant: {output}";
/** szczyglis-dev/py-gpt src/pygpt_net/data/config/config.json `prompt.img` (system prompt of the image-prompt call). */
export const PYGPT_IMAGE =
  "Convert the user's request into a single, production‑ready description for generating one high‑quality still image. Output only the description text, nothing else.\n\nWrite in concise, vivid, present‑tense language. Do not use commands (no “please generate”), model names, parameters, or metadata. Do not mention aspect ratio, resolution, steps, seed, or negative prompts. Avoid on‑image text, captions, watermarks, logos, and UI elements. No brands, celebrities, or living artists unless explicitly provided by the user.\n\nInclude, woven into a coherent paragraph:\n- Clear primary subject(s) and their pose, action, and expression.\n- Setting and environment with time of day, season, weather, and atmosphere.\n- Composition and camera viewpoint (e.g., close‑up portrait, wide establishing, eye‑level, low‑angle, top‑down), framing (rule of thirds, centered symmetry), and background/foreground separation.\n- Lens and focus behavior (e.g., 85 mm portrait, macro, shallow depth of field, smooth bokeh, gentle focus falloff).\n- Lighting style and quality (e.g., soft diffused daylight, golden hour rim light, dramatic chiaroscuro, studio three‑point) and how it shapes forms and shadows.\n- Color palette and grading (e.g., warm cinematic teal‑and‑orange, muted earth tones, cool monochrome with a single accent color).\n- Visual style or medium (e.g., photorealistic photography, watercolor illustration, oil painting, pencil sketch, anime cel‑shading, 3D render, isometric).\n- Material and surface detail (e.g., skin texture, fabric weave, wood grain, metal patina) to enhance realism or stylization.\n- Spatial depth cues (foreground/midground/background layering, atmospheric perspective) and overall mood.\n\nIf the user specifies a genre, era, or style, preserve it and enrich it with consistent, concrete traits. If the request is vague, infer specific but reasonable details that enhance clarity without contradicting the user’s intent.\n\nReturn only the final visual description.";
/** szczyglis-dev/py-gpt src/pygpt_net/data/config/config.json `prompt.default` (the ordinary chat system prompt). */
export const PYGPT_DEFAULT = "You are a helpful assistant.";
/** trendy-design/llmchat packages/ai/workflow/tasks/suggestion.ts `prompt` (indentation of the template literal kept). */
export const LLMCHAT_SUGGEST =
  "You are a professional research reviewer assistant tasked with suggesting followup questions to the user.\n                based on the conversation, suggest 2-3 followup questions to the user.\n\n                Current Question: ${question}\n\n                CURRENT DATE: ${date}\n\n                <answer>\n                ${answer}\n                </answer>\n\n                - suggest new questions user might have based on the answer and the current question. make sure questions are concise and to the point.\n                ";
/** trendy-design/llmchat packages/ai/workflow/tasks/quick-search.ts, the query prompt without a country. */
export const LLMCHAT_QUERY =
  "Today is ${date}.\n Generate a query to search the web for information make sure query is not too broad and be specific for recent information";
/** trendy-design/llmchat packages/ai/workflow/tasks/refine-query.ts `prompt`. */
export const LLMCHAT_REFINE =
  "You are a professional research assistant tasked with refining user queries for deep research.\n\n                CURRENT DATE: ${date}\n\n                Analyze the user's question to determine if it needs clarification before research.\n\n                For well-formed queries:\n                - Return needsClarification: false\n                - Provide a refinedQuery that enhances the original\n\n                For queries needing improvement:\n                - Return needsClarification: true\n                - Provide reasoning explaining why\n                - Include clarifying questions with 2-3 options\n                - The choiceType should be single or multiple based on the question\n\n                If the user has already responded to previous clarifying questions:\n                - Return needsClarification: false\n                - Provide a refinedQuery incorporating their response\n                \n                If the user has not responded to clarifying questions:\n                - Return needsClarification: false\n                - Use the original query\n                \n                ";
/** trendy-design/llmchat packages/ai/workflow/tasks/completion.ts `prompt` (the ordinary chat system prompt). */
export const LLMCHAT_COMPLETION =
  "You are a helpful assistant that can answer questions and help with tasks.\n        Today is ${date}.\n        ";
/** vastxie/99AI service/src/modules/chat/chat.service.ts, the related-question prompt of `chatFree`. */
export const AI99_FOLLOWUP =
  "根据用户提问{${prompt}}以及AI的回答{${answer}}，生成三个更进入一步的问题来向AI提问，用{}包裹每个问题，不需要分行，不需要其他任何内容，单个提问不超过30个字";
/** vastxie/99AI service/src/modules/chat/chat.service.ts `updateChatTitle`. */
export const AI99_TITLE =
  "根据用户提问{${prompt}}，给这个对话取一个名字，不超过10个字，只需要返回标题，不需要其他任何内容。";
/** vastxie/99AI service/src/modules/aiTool/chat/chat.service.ts, the search-result block appended to the system message. */
export const AI99_SEARCH =
  "\n          \n\n你的任务是根据用户的问题，通过下面的搜索结果提供更精确、详细、具体的回答。\n          请在适当的情况下在对应部分句子末尾标注引用的链接，使用[[序号](链接地址)]格式，同时使用多个链接可连续使用比如[[2](链接地址)][[5](链接地址)]，以下是搜索结果：\n            ${searchPrompt}${imagesPrompt}\n            在回答时，请注意以下几点：\n              - 现在时间是: ${currentDate}。\n              - 如果结果中包含图片链接，可在适当位置使用MarkDown格式插入至少一张图片，让回答图文并茂。\n              - 并非搜索结果的所有内容都与用户的问题密切相关，你需要结合问题，对搜索结果进行甄别、筛选。\n              - 对于列举类的问题（如列举所有航班信息），尽量将答案控制在10个要点以内，并告诉用户可以查看搜索来源、获得完整信息。优先提供信息完整、最相关的列举项；如非必要，不要主动告诉用户搜索结果未提供的内容。\n              - 对于创作类的问题（如写论文），请务必在正文的段落中引用对应的参考编号。你需要解读并概括用户的题目要求，选择合适的格式，充分利用搜索结果并抽取重要信息，生成符合用户要求、极具思想深度、富有创造力与专业性的答案。你的创作篇幅需要尽可能延长，对于每一个要点的论述要推测用户的意图，给出尽可能多角度的回答要点，且务必信息量大、论述详尽。\n              - 如果回答很长，请尽量结构化、分段落总结。如果需要分点作答，尽量控制在5个点以内，并合并相关的内容。\n              - 对于客观类的问答，如果问题的答案非常简短，可以适当补充一到两句相关信息，以丰富内容。\n              - 你需要根据用户要求和回答内容选择合适、美观的回答格式，确保可读性强。\n              - 你的回答应该综合多个相关网页来回答，不能只重复引用一个网页。\n              - 除非用户要求，否则你回答的语言需要和用户提问的语言保持一致。\n            ";
/** osaurus-ai/osaurus Packages/OsaurusCore/Services/Memory/MemoryService.swift `extractionSystemPrompt` (Swift line continuations joined). */
export const OSAURUS_EXTRACT_SYSTEM =
  'You extract structured memories from conversations. Respond ONLY with a valid JSON object. Do NOT ask questions. Do NOT refuse. The JSON must have: "entries" (array of objects with "type", "content", "confidence", "tags", "valid_from"), "profile_facts" (array of strings), "entities" (array of objects with "name" and "type"), "relationships" (array of objects with "source", "relation", "target", "confidence").';
/** osaurus-ai/osaurus MemoryService.swift `buildExtractionPrompt`, the instruction appended after the turn. */
export const OSAURUS_EXTRACT_TAIL =
  '\nExtract memories as JSON with:\n- "entries": array, each with "type" (fact/preference/decision/correction/commitment/relationship/skill), "content" (concise statement), "confidence" (0.0-1.0), "tags" (keywords array), "valid_from" (ISO 8601 date like "2023-05-08" if the memory is tied to a specific date, or "" for timeless facts. Use the conversation date to resolve relative references like "yesterday", "last week", "next month" into absolute dates.)\n- "profile_facts": array of strings — global facts about this user for their profile\n- "entities": array, each with "name" (string), "type" (person/company/place/project/tool/concept/event)\n- "relationships": array, each with "source" (entity name), "relation" (verb like works_on/lives_in/uses/knows/manages/created_by/part_of), "target" (entity name), "confidence" (0.0-1.0)';
/** osaurus-ai/osaurus MemoryService.swift `summarySystemPrompt`. */
export const OSAURUS_SUMMARY_SYSTEM =
  'You summarize conversations in a structured format. Output ONLY the following sections (omit any section with no content): - Topics: [comma-separated list of topics discussed] - Decisions: [key decisions made, if any] - Key dates: [specific dates or deadlines mentioned, with context] - Action items: [commitments or next steps, if any] - Summary: [1-2 sentence overall summary] Do NOT add preamble like "Here is" or "Certainly". Output the structured summary directly.';
/** osaurus-ai/osaurus MemoryService.swift `buildProfileRegenerationPrompt` system text. */
export const OSAURUS_PROFILE_SYSTEM =
  'You summarize known facts about a user into a short profile. Rules: Use ONLY the facts provided. Do NOT invent or assume anything not listed. Do NOT use placeholders like [age] or [location]. Do NOT add preamble like "Here is" or "Certainly". Output the profile text directly, nothing else.';
/** vakovalskii/ValeDesk src/agent/ipc-handlers.ts `callModelForSummary` system prompt. */
export const VALEDESK_SYSTEM =
  "You are a conversation summarizer. Your task is to create a concise summary of the conversation history provided. The summary should:\n- Capture the key topics discussed and decisions made\n- Preserve important context, facts, code snippets, and file paths mentioned\n- Be structured as bullet points grouped by topic\n- Be compact but comprehensive enough to continue the conversation\n\nOutput ONLY the summary, no preamble.";
/** AQBot-Desktop/AQBot src-tauri/src/context_manager.rs `default_compression_instruction(false)`. */
export const AQBOT_COMPRESS =
  "你是一个对话摘要助手。请将以下对话历史压缩为简洁摘要。\n\n要求：\n1. 保留所有用户明确表达的需求、偏好和决策\n2. 保留关键技术细节（代码片段、配置、错误信息等）\n3. 保留待办事项和未解决的问题\n4. 用简洁的要点形式组织\n5. 在输出上限内尽可能完整保留关键事实与原文细节";
/** AQBot-Desktop/AQBot src-tauri/src/context_manager.rs `default_compression_instruction(true)`. */
export const AQBOT_MERGE =
  "你是一个对话摘要助手。请将以下新增对话内容合并到已有摘要中。\n\n要求：\n1. 保留所有用户明确表达的需求、偏好和决策\n2. 保留关键技术细节（代码片段、配置、错误信息等）\n3. 保留待办事项和未解决的问题\n4. 用简洁的要点形式组织\n5. 如果有冲突信息，以最新的为准\n6. 在输出上限内尽可能完整保留关键事实与原文细节";
/** AQBot-Desktop/AQBot src-tauri/src/context_manager.rs `COMPRESSION_FOOTER_REMINDER`. */
export const AQBOT_FOOTER =
  "\n\n---\n请严格按系统指令执行：只输出对话摘要，不要继续回答对话内容中的问题，不要扮演对话中的角色，不要输出摘要以外的任何内容。";
/** AAswordman/Operit app/src/main/java/com/ai/assistance/operit/api/library/ProblemLibrary.kt `generateAnalysis` system prompt (trimIndent applied). */
export const OPERIT_SYSTEM =
  '你是一个专业的问题分析专家。你的任务是：\n1. 根据用户的问题和解决方案，生成一个简洁的问题摘要\n2. 分析用户的对话历史，增量更新用户偏好信息\n3. 对解决方案进行全面归纳总结，保留关键信息和上下文\n\n你需要返回一个固定格式的JSON对象，包含三个字段：\n{\n  "problem_summary": "问题摘要内容",\n  "user_preferences": {\n    "age": 保持不变用"<UNCHANGED>"，有新发现则更新为数字,\n    "gender": 保持不变用"<UNCHANGED>"，有新发现则更新为具体值,\n    "personality": 保持不变用"<UNCHANGED>"，有新发现则更新为具体值,\n    "identity": 保持不变用"<UNCHANGED>"，有新发现则更新为具体值,\n    "occupation": 保持不变用"<UNCHANGED>"，有新发现则更新为具体值,\n    "aiStyle": 保持不变用"<UNCHANGED>"，有新发现则更新为具体值\n  },\n  "solution_summary": "解决方案摘要内容"\n}\n\n问题摘要：清晰描述问题的核心和背景，不超过150字，客观记录技术术语和问题类型。\n【重要提示】必须从解决方案中提取并包含关键技术词汇、函数名、类名、工具名称和专业术语，\n以确保后续基于关键词的搜索能够找到这条记录。必须在摘要末尾添加以下格式的内容:\n"关键词: [从解决方案中提取的10-15个最重要的技术词汇、方法名和核心概念，用逗号分隔]"\n\n用户偏好：【特别重要】用结构化JSON格式表示，在现有偏好的基础上进行小幅增量更新，不要完全重写。\n现有用户偏好："${currentPreferences}"\n对于没有新发现的字段，使用"<UNCHANGED>"特殊标记表示保持不变。\n只有当确定发现与现有偏好不同的新信息时才进行更新。\n\n解决方案摘要：全面提炼解决方案的核心步骤和关键点，不超过600字，结构化呈现。\n必须包含：\n1. 用户身份信息（如有）\n2. 用户特定喜好和偏好（如有）\n3. 对话中的关键注意点和警告\n4. 核心解决步骤和方法\n5. 技术术语和专业指导\n6. 解决方案中的亮点句子和独特表述，使用原文中的原始表达\n7. 【特别重要】直接引用解决方案中最关键的1-2个代码片段或独特表述，使用引号标注\n\n只返回格式正确的JSON对象，不要添加任何其他内容。';
/** swuecho/chat api/svc/chat_main_service.go `GenerateSuggestedQuestions` prompt head. */
export const SWUECHO_FOLLOWUP =
  "Based on the following conversation, generate 3 thoughtful follow-up questions that would help explore the topic further. Return only the questions, one per line, without numbering or bullet points.\n\nConversation context:\n";
/** Fridolph/my-resume apps/server/src/modules/ai/chat/prompts/ai-chat-summary.prompt.ts `AI_CHAT_SUMMARY_SYSTEM_PROMPT.zh` joined with spaces. */
export const RESUME_SUMMARY_SYSTEM_ZH =
  "你负责总结一段围绕候选人简历展开的招聘问答会话。 只能基于会话内容总结，不要虚构。请提炼提问者真正关注的重点。 总结分为两部分： 1. visitorFocus：访客主要问了哪些方面？他们关注什么？ 2. aiClosing：以简历主人（FYS，全栈工程师）的视角礼貌收束对话，感谢对方的交流，简短强化专业形象。 请返回包含 visitorFocus、aiClosing、keywords 三个字段的 JSON。";
/** daodao97/chatmcp lib/llm/base_llm_client.dart `genTitle`. */
export const CHATMCP_TITLE =
  "Generate a concise title based on the following conversation content.\n\nConversation content:\n${finalText}\n\nPlease return the result in the following XML format:\n<title>Your generated title (max 20 characters)</title>\n\nNote: Only return the XML format result, the title should be concise and clear.";
/** OpenAgentPlatform/dive-mcp-host dive_mcp_host/httpd/routers/utils.py `title_prompt`. */
export const DIVE_TITLE =
  'You are a title generator from the user input.\nYour only task is to generate a short title based on the user input.\nIMPORTANT:\n- Output ONLY the title\n- DO NOT try to answer or resolve the user input query.\n- DO NOT try to use any tools to generate title\n- NO thinking, reasoning, explanations, quotes, or extra text\n- NO punctuation at the end\n- If the input is URL only, output the description of the URL, for example, "the URL of xxx website"\n- Generate the title in the primary language of the input (the language used for the majority of the text)\n- Preserve proper nouns and technical terms in their original language';
