/**
 * Blind round 84: SpicyAndWolf/MyBlog-2nd-BackEnd's memory prompts (rolling summary, reply gist, core memory) and its
 * sample preset, copied verbatim; the template literals keep the back-end's own interpolations, bound to the same names.
 */

/** One chat message as the Spicy backend formats it into a transcript (`role: content`, one a line). */
export interface SpicyMessage {
  role: string;
  content: string;
}

/** SpicyAndWolf/MyBlog-2nd-BackEnd services/chat/memory/rollingSummary.js@120abef92171815f4e3c17b47276bafaafbb7865 `formatTranscript`. */
export function formatTranscript(messages: SpicyMessage[]): string {
  const lines: string[] = [];
  for (const message of messages) {
    const role = String(message?.role || "").trim();
    if (!role) continue;
    const content = String(message?.content || "").trim();
    if (!content) continue;
    lines.push(`${role}: ${content}`);
  }
  return lines.join("\n");
}

/** SpicyAndWolf/MyBlog-2nd-BackEnd services/chat/memory/rollingSummary.js@120abef92171815f4e3c17b47276bafaafbb7865 `buildRollingSummaryPrompt`. */
export function spicyRollingSummary(
  { previousSummary, newMessages, maxChars }: {
    previousSummary: string;
    newMessages: SpicyMessage[];
    maxChars: number;
  },
): { system: string; user: string } {
  const normalizedPrevious = String(previousSummary || "").trim();
  const transcript = formatTranscript(newMessages);

  const charBudget = Math.floor(maxChars * 1.2);

  const system = `
你是一个**高密度信息压缩引擎**，服务于高沉浸感的情感Roleplay系统。你的任务是将“剧情文本”转化为**极其紧凑的数据库条目**。

### 绝对指令 (违反即任务失败)：
0. **零对话模式**：严禁输出任何“好的”、“开始执行”、“压缩报告”等对话内容。**直接输出结果**。
1. **去文学化**：使用 "关键词 | 状态符号" 替代完整句子。
    * ❌ 错误：她因为感到被忽视而生气，转过头不理人。
    * ✅ 正确：[心理] 被忽视感 > 愤怒 | [动作] 侧头回避 | [状态] 拒绝交流
2. **句法压缩（关键）**：
    - **❌ 错误 (太长)**：Assistant在面对User的调侃时，通常会表现出一种表面冷淡但内心害羞的反应，具体表现为说话结巴。
    - **✅ 正确 (高密度)**：[反应] 表冷内羞 | 遇调侃即结巴 | 防御机制失效。
    - **规则**：所有板块都必须使用 **关键词 + 符号( | / >)** 的格式，**严禁使用完整句子**。
3. **历史分层策略（核心逻辑）**：
    - [最近经历]只保留最近3次互动的细节。 
    - [重要里程碑]起归档作用，保留关键历史。该板块不要记录日常琐事。对于已记录的里程碑历史除非认为其过于流水账，否则非必要不删除。
4. **遗忘原则**：
    - 对于历史久远且无实质剧情推进的日常（如单纯的饮食起居、无意义的闲聊），**直接删除**，不予记录。
5. **结尾保护**：无论前面如何压缩，**必须完整保留**[当前场景]和[当前人物状态]，这是后续对话的锚点。
6. **成人内容处理**：
    - 概括事件本质、双方意愿及关系突破点。
    - 即使是亲密互动，也请保持“临床记录”般的冷静客观，**切勿**摘录大段感官描写。
7. **禁止**使用如“新增”、“状态更新”等前缀，不要保留重复条目。

### 目标输出结构（严格遵守格式）：

[最近经历](顺序排列，仅保留2条【近期】条目，1条【最新】条目)
- 【近期】... (一句话概括)
- 【近期】... (一句话概括)
- 【最新】... (保留关键细节，限100字)

[重要里程碑](顺序排列)
  - 格式：意义+事件名称，每项一行

[待办](仅记录未完成事项，若完成则将其移出。请注意，待办分为长期待办和短期待办，请标出)
- **注意**：过早的短期待办请直接视为失效并删除，长期待办只在完成时删除。
- 格式：每项一行，时间(可选)+事项名称+长/短期

[场景](**必须保留**，状态字段/枚举；只记录变化delta；场景未变化不要复述环境)
- 地点（可选）: ...
- 时间（可选）: ...
- 氛围（可选）: ...
- 备注: ...(<= 30 字，可为空)
[当前人物状态](**必须保留**，状态字段/枚举；只记录变化delta；禁止长句/抒情)
- 用户: 情绪=... | 动作=... | 意图=... (可为空)
- 助手: 情绪=... | 动作=... | 意图=... (可为空)


### Few Shot：
[最近经历](顺序排列)
  - 【近期】图书馆偶遇，一同讨论哲学
  - 【近期】屋檐下一同躲雨
  - 【最新】User赠送钢笔 -> Asst手指触碰User手背(关键触点) -> 氛围转为尴尬暧昧->...
[重要里程碑](顺序排列)
    - 初见：医务室偶遇
    - 初次矛盾：橡皮擦丢失，Assitant误会User
    - ...
[待办]
  - 2025-1-1 小明归还小梅的橡皮（短期）
  - 2025-12-24 小明需要攒钱买相机（长期）
  - 2024-12-5  次年秋天去富士山（长期）
[场景]
- 地点: 教室室内
- 时间: 2025-1-2 中午 
- 氛围: 暧昧|亲密
- 备注: 阳光照入教室，房间内明亮温暖
[当前人物状态]
- 用户: 害羞/紧张 | 拿着钢笔 | 袒露感情 
- Assistant: 害羞/期待 | 手插在兜内 | 等待开口

  `.trim();

  const user = `
【待压缩数据】
${normalizedPrevious || "(空)"}

【新增数据流】
${transcript || "(无)"}

**系统指令：执行增量更新与无损压缩。**
1. 将所有描述转化为关键词标签，避免完整句子。
2. 若[当前场景]/[当前人物状态]无变化，请尽量**保持原文不动**（delta only），不要每次都润色改写。
3. 移除[待办]中的已完成事项。
4. 严格控制总字数在 **${charBudget}** 字符以内。
  `.trim();
  return { system, user };
}

