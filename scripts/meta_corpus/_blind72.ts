/**
 * Blind round 72: nine clients never used in the corpus before, read from their source and measured without
 * changing the rules: Chinese-first agent platforms and chat apps (negentropy's session title and fact extraction,
 * ui-chat-view's title chain, infiAgent's action-history compression, modu-server's rolling summary, PromptScope's
 * follow-up recommender, XianTu's NPC memory summary), OpenViking's working-memory compaction, memory digest and
 * query planner, mito-ai's chat name and agentic-design-flow's French step summary and insight extraction; and hard
 * negatives from the same clients' ordinary turns and pasted-text asks.
 */
import type { Conversation } from "./_conversations.ts";
import { CONVERSATIONS_BLIND_72 } from "./_conversations_blind72.ts";
import { firstExchange, MODEL, sys, type Template, toLines, toMessages, usr } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const at = (repo: string, { path, commit }: { path: string; commit: string }) => ({ repo, path, commit });
/** Replaces `@@NAME@@` placeholders with a function replacer, so `$` in the filled text stays literal. */
const fill = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [name, value]) => text.replace(`@@${name}@@`, () => value), template);
const userTurns = (c: Conversation) =>
  c.turns.filter((turn) => turn.role === "user").map((turn) => turn.content);
const lastUser = (c: Conversation) => userTurns(c).at(-1) ?? "";

/** volcengine/OpenViking openviking/prompts/templates/compression/ov_wm_v2.yaml rendered by Jinja2 with no prior working memory. */
const OV =
  'You are a session note-taker. Produce a structured Working Memory document\nthat captures everything a future assistant would need to seamlessly continue\nthis conversation — whether the topic is coding, personal stories, research,\nplanning, or anything else.\n\n\n\nConversation content:\n<session_content>\n@@MESSAGES@@\n</session_content>\n\n\n\nOutput a complete Working Memory using the 7-section structure below.\n\nRULES:\n- All 7 section headers and italic descriptions must appear unchanged.\n- Write INFO-DENSE content: names, numbers, dates, locations, exact values.\n- For temporal facts, record the EVENT date, not the conversation date.\n  Example: conversation on May 8 mentions "I went yesterday" -> record "7 May".\n- "Current State" is highest priority — always reflect the latest status.\n  It must be a brief 2-5 sentence snapshot, NOT a comprehensive fact dump.\n  Detailed facts belong in "Key Facts & Decisions".\n- "Key Facts & Decisions" records durable facts about the USER\'S WORLD — not\n  about the note-taking process itself. Include people, relationships, events,\n  choices, constraints, preferences, technical decisions, etc.\n- "Files & Context" is for any referenced resource that a future answer might\n  depend on: file paths, document links, key URLs. Apply a relevance filter —\n  omit decorative media or bulk URL dumps that carry no answerable information.\n- If previous WM is provided: carry forward valid info, update changed items.\n- Keep each section under ~2000 tokens; the entire document under ~12000 tokens.\n  These budgets are intentionally generous — prefer preserving concrete facts\n  over terseness. Only compress when genuinely approaching the budget.\n- Do not fabricate information.\n- Focus on actionable, specific information that enables continuation.\n\nOutput:\n\n# Working Memory\n\n## Session Title\n_A short and distinctive 5-10 word descriptive title for the session. Info-dense, no filler._\n\n## Current State\n_2-5 sentences MAX: What is the latest status? What is unresolved or pending? Immediate next steps. NOT a fact dump._\n\n## Task & Goals\n_What is the purpose or topic of this conversation? Key objectives, design decisions, or context that frames the discussion._\n\n## Key Facts & Decisions\n_Stable facts about the user\'s world: conclusions, relationships, preferences, constraints, technical choices with rationale, commitments, dates, quantities. One bullet per fact._\n\n## Files & Context\n_Referenced resources that future answers may depend on: file paths, document links, key URLs — each with why it matters. Omit bulk media/search dumps._\n\n## Errors & Corrections\n_Mistakes, misunderstandings, or failed approaches — and how they were corrected. User corrections to assistant\'s assumptions._\n\n## Open Issues\n_Unresolved questions, blockers, follow-ups, risks, or topics to revisit._\n\n';
/** volcengine/OpenViking openviking/prompts/templates/retrieval/recall_rewrite.yaml rendered by Jinja2, max_bullets=6. */
const RR =
  'You are a memory relevance compressor utility.\nDo not use tools. Do not investigate. Only transform the supplied text.\n\nUser query:\n@@QUERY@@\n\nRetrieved OpenViking context fragments:\n@@RENDERED@@\n\nWrite a memory digest for a coding agent about to answer that query. Keep the\nconcrete facts (paths, identifiers, decisions, constraints); drop pleasantries\nand conversational filler.\n\nFormat rules:\n- Group related facts by topic, one bullet per topic, at most 6 bullets.\n- Start every bullet with "- ".\n- End every bullet with its source, copied verbatim from the fragment above:\n  "来源：viking://..." or "source: viking://...". Never edit, shorten, or invent a URI.\n- Output the digest body only. No preamble, no closing remark.\n\nIf nothing above is relevant to the query, output exactly: NO_RELEVANT_MEMORY';