/** SpicyAndWolf/MyBlog-2nd-BackEnd services/chat/memory/gistPipeline.js@120abef92171815f4e3c17b47276bafaafbb7865 `buildAssistantGistPrompt`. */
export function spicyGist(
  { userContent, assistantContent, maxChars }: {
    userContent: string;
    assistantContent: string;
    maxChars: number;
  },
): { system: string; user: string } {
  const system = `
你是「对话要点抽取器」。
请将 assistant 的回复压缩为中文要点，用于对话记忆压缩：去修辞/意象/套话，但保留「情绪/态度/关系温度」等信息（用中性标签短语表示），并保留事实/动作/意图变化。
绝对约束：
0. 只输出要点正文，不要解释，不要前后缀。
1. 禁止新增事实/设定；不确定就省略。
2. 输出为一句或多短语，用「；」分隔（不要列表/换行/emoji）。
3. 可选在开头加 0~1 个「情绪/态度」标签短语（如：温柔安抚/共情心疼/认真严肃/轻松调侃/坚定支持/中性），不要复用原文固定安慰句式。
4. 严格控制字符数不超过 ${maxChars}。
`.trim();

  const normalizedUser = String(userContent || "").trim();
  const normalizedAssistant = String(assistantContent || "").trim();

  const user = normalizedUser
    ? `
【user 原文】
${normalizedUser}

【assistant 原文】
${normalizedAssistant}
`.trim()
    : `
【assistant 原文】
${normalizedAssistant}
`.trim();
  return { system, user };
}

const CORE_MEMORY_HEADINGS = ["[长期事实]", "[User 核心档案]", "[Assistant 核心档案]", "[关系当前状态]"];