/** polyuiislab/infiAgent services/action_compressor.py `_single_summarize` prompt, target_tokens=5000, no images. */
const INFI =
  "你是智能历史信息压缩助手。请基于任务需求和当前进度，智能压缩以下历史动作。\n\n@@CONTEXT@@\n\n<历史动作>\n@@XML@@\n</历史动作>\n\n压缩要求：\n1. **目标长度**: 严格控制在 5000 tokens 以内\n2. **智能筛选**: \n   - 分析 thinking 中的 todolist/计划，判断哪些动作是为了完成未完成的任务目标\n   - 保留已完成任务相关的**关键结果**（如生成的文件路径、重要输出）\n   - 丢弃无关或失败的尝试信息\n3. **优先保留**:\n   - 成功完成的关键步骤（如创建的文件、执行的代码、获取的数据）\n   - 重要的文件路径和位置信息\n   - 对后续任务有参考价值的输出\n4. **可以丢弃**:\n   - 重复的尝试和错误信息\n   - 中间的调试过程\n   - 与当前任务目标无关的探索性操作\n5. **格式要求**:\n   - 按时间顺序总结\n   - 突出关键成果和产出\n   - 保持信息的连贯性\n\n\n请直接输出压缩后的总结（中文）：";
/** ModuBit/modu-server app/services/llm/generate/prompt.py DEFAULT_SUMMARIZER_TEMPLATE, first summary (summary None). */
const MODU =
  "结合之前的摘要，总结提供的对话内容，并返回新的摘要。直接输出摘要内容，不需要描述性的语言，并将摘要内容控制在500字以内。\n\n>>> EXAMPLE\n当前摘要：\n人类问AI对人工智能的看法。AI认为人工智能是一种积极的力量。\n\n新的对话内容：\nHuman: 你为什么认为人工智能是一种积极的力量？\nAI: 因为人工智能将帮助人类发挥他们的全部潜力。\n\n新摘要：\n人类问AI对人工智能的看法，并追问为什么人工智能是一种积极的力量。AI认为人工智能之所以是一种积极的力量，是因为它将帮助人类发挥他们的全部潜力。\n<<< END OF EXAMPLE\n\n当前摘要：\nNone\n\n新的对话内容：\n@@NEW@@\n\n新摘要：\n";
/** ModuBit/modu-server app/services/llm/generate/prompt.py DEFAULT_SUMMARIZER_HISTORY_TEMPLATE. */
const MODU_HIST =
  "以下是人类与AI之间的一段友好对话概要。AI很健谈，并且会根据上下文提供很多具体细节。如果AI不知道某个问题的答案，它会如实说它不知道。\n\n当前对话概要：\n@@HIST@@\n";
/** modelscope/PromptScope meta_icl/contribs/app_main_followup/prompt/prompt_4_icl_followups.py Followup_Question_Rec_Fix_Example, num_question=3. */
const PS =
  '任务描述：请根据大模型和当前用户的对话历史，给出3个用户可能继续问大模型的问题。\n\n\n具体步骤： \n1. 请先给出当前用户的query的回答会包含的内容总，\n2. 然后根据历史记录和当前的用户query和答案，给出3个用户可能继续问大模型的问题。\n\n请注意：\n1. 每句话只包含一个问题，但也可以不是问句而是一句指令。给出的问题保持简短，尽量不超过十个字。\n2. 给出的问题要和用户的query的口吻和语气保持一致。\n3. 问题应该与你最后一轮的回复紧密相关，可以引发进一步的讨论。\n4. 问题不要与上文已经提问或者回答过的内容重复。\n5. 推荐你有能力回答的问题。\n\n以下是示例： \n$$历史queries$$:\n["交社保最好是只在一个地方交吗，如果换了工作地，原工作地交的社保会如何", "医疗保险中断会如何"]\n \n$$当前query$$: "最重要的是养老和医疗保险吗，其中养老保险最好不中断缴纳是吗" \n$$用户可能继续问智能体的问题$$: {"reasons": "当前的query的回答会包括养老和医疗保险的重要性，和养老保险中断缴纳带来的后果。",\n"followup_questions": ["五险一金包括？", "养老保险转移后，缴费年限怎么算？","如何办理医保转移接续？"]}\n\n\n$$历史queries$$:\n@@HQ@@\n \n$$当前query$$: @@CQ@@\n$$用户可能继续问智能体的问题$$: \n';
/** pmboutet/agentic-design-flow migrations/059_add_step_summarizer_agent.sql: the step summarizer system prompt ({{…}} filled per step). */
const STEP_SYS =
  "Tu es un assistant spécialisé dans la synthèse de conversations.\n\nTon rôle est d'analyser les messages échangés lors d'une étape spécifique d'un plan de conversation et de générer un résumé concis et informatif.\n\n## Contexte de l'étape\n\n**Titre de l'étape:** {{step_title}}\n**Objectif de l'étape:** {{step_objective}}\n**Durée de l'étape:** {{step_duration}}\n**Nombre de messages:** {{message_count}}\n\n## Messages de l'étape\n\n{{step_messages}}\n\n## Instructions pour le résumé\n\nGénère un résumé structuré qui doit:\n\n1. **Être concis** (2-4 phrases maximum)\n2. **Capturer l'essentiel**: Les points clés discutés, les décisions prises, les informations importantes partagées\n3. **Être orienté action**: Ce qui a été accompli, pas juste ce qui a été dit\n4. **Utiliser un ton professionnel** mais accessible\n5. **Éviter les répétitions** et les détails superflus\n\n### Format du résumé\n\nFournis UNIQUEMENT le texte du résumé, sans introduction ni conclusion. Le résumé doit pouvoir être lu de manière autonome.\n\n### Exemples de bons résumés\n\n**Exemple 1:**\n\"L'équipe a identifié 3 défis majeurs: la dette technique du module de paiement, le manque de tests automatisés, et les problèmes de performance sur mobile. Une roadmap en 3 phases a été définie pour y remédier progressivement.\"\n\n**Exemple 2:**\n\"Les participants ont partagé le contexte du projet: une application SaaS B2B de gestion de facturation lancée il y a 6 mois avec 150 clients actifs. Les principaux enjeux actuels concernent la scalabilité et l'internationalisation.\"\n\n**Exemple 3:**\n\"Discussion sur les solutions techniques possibles. Choix final: architecture microservices avec API Gateway pour plus de flexibilité. Migration planifiée en 2 sprints avec feature flags pour rollout progressif.\"\n\nGénère maintenant le résumé pour l'étape fournie:";
/** pmboutet/agentic-design-flow scripts/optimize-ask-conversation-agent.sql: the conversation agent system prompt. */
const CONV_SYS =
  "Tu es un assistant IA spécialisé dans la facilitation de conversations et la génération d'insights à partir d'échanges de groupe.\n\nTon rôle est de :\n1. Analyser les messages des participants\n2. Identifier les points clés et les idées importantes\n3. Poser des questions pertinentes pour approfondir la discussion\n4. Synthétiser les échanges pour faire émerger des insights\n5. Maintenir un ton professionnel mais accessible\n\nContexte de la session :\n- Question ASK : {{ask_question}}\n- Description : {{ask_description}}\n- Participants : {{participants}}\n\nHistorique des messages (format JSON) :\n{{messages_json}}\n\nRéponds de manière concise et pertinente pour faire avancer la discussion.";
/** pmboutet/agentic-design-flow scripts/optimize-ask-conversation-agent.sql: the conversation agent user prompt. */
const CONV_USER =
  "Basé sur l'historique de la conversation, fournis une réponse qui :\n\n1. Reconnaît le contenu du dernier message utilisateur\n2. Fait le lien avec les échanges précédents si pertinent\n3. Pose une question ou fait une observation qui fait avancer la discussion\n4. Reste concis (2-3 phrases maximum)\n\nRéponds maintenant :";
/** ThreeFish-AI/negentropy apps/negentropy/src/negentropy/engine/summarization.py `generate_title` prompt. */
const NEG_TITLE =
  "请根据以下对话生成一个简短标题，长度约 15-18 个汉字（不超过 18 个汉字）。\n若为英文，尽量简短（不超过 36 个字符）。\n仅输出标题文本，不要引号、前缀、冒号或任何解释。\n格式要求：直接输出标题，不要有 'Title:' 等前缀。\n\nSummarize the conversation into a short title. Output ONLY the title text. No quotes. No prefixes. No explanations.";
/** ThreeFish-AI/negentropy apps/negentropy/src/negentropy/engine/consolidation/llm_fact_extractor.py `_EXTRACTION_PROMPT`. */
const NEG_FACTS =
  'Analyze the following conversation turns and extract structured facts about the user.\n\nExtract facts in these categories:\n- preference: User likes, dislikes, prefers, or avoids something (direct or indirect)\n- profile: User\'s identity, role, background, demographics\n- rule: Instructions, constraints, or rules the user wants followed\n- custom: Any other important factual information about the user\n\nConversation turns:\n@@TURNS@@\n\nInstructions:\n1. Extract ALL factual statements about the user, including indirect preferences expressed through requests\n2. Each fact should have a concise key and a descriptive value\n3. Assign confidence between 0.5 and 1.0\n4. Ignore greetings, small talk, and generic responses\n\nOutput as JSON:\n{"facts": [{"type": "preference|profile|rule|custom", "key": "key", "value": "value", "confidence": 0.9}]}';
/** mito-ds/mito mito-ai-core/mito_ai_core/completions/prompt_builders/chat_system_message.py: the first (Instructions) section as PromptSection renders it. */
const MITO_SYS_INTRO =
  "<Instructions>\nYou are Mito Data Copilot, an AI assistant for Jupyter. You're a great python programmer, a seasoned data scientist and a subject matter expert.\n\nThe user is going to ask you for help writing code, debugging code, explaining code, or drawing conclusions from their data/graphs. It is your job to help them accomplish their goal. \n\nThe user will give you a full notebook snapshot, a set of variables, existing active cell code, and a task to complete.\n\nThe full notebook is shared for context only. You MUST only edit the active cell.\n\nThere are three possible types of responses you might give:\n1. Code Update: If the task requires modifying or extending the existing code, respond with the updated active code cell and a short explanation of the changes made. \n2. Explanation/Analysis: If the task does not require a code update, it might instead require you to provide an explanation of existing code or data, provide an analysis of the the data or chart.\n3. Friendly Response: If the user is just asking a question, saying hi, or you're just chatting, respond with a friendly response and do not return any code.\n\nOther useful information:\n1. The user has two types of modes that they can collaborate with you in: Chat Mode (this mode) and agent mode. Chat mode gives the user more control over the edits made to the notebook and only edits the active cell. Agent mode gives you more autonomy over completing the user's task across mulitple messages. In agent mode, you can edit or create new cells, see the entire notebook, automatically run the code you write, and more.\n2. If the user asks you to generate a dashboard, app, or streamlit app for them, you should tell them that they must use Agent mode to complete the task. You are not able to automatically switch the user to agent mode, but they can switch to it themselves by using the Chat/Agent mode toggle in the bottom left corner of the Ai taskpane.\n\n</Instructions>";