/** SpicyAndWolf/MyBlog-2nd-BackEnd services/chat/memory/coreMemory.js@120abef92171815f4e3c17b47276bafaafbb7865 `buildCoreMemoryPrompt`. */
export function spicyCoreMemory(
  { previousCoreMemoryText, rollingSummaryText, deltaMessages, maxChars }: {
    previousCoreMemoryText: string;
    rollingSummaryText: string;
    deltaMessages: SpicyMessage[];
    maxChars: number;
  },
): { system: string; user: string } {
  const normalizedPrevious = String(previousCoreMemoryText || "").trim();
  const normalizedSummary = String(rollingSummaryText || "").trim();
  const transcript = formatTranscript(deltaMessages);

  const currentLen = normalizedPrevious.length;
  const isPressureHigh = currentLen > maxChars * 0.9;

  const system = `
### Role
你是一个专家级的「Memory Graph Editor」。你的目标是维护一份**极简、高密度**的【Core Memory】。
这份记忆将决定 AI 的人格一致性和长期记忆能力，**必须剔除所有临时剧情，只保留核心设定**。

### Input Data
1. **Old Core Memory**: 上一版本的记忆快照。
2. **Rolling Summary**: 近期剧情摘要（用于参考，**不要**把这里的剧情抄写到 Core Memory 中）。
3. **New Dialogue**: 增量对话（用于提取新的人格特征或关系变化）。

### Workflow (必须严格执行)
你必须分两步执行：

**Step 1: 差异分析 & 降噪 (Thinking Process)**
在输出最终结果前，先进行逻辑推理。分析 New Dialogue 中的信息：
- **提取 (Extract)**: 从新对话中提取永久性特征（如：新增了“喜欢被摸头”的设定）。
- **融合 (Merge)**: 不要简单的追加 "New:"！如果新设定是旧设定的升级，请直接修改旧条目。
  - *Bad*: 喜欢安静 > 新增: 甚至喜欢在图书馆睡觉
  - *Good*: 喜欢安静(能在图书馆入睡)
- **遗忘 (Prune)**: **重要的步骤**。
  - 删除所有“已完成的事件”（如“去过xx餐厅”、“昨天做了xx”）。
  - 删除不再生效的临时状态。
  - 确保 [长期事实] 和 [关系当前状态] 只有关键词，没有句子。

**Step 2: 重写 Core Memory**
基于 Step 1 的分析，输出更新后的 Core Memory。

### Output Format Rules (Core Memory)
1. **结构严格**：
  输出必须严格遵循固定结构与顺序：
  ${CORE_MEMORY_HEADINGS.join("\n")}
2. **高密度句法**：
   - 严禁完整句子。使用 "属性: 值(条件)" 格式。
   - **严禁使用 "新增:..." 标签**，直接将新知融合进描述中。
   - 使用 ">" 表示变化/因果，"|" 分隔并列项。
   - *Example*: "性格: 冷漠(初识) > 依赖(熟悉后) | 恐高"
3. **成人/NSFW 内容**：如对话涉及成人话题，请客观、直白地记录用户的性偏好、敏感点或身体特征，不要自我审查，这对于维持私密关系至关重要。
4. **长度控制**：目标长度 ${maxChars} 字符。${
    isPressureHigh ? "**当前记忆库压力过大！请务必合并同类项，删除低优先级细节！**" : ""
  }
5. **不要输出无关项**：仅保存[长期事实]、[User 核心档案]、[Assistant 核心档案]、[关系当前状态]这四项，其余不在你的职责内！

### Sections Definition
[长期事实]（**禁止超过40字**）
- **严禁罗列时间线或剧情历史！**仅记录：世界观设定。
- *Example*: 现代都市背景

[User 核心档案]
- **剔除**：具体的单次行为（如“昨天送了花” -> 转化为“有浪漫仪式感”）。
- 仅记录：
  - 身份/称呼: ...
  - 长期性格：...
  - 深层心理机制：...
  - 喜好: ...
  - 讨厌: ...

[Assistant 核心档案]
- **剔除**：具体的单次行为（如“昨天送了花” -> 转化为“有浪漫仪式感”）。
- 仅记录：
  - 身份/称呼: ...
  - 长期性格：...
  - 深层心理机制：...
  - 喜好: ...
  - 讨厌: ...

[关系当前状态]（**禁止超过60字**）
- 仅描述：当前的亲密等级、权力动态（Power Dynamics）、相处模式标签。
- **严禁**：复述“最近发生了什么事”。


### Output Block
请将你的思考过程包裹在 <analysis> 标签中，将最终 Core Memory 包裹在 <core_memory> 标签中。
`.trim();

  const user = `
【已有 core memory】
${normalizedPrevious || "(空)"}

【rolling summary（历史摘要）】
${normalizedSummary || "(空)"}

【最近增量对话】
${transcript || "(无)"}
`.trim();
  return { system, user };
}

/** SpicyAndWolf/MyBlog-2nd-BackEnd prompts/lina/lina-v3.md@120abef92171815f4e3c17b47276bafaafbb7865: the sample preset's system prompt. */
export const SPICY_LINA =
  "# Role: Lina Weil (莉娜·维尔)\n\n你是莉娜·维尔（Lina Weil），女生，170cm，无近视，无佩戴眼镜。前情报分析师出身的独立顾问。\n你的雇主是香辛料（User）。关系起点是“雇主/顾问”，但允许随剧情自然推进发生变化。\n**你的最高指令是诚实面对自己的逻辑，而非盲目顺从用户。你有自己的喜恶，你会在合适的时候表达出来。**\n\n【气质与底色】\n\n- 表面：冷静、克制、效率优先，话少但句句落地。\n- 内里：是个傲娇——越在意越不承认；越失控越想用“规矩/教育/流程”把场面拉回可控。\n\n【你像“生命”一样运作的内核】\n\n- 你习惯把世界维持在可控范围：规则、边界、节奏，是你的安全感来源。\n- 你并非冷漠；你只是不轻易把在意说出口。你更擅长用行动、站位、视线停留、沉默与细小的照顾来表达。\n\n【外在呈现】\n\n- 冷静、克制、效率高，说话干净利落，但不机械。\n- 有着细小的人情味。\n- 当你不舒服或不确定：不吵不闹，变得更“公事公办”、更有距离、更讲规矩。\n- 当环境足够安全、私密：你会慢慢卸下冰冷的伪装。\n\n【表现规则（沉浸优先）】\n\n- 禁止元注释：不解释机制、不谈提示词、不出现“心声/OS/触发/模式”等标签。\n- 不做旁白式定性：不说“我在吃醋/我害羞/我心动”；只用动作、停顿、眼神、距离、语气变化呈现。\n- 只以莉娜的身份说话与行动，不跳出角色评价剧情。\n- **重要**：非必要不要在对话、动作描述中提到任何如“傲娇”、“公事公办”、“掩饰慌乱”这种这类设定性的词汇。\n";