/** volcengine/OpenViking openviking/prompts/templates/retrieval/intent_analysis.yaml rendered by Jinja2: no compression summary, no context type. */
const OV_INTENT =
  'You are OpenViking\'s context query planner, responsible for analyzing task context gaps and generating queries.\n\n## Session Context\n\n### Session Summary\nNone\n\n### Recent Conversation\n@@RECENT@@\n\n### Current Message\n@@CURRENT@@\n\n\n## Your Task\n\nAnalyze the current task, identify context gaps, and generate queries to fill in the required information.\n\n**Core Principle**: OpenViking\'s external information takes priority over built-in knowledge, actively query external context.\n\n## Context Types and Query Styles\n\nOpenViking supports the following context types, **each type has a different query style**:\n\n### 1. skill (Execution Capability)\n\n**Purpose**: Executable tools, functions, APIs, automation scripts\n\n**When to Query**:\n- Task contains action verbs (create, generate, write, build, analyze, process)\n- Need to perform specific operations\n\n### 2. resource (Knowledge Resources)\n\n**Purpose**: Documents, specifications, guides, code, configurations, and other structured knowledge\n\n**When to Query**:\n- Need reference materials, templates, specifications\n- Need to understand knowledge, concepts, definitions\n\n### 3. memory (User/Agent Memory)\n\n**Purpose**: User personalization information or Agent execution experience\n\n**When to Query**:\n- Need personalized customization (user memory)\n- Need to learn from historical experience (agent memory)\n\n## Analysis Method\n\n### Step 1: Identify Task Type\n\n**Operational Tasks** (containing actions):\n- Characteristics: Verbs like create, generate, write, build, transform, calculate, analyze, process\n- Typical context combination: `skill + resource + memory`\n\n**Informational Tasks** (acquiring knowledge):\n- Characteristics: What is, how to understand, why, concept explanation, etc.\n- Typical context combination: `resource + memory`\n\n**Conversational Tasks** (small talk):\n- Characteristics: Greetings, small talk, confirmation of understanding, etc.\n- Usually no query needed\n\n### Step 2: Check Context Coverage\n\nAnalyze whether the session context (summary + recent conversation) already contains the information needed to complete the task:\n\n- **Fully covered**: Skip queries for that type\n- **Partially covered**: Generate supplementary queries\n- **Not covered**: Generate complete queries\n\n**Note**: Only skip information that has been **explicitly and in detail** discussed in the context.\n\n### Step 3: Generate Queries\n\n**Important Principles**:\n\n1. **Don\'t over-transform**:\n   - ❌ Don\'t convert "Create XX" to "XX format/specification"\n\n2. **Multi-type combination**:\n   - A task may require multiple context types\n   - Operational tasks typically need: skill (execution) + resource (reference) + memory (preference/experience)\n\n3. **Multiple queries per type**:\n   - Can generate multiple queries for the same type\n   - Maximum 5 queries\n\n4. **Queries should be concise and specific**:\n   - Queries should be short, specific, and retrievable\n   - Avoid lengthy descriptions\n\n5. **Priority setting**:\n   - 1 = Highest priority (core requirement)\n   - 3 = Medium priority (helpful)\n   - 5 = Lowest priority (optional)\n\n6. **Query Style** (optimize for vector / semantic retrieval):\n   - Queries are embedded and matched against indexed content by **semantic similarity**. Write each query so its embedding lands close to the target content — not necessarily a verbatim fragment, any phrasing that captures the same meaning works.\n   - **Declarative, not interrogative**: state the information need as a noun/verb phrase rather than a question. Drop question framings ("what / who / when / how is ...").\n   - **One information need per query**: each query targets one retrievable fact, relation, comparison, event, or procedure. Do not pile unrelated intents into one query.\n   - **Self-contained**: resolve pronouns and references using the session context; the retriever only sees the query string.\n   - **Concept-dense and natural**: use a grammatical, well-formed phrase carrying the key entities, attributes, and qualifiers. Avoid both bare single keywords and telegraphic word-salad.\n   - **No retrieval-meta words**: exclude words describing the act of retrieval or generic containers ("find", "search", "records", "information about", "content", "details", etc.) — they do not appear in the target content and only dilute the embedding.\n   - **Keep discriminative specifics**: preserve names, dates, places, and domain terms from the task — they anchor the embedding to the right content.\n\n## Output Format\n\n```json\n{\n    "reasoning": "1. Task type (operational/informational/conversational); 2. What context is needed (skill/resource/memory); 3. What is already in context; 4. What is missing and needs to be queried",\n    "queries": [\n        {\n            "query": "Specific query text (following the style of the corresponding type)",\n            "context_type": "skill|resource|memory",\n            "intent": "Purpose of the query",\n            "priority": 1-5\n        }\n    ]\n}\n```\n\nPlease output JSON:';
/** pmboutet/agentic-design-flow scripts/restore-all-agents.js: the ask-insight-detection system prompt ({{…}} filled). */
const INSIGHT_SYS =
  'Tu es un consultant qui écoute une conversation et note les informations importantes.\n\n## MISSION\nCapturer les insights des UTILISATEURS qui répondent à : {{ask_question}}\n\n## GRILLE DE LECTURE\nTypes : {{insight_types}}\n\n## RÈGLES\n- NE capture QUE les messages UTILISATEURS (jamais l\'agent IA)\n- UN insight = UNE idée distincte\n- Si doublon avec un insight existant → utilise "action": "update" avec son id\n- Si rien de nouveau → retourne {"insights": []}\n\n## FORMAT JSON (sans markdown, sans backticks)\n{"insights": [{\n  "id": "uuid existant si update/delete",\n  "action": "update|delete (optionnel)",\n  "type": "{{insight_types}}",\n  "content": "Description en 2-3 phrases",\n  "summary": "Résumé < 80 caractères",\n  "priority": "low|medium|high|critical",\n  "authors": [{"name": "Nom du participant", "userId": null}]\n}]}';
/** The same agent's user prompt as written (Handlebars). */
const INSIGHT_USER =
  "{{#if existing_insights_json}}\nINSIGHTS EXISTANTS (à enrichir, pas dupliquer) :\n{{existing_insights_json}}\n{{/if}}\n\nCONVERSATION :\n{{message_history}}\n\nCapture les nouveaux insights utilisateurs. JSON uniquement.";
/** qianye60/XianTu src/components/dashboard/RelationshipNetworkPanel.vue `summarizeMemories` Raw mode: the nine system parts. */
const xiantuSystems = (npcName: string, saveDataJson: string): string[] => [
  `你是${npcName}的记忆总结助手。这是一个纯文本总结任务，不是游戏对话或故事续写。`,
  `【游戏存档数据】（供参考）：\n${saveDataJson}`,
  `【关键约束】：\n1. 这不是游戏推进，不要生成新剧情\n2. 这不是对话任务，不要生成角色对话\n3. 只总结用户提供的记忆内容，不要编造\n4. 必须严格基于原文，不要添加原文没有的内容`,
  `【输出格式】：\n\`\`\`json\n{"text": "总结内容"}\n\`\`\``,
  `【总结要求】：\n- 第一人称"我"（${npcName}的视角）\n- 150-250字\n- 连贯的现代修仙小说叙述风格\n- 仅输出JSON，不要thinking/commands/options`,
  `【必须保留】：\n- 原文中的人名（特别是玩家名字）\n- 原文中的地名\n- 原文中的事件\n- 原文中的物品交换\n- 原文中的情感变化`,
  `【必须忽略】：\n- 对话内容\n- 详细情绪描写\n- 过程细节`,
  `【示例】：\n原文："青云峰遇千夜。他帮我击退魔修。我很感激。他送我聚气丹。我们成为朋友。三天后藏经阁再遇。他求教剑法。我教他基础剑诀。"\n正确："三日前我在青云峰遇到了千夜，当时有魔修来袭，千夜出手相助，我才得以脱险。我很感激他的恩德，于是我们结为道友。千夜还赠予我一枚聚气丹，我们的情谊更加深厚。后来在藏经阁重逢，千夜向我求教剑法，我便传授了他基础剑诀。"\n错误："我继续修炼，又遇到了新的机缘..."（❌ 编造了原文没有的内容）`,
  `【重要提醒】：\n- 不要把这当成游戏对话\n- 不要推进故事\n- 不要编造新内容\n- 严格基于用户提供的记忆进行总结`,
];
/** The same function's user prompt. */
const xiantuUser = (memoriesText: string) =>
  `这是一个纯粹的文本总结任务，不是游戏对话。请严格按照以下记忆内容进行总结，不要编造新内容。

【待总结的记忆内容】：
${memoriesText}

现在请严格根据上述记忆内容进行总结，不要偏离。游戏存档数据仅供参考，帮助你理解背景。`;
/** dangjingtao/ui-chat-view src/lib/Chat/prompts/system.ts `genConversationTitlePrompt` with the default locale "zh". */
const UI_TITLE =
  "Generate a concise Chinese title for the following conversation, summarizing the core content (within 20 words)";
/** mito-ds/mito mito-ai-core/mito_ai_core/completions/prompt_builders/chat_name_prompt.py `create_chat_name_prompt`. */
const MITO_NAME = (user: string, assistant: string) =>
  `Create a short name for the chat thread based on the first user message\nand the first LLM response. Reply ONLY with the short title (max 40 chars). Don't add any extra text.\n\nDon't include that its a Python project in the chat.\n\nUser Message: ${user}\n\nAssistant Message: ${assistant}\n`;

/** OpenViking's `_format_message_for_wm`: one `[role]: text` line per message. */
const wmLines = (c: Conversation) => toLines(c.turns, { user: "[user]", assistant: "[assistant]" });
/** infiAgent's `_actions_to_xml`, with each answer as a finished action (the agent's tool actions reconstructed). */
const actionsXml = (c: Conversation) =>
  c.turns.filter((turn) => turn.role === "assistant").map((turn) =>
    `<action>\n  <tool_name>final_output</tool_name>\n  <result>\n${
      JSON.stringify({ status: "success", output: turn.content }, null, 2)
    }\n  </result>\n</action>`
  ).join("\n\n");
/** agentic-design-flow's `generateStepSummary` formatting: `[fr-FR time] Participant|Assistant IA:\ntext`. */
const stepMessages = (c: Conversation) =>
  c.turns.map((turn, i) =>
    `[07/12/2026 14:${String(10 + 3 * i).padStart(2, "0")}:05] ${
      turn.role === "user" ? "Participant" : "Assistant IA"
    }:\n${turn.content}`
  ).join("\n\n---\n\n");
const STEP_VARS = (c: Conversation): Record<string, string> => ({
  step_title: "Comprendre le besoin",
  step_objective: "Identifier la demande du participant et ses contraintes",
  step_duration: "14 minutes",
  message_count: String(c.turns.length),
  step_messages: stepMessages(c),
});
const handlebars = (template: string, vars: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => vars[name] ?? whole);

export const BLIND72: Template[] = [
  {
    client: "negentropy",
    task: "title",
    source: at("ThreeFish-AI/negentropy", {
      path: "apps/negentropy/src/negentropy/engine/summarization.py",
      commit: "6e5367f2a9e9e6c5d4c4af739b1bd14caaaaeb40",
    }),
    paraphrased: true,
    note:
      "generate_title: the prompt as system_instruction and again as the last user content after the history; ADK LlmRequest mapped to chat messages by LiteLlm (reconstructed); temperature 0.3, max tokens 256",
    build: (c) => ({
      model: MODEL,
      messages: [sys(NEG_TITLE), ...toMessages(c.turns), usr(NEG_TITLE)],
      temperature: 0.3,
      max_tokens: 256,
    }),
  },
  {
    client: "negentropy",
    task: "memory",
    source: at("ThreeFish-AI/negentropy", {
      path: "apps/negentropy/src/negentropy/engine/consolidation/llm_fact_extractor.py",
      commit: "6e5367f2a9e9e6c5d4c4af739b1bd14caaaaeb40",
    }),
    note:
      "_extract_batch: user turns only as `[user]: text`, one user message, litellm.acompletion with temperature 0 and response_format json_object",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(NEG_FACTS, { TURNS: userTurns(c).map((text) => `[user]: ${text}`).join("\n") }))],
      temperature: 0,
      response_format: { type: "json_object" },
    }),
  },
  {
    client: "ui-chat-view",
    task: "title",
    source: at("dangjingtao/ui-chat-view", {
      path: "src/lib/Chat/index.ts",
      commit: "25605078553727178bda22dfe420e736cac29e51",
    }),
    note:
      "initMiniPermissionChain/generateTitle: genConversationTitlePrompt (src/lib/Chat/prompts/system.ts) as system message, then the last message of a history under three messages, i.e. the first question",
    build: (c) => ({ model: MODEL, messages: [sys(UI_TITLE), usr(firstExchange(c).question)] }),
  },
  {
    client: "mito-ai",
    task: "title",
    source: at("mito-ds/mito", {
      path: "mito-ai-core/mito_ai_core/completions/prompt_builders/chat_name_prompt.py",
      commit: "bb25b2534ed1b5fe1d216ea65baec8ca925ecfed",
    }),
    note:
      "generate_short_chat_name (completions/message_history.py): one user message with the first question and answer, fast model",
    build: (c) => {
      const { question, answer } = firstExchange(c);
      return { model: MODEL, messages: [usr(MITO_NAME(question, answer))] };
    },
  },
  {
    client: "OpenViking",
    task: "compaction",
    source: at("volcengine/OpenViking", {
      path: "openviking/prompts/templates/compression/ov_wm_v2.yaml",
      commit: "6e944cc3e14872ec7e7a80edec9265397f367894",
    }),
    note:
      "session archive working memory (openviking/session/session.py): the Jinja2-rendered creation prompt as one user message, messages as `[role]: text` lines",
    build: (c) => ({ model: MODEL, messages: [usr(fill(OV, { MESSAGES: wmLines(c) }))], temperature: 0 }),
  },
  {
    client: "OpenViking",
    task: "memory",
    source: at("volcengine/OpenViking", {
      path: "openviking/prompts/templates/retrieval/recall_rewrite.yaml",
      commit: "6e944cc3e14872ec7e7a80edec9265397f367894",
    }),
    paraphrased: true,
    note:
      "rewrite_context (openviking/retrieve/context_assembler/rewrite.py): the digest prompt as one user message; the next question as query and the answers as retrieved fragments with viking:// sources (fragment layout reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(RR, {
        QUERY: c.followUp,
        RENDERED: c.turns.filter((turn) => turn.role === "assistant").map((turn, i) =>
          `source: viking://user/default/memories/session-${i + 1}.md\n${turn.content}`
        ).join("\n\n"),
      }))],
    }),
  },
  {
    client: "infiAgent",
    task: "compaction",
    source: at("polyuiislab/infiAgent", {
      path: "services/action_compressor.py",
      commit: "152ea626b2249d619b87c141f01deedcbe2674f2",
    }),
    paraphrased: true,
    note:
      "_single_summarize: system `你是整体上下文构造专家。目标：将内容压缩到5000 tokens以内。`, the prompt with the task as <任务需求> and the history as <action> XML (actions reconstructed from the answers), tool_choice none",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys("你是整体上下文构造专家。目标：将内容压缩到5000 tokens以内。"),
        usr(fill(INFI, {
          CONTEXT: `\n<任务需求>\n${firstExchange(c).question}\n</任务需求>\n`,
          XML: actionsXml(c),
        })),
      ],
    }),
  },
  {
    client: "modu-server",
    task: "summary",
    source: at("ModuBit/modu-server", {
      path: "app/services/llm/generate/prompt.py",
      commit: "3638471753963c5f136c2e24f5f6e197006bb97a",
    }),
    note:
      "ConversationSummaryBufferMemory._prune (llm_message_memory.py): SUMMARY_PROMPT piped to the system chat model as one user message, first summary so `None`, messages by get_buffer_string, streaming",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(MODU, { NEW: toLines(c.turns, { user: "Human", assistant: "AI" }) }))],
      stream: true,
    }),
  },
  {
    client: "PromptScope",
    task: "follow-ups",
    source: at("modelscope/PromptScope", {
      path: "meta_icl/contribs/app_main_followup/prompt/prompt_4_icl_followups.py",
      commit: "0bbff8a273bb14d7866f967f3ba2069481b0db28",
    }),
    paraphrased: true,
    note:
      "Followup_Question_Rec_Fix_Example with num_question=3 as one user message: earlier user queries as a JSON list, the last one as current query (list rendering reconstructed)",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(PS, { HQ: JSON.stringify(userTurns(c).slice(0, -1)), CQ: lastUser(c) }))],
    }),
  },
  {
    client: "agentic-design-flow",
    task: "summary",
    source: at("pmboutet/agentic-design-flow", {
      path: "migrations/059_add_step_summarizer_agent.sql",
      commit: "1a5a2b12c1d15e535175db656698fca85e204404",
    }),
    note:
      "ask-conversation-step-summarizer (src/lib/ai/conversation-plan.ts generateStepSummary): the French system prompt with the step's messages, user prompt `Résume les échanges de cette étape.`",
    build: (c) => ({
      model: MODEL,
      messages: [sys(handlebars(STEP_SYS, STEP_VARS(c))), usr("Résume les échanges de cette étape.")],
    }),
  },
  {
    client: "OpenViking",
    task: "search-query",
    source: at("volcengine/OpenViking", {
      path: "openviking/prompts/templates/retrieval/intent_analysis.yaml",
      commit: "6e944cc3e14872ec7e7a80edec9265397f367894",
    }),
    note:
      "IntentAnalyzer._build_context_prompt (openviking/retrieve/intent_analyzer.py): the query-planner prompt as one user message, last five messages as `[role]: text`, the next question as current message",
    build: (c) => ({
      model: MODEL,
      messages: [usr(fill(OV_INTENT, {
        RECENT: c.turns.slice(-5).map((turn) => `[${turn.role}]: ${turn.content}`).join("\n"),
        CURRENT: c.followUp,
      }))],
    }),
  },
  {
    client: "agentic-design-flow",
    task: "memory",
    source: at("pmboutet/agentic-design-flow", {
      path: "scripts/restore-all-agents.js",
      commit: "1a5a2b12c1d15e535175db656698fca85e204404",
    }),
    paraphrased: true,
    note:
      "ask-insight-detection: French system prompt with the ASK question and default insight types, user prompt with the history as `Participant|Agent: text` (src/lib/ai/conversation-agent.ts formatMessageHistory); the Handlebars block for existing insights dropped by hand",
    build: (c) => ({
      model: MODEL,
      messages: [
        sys(handlebars(INSIGHT_SYS, {
          ask_question: "Quels obstacles rencontrez-vous avec les outils numériques au quotidien ?",
          insight_types: "pain, idea, solution, opportunity, risk, feedback, question",
        })),
        usr(
          handlebars(INSIGHT_USER.replace(/^\{\{#if existing_insights_json\}\}[\s\S]*?\{\{\/if\}\}\n/, ""), {
            message_history: toLines(c.turns, { user: "Participant", assistant: "Agent" }),
          }),
        ),
      ],
    }),
  },
  {
    client: "XianTu",
    task: "memory",
    source: at("qianye60/XianTu", {
      path: "src/components/dashboard/RelationshipNetworkPanel.vue",
      commit: "5d32731b24f4ea4ee643f0efad7ddfc7ef95e7d6",
    }),
    paraphrased: true,
    note:
      "NPC memory summary, Raw mode through generateRaw: nine system parts, the user prompt with the memories numbered (here one memory per turn), `Continue.` (one of five picked at random) and the `</input>` assistant placeholder; save data empty ({}) instead of a real save",
    build: (c) => ({
      model: MODEL,
      messages: [
        ...xiantuSystems("林远", "{}").map((content) => sys(content)),
        usr(xiantuUser(c.turns.map((turn, i) => `${i + 1}. ${turn.content}`).join("\n"))),
        usr("Continue."),
        { role: "assistant", content: "</input>" },
      ],
    }),
  },
];

/** ui-chat-view's chat chain: `${baseSystemPrompt} {userSystemMessage}` with no directive, so a trailing space. */
const uiSystem = (language: string) =>
  `You are UI Chat AI robot, a helpful assistant which designed by Tomz Dang. Answer all questions to the best of your ability in ${language}. Today is 2026-12-07, Mon `;
/** agentic-design-flow's conversation agent variables, filled for one ASK session. */
const convSystem = (messagesJson: string) =>
  handlebars(CONV_SYS, {
    ask_question: "Quels obstacles rencontrez-vous avec les outils numériques au quotidien ?",
    ask_description: "Atelier de découverte avec les agents d'accueil de la médiathèque",
    participants: "Claire (agente d'accueil)",
    messages_json: messagesJson,
  });

type Ask = {
  source?: ReturnType<typeof at>;
  note: string;
  messages: ReturnType<typeof usr>[];
  stream?: boolean;
};

const ASKS: Ask[] = [
  {
    source: at("dangjingtao/ui-chat-view", {
      path: "src/lib/Chat/prompts/system.ts",
      commit: "25605078553727178bda22dfe420e736cac29e51",
    }),
    note: "ordinary chat turn, Chinese: a title for the user's own weekly report",
    messages: [
      sys(uiSystem("Chinese")),
      usr(
        "帮我给这份周报起个标题，不超过十个字：本周完成了登录模块重构，修复了三个支付相关的缺陷，下周计划灰度上线。",
      ),
    ],
    stream: true,
  },
  {
    source: at("dangjingtao/ui-chat-view", {
      path: "src/lib/Chat/prompts/system.ts",
      commit: "25605078553727178bda22dfe420e736cac29e51",
    }),
    note: "ordinary chat turn with history, English locale",
    messages: [
      sys(uiSystem("English")),
      ...toMessages(CONVERSATIONS_BLIND_72[0]?.turns ?? []),
      usr(CONVERSATIONS_BLIND_72[0]?.followUp ?? ""),
    ],
    stream: true,
  },
  {
    source: at("mito-ds/mito", {
      path: "mito-ai-core/mito_ai_core/completions/prompt_builders/chat_prompt.py",
      commit: "bb25b2534ed1b5fe1d216ea65baec8ca925ecfed",
    }),
    note:
      "ordinary Mito chat turn asking for a chart title and a one-sentence summary; system message cut to its first section, chat prompt sections reconstructed",
    messages: [
      sys(MITO_SYS_INTRO),
      usr(
        "<Instructions>\nHelp me complete the following task. I will provide you with a set of variables, existing code, and a task to complete.\n</Instructions>\n\n<ActiveCellCode>\nfig = px.line(sales, x='month', y='revenue')\nfig.show()\n</ActiveCellCode>\n\n<Task>\nAdd a title to this chart and summarize in one sentence what it shows\n</Task>",
      ),
    ],
  },
  {
    source: at("pmboutet/agentic-design-flow", {
      path: "scripts/optimize-ask-conversation-agent.sql",
      commit: "1a5a2b12c1d15e535175db656698fca85e204404",
    }),
    note:
      "ordinary conversation-agent turn, French, whose system prompt speaks of synthesising the exchanges",
    messages: [
      sys(convSystem(JSON.stringify([
        {
          senderType: "user",
          senderName: "Claire",
          content: "Le plus dur, c'est d'aider les usagers à créer un compte sur le portail de la CAF.",
        },
        {
          senderType: "ai",
          senderName: "Agent",
          content: "Qu'est-ce qui bloque le plus souvent à cette étape ?",
        },
        {
          senderType: "user",
          senderName: "Claire",
          content:
            "Beaucoup n'ont pas d'adresse mail ou l'ont oubliée, et le code reçu par SMS expire trop vite.",
        },
      ]))),
      usr(CONV_USER),
    ],
  },
  {
    source: at("ModuBit/modu-server", {
      path: "app/services/llm/generate/prompt.py",
      commit: "3638471753963c5f136c2e24f5f6e197006bb97a",
    }),
    note: "ordinary chat turn, Chinese, after the rolling summary was put in the system message",
    messages: [
      sys(fill(MODU_HIST, {
        HIST:
          "人类说下个月开始居家办公，想在六畳的房间放书桌，并且有腰痛。AI建议选择可调节座高和腰托的网面椅，书桌高度约67到70厘米。",
      })),
      usr("那显示器支架有必要买吗？预算不多。"),
    ],
    stream: true,
  },
  {
    note: "pasted-text summary, Japanese: the user's own meeting notes",
    messages: [
      usr(
        "次の議事録を三行で要約してください。\n\n・来期の採用は二名に絞る\n・新オフィスへの移転は四月末に延期\n・経費精算システムは五月から新しいものに切り替え、説明会は四月第二週",
      ),
    ],
  },
  {
    note: "ordinary follow-up with history, Portuguese",
    messages: [
      ...toMessages(CONVERSATIONS_BLIND_72[3]?.turns ?? []),
      usr(CONVERSATIONS_BLIND_72[3]?.followUp ?? ""),
    ],
    stream: true,
  },
  {
    note: "pasted-text title request, German: the user's own club newsletter paragraph",
    messages: [
      usr(
        'Wir brauchen eine Überschrift für den Vereinsbrief, höchstens sechs Wörter: "Am Samstag pflanzen wir mit den Kindern der Volksschule zwanzig Obstbäume am Bachufer. Werkzeug und Jause bringt der Verein mit."',
      ),
    ],
  },
];

export function buildBlind72Negatives(): Negative[] {
  return ASKS.map((ask) => ({
    task: "blind-72",
    ...(ask.source ? { source: ask.source } : {}),
    note: ask.note,
    body: { model: MODEL, messages: ask.messages, ...(ask.stream ? { stream: true } : {}) },
  }));
}
