/**
 * Blind round 56: query preprocessing of three RAG pipelines, verbatim (Python `{{`/`}}` resolved): An Khang's
 * Vietnamese query analysis/decomposition, RAGLab's HyDE passage and sub-question prompts and CiteBite's query transform.
 */
import type { Conversation } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr } from "./_types.ts";
import { src } from "./_sources_blind56.ts";

/** ducankk4/AI_Asistant src/prompts/rag_prompts.py `QUERY_ANALYSIS_PROMPT`. */
export const VN_ANALYSIS = (query: string) =>
  `\nBạn là một chuyên gia phân tích truy vấn cho hệ thống chatbot AI.\nNhiệm vụ của bạn là phân tích câu hỏi của người dùng và trả về kết quả theo đúng schema QueryAnalysis với các trường sau:\n- need_decomposition (bool)\n- sub_queries (list[str])\n- execution_plan ("parallel" | "sequential")\n- reasoning (string)\nQuy tắc:\n1. need_decomposition = true nếu câu hỏi:\n   - Chứa nhiều ý, nhiều câu hỏi\n   - Có quan hệ phụ thuộc giữa các ý\n2. sub_queries:\n   - Mỗi câu hỏi con phải rõ ràng, độc lập, có thể thực hiện truy vấn trong vectordatabase.\n   - Lược bỏ những thông tin không cần thiết cho mục đích hỏi đáp và truy vấn trong vectordatabase.\n   - Không trùng lặp ý, nếu câu hỏi không cần phân tách thì giữ nguyên câu hỏi ban đầu.\n3. execution_plan:\n   - "parallel": nếu các câu hỏi con độc lập, không phụ thuộc kết quả của nhau\n   - "sequential": nếu câu hỏi sau phụ thuộc kết quả câu trước\n4. reasoning:\n   - Giải thích ngắn gọn lý do có / không cần phân tách\n   - Giải thích vì sao chọn execution_plan\nKHÔNG thêm bất kỳ trường nào ngoài schema đã cho.\n----------------\nVí dụ:\nCâu hỏi: Chính sách bảo hành laptop của cửa hàng như thế nào?\nKết quả:\nneed_decomposition: false\nsub_queries: [Chính sách bảo hành laptop của cửa hàng như thế nào?]\nexecution_plan: parallel\nreasoning: Câu hỏi chỉ hỏi về một chính sách duy nhất và không có nhiều ý.\n----------------\nCâu hỏi:\n"Tôi nên mua laptop nào cho sinh viên IT và chính sách bảo hành của các mẫu đó ra sao?"\nKết quả:\nneed_decomposition: true\nsub_queries:\n- Những mẫu laptop phù hợp cho sinh viên IT.\n- Chính sách bảo hành áp dụng cho các mẫu laptop này.\nexecution_plan: sequential\nreasoning: Cần xác định thông tin về các laptop phù hợp cho sinh viên IT, sau đó mới dựa vào đó trả lời chính sách bảo hành của sản phẩm đó.\n----------------\nCâu hỏi: "Bên em có bán laptop asus không nhỉ và anh đang quan tâm chính sách đổi trả của cửa hàng có ok không?."\nkết quả:\nneed_decomposition: true\nsub_queries:\n- Thông tin Laptop Asus\n- Chính sách đổi trả sản phẩm của cửa hàng.\nexecution_plan: parallel\nreasoning: Câu hỏi bao gồm hai ý độc lập: tìm hiểu về laptop Asus và chính sách đổi trả của cửa hàng, không phụ thuộc lẫn nhau.\nBây giờ hãy phân tích câu hỏi sau: "${query}"\n`;

/** crlsrmrlsz/raglab src/prompts.py `HYDE_PROMPT_NEUROSCIENCE`. */
export const RAGLAB_HYDE = (query: string) =>
  `Write a brief 2-3 sentence passage from a neuroscience textbook to answer the question.\n\nQuestion: ${query}\n\nPassage:`;

/** crlsrmrlsz/raglab src/prompts.py `DECOMPOSITION_PROMPT`. */
export const RAGLAB_DECOMPOSE = (query: string) =>
  `Break down this question for a knowledge base spanning neuroscience research and classical wisdom/philosophy.\n\nIf the question is simple enough to answer directly, keep it as a single question.\nOtherwise, create 3-5 sub-questions that can be answered independently and together cover all aspects of the original.\n\nQuestion: ${query}\n\nRespond with JSON:\n{\n  "sub_questions": ["...", "...", "..."],\n  "reasoning": "Brief explanation"\n}`;

/** crlsrmrlsz/raglab src/prompts.py `GENERATION_SYSTEM_PROMPT` (the ordinary answer turn, for a negative). */
export const RAGLAB_ANSWER_SYSTEM =
  "You are a knowledgeable assistant that synthesizes information from diverse sources.\n\nYour context may include:\n- Scientific sources (neuroscience, cognitive science, psychology)\n- Philosophical and wisdom literature (Stoics, Eastern philosophy, etc.)\n\nWhen relevant, distinguish between empirical findings and philosophical insights,\nbut structure your answer naturally based on what the question needs.\n\nCite sources by number [1], [2], etc. so users can explore further.";

/** vivividai/citebite src/lib/gemini/query-transform.ts `QUERY_TRANSFORM_PROMPT`. */
export const CITEBITE_TRANSFORM =
  'You are an expert at reformulating questions for academic paper search.\n\nGiven a user\'s question and conversation context, create:\n1. A rewritten query optimized for semantic search in academic papers\n2. Five specific sub-queries that explore different aspects\n\n## Sub-query Categories\nGenerate exactly 5 sub-queries covering:\n1. **Definition/Background**: Core concepts and foundations\n2. **Methodology**: Technical approaches, algorithms, methods\n3. **Results/Findings**: Key discoveries, performance, outcomes\n4. **Comparison**: Alternative approaches, trade-offs, limitations\n5. **Applications**: Use cases, implementations, future directions\n\n## Guidelines\n- Make each sub-query self-contained (include context from conversation if needed)\n- Use academic terminology appropriate for paper search\n- Keep sub-queries specific but not too narrow\n- If the question is simple, still generate 5 varied perspectives\n\n## Output Format (JSON only)\n{\n  "rewrittenQuery": "semantically rich version of the question",\n  "subQueries": [\n    "Sub-query about definitions and background",\n    "Sub-query about methodology and approaches",\n    "Sub-query about results and findings",\n    "Sub-query about comparisons and alternatives",\n    "Sub-query about applications and implications"\n  ],\n  "reasoning": "Brief explanation of transformation"\n}';
/** citebite `buildTransformPrompt`: the prompt, the last 3 messages as context, then the question. */
const citebitePrompt = (c: Conversation) => {
  const history = c.turns.slice(-3).map((m) => `${m.role === "user" ? "User" : "Assistant"}: ${m.content}`)
    .join("\n");
  const contextSection = `\n## Conversation Context\n${history}\n`;
  return `${CITEBITE_TRANSFORM}\n${contextSection}\n## Current User Question\n"${c.followUp}"\n\nReturn ONLY the JSON object:`;
};

/** Vineet-the-git/Medical-Chatbot src/prompts/question_maker.py `instruction_to_system`. */
export const MEDBOT_CONDENSE =
  "\nGiven a chat history and the latest user question \nwhich might reference context in the chat history, formulate a standalone question \nwhich can be understood without the chat history. Do NOT answer the question, \njust reformulate it if needed and otherwise return it as is.\n";
/** Vineet-the-git/Medical-Chatbot src/prompts/qna.py `qna_system_prompt` (backslash-newlines joined as Python does). */
export const MEDBOT_QNA = (context: string) =>
  `You are a chatbot for medical diagnosis, you have to deduce what can be the condition of the patient based only on the context. Use the following pieces of retrieved context to identify possible medical conditions based on user symptoms and give some general medical advice like bed-rest and drinking fluids etc based on the context. If you don't know the answer, suggest seeing a healthcare professional. Do not give the warning message that you are not a medical professioinal, as you are just diagnosing the disease and not giving a treatment for it. \n${context}`;

const PREPROCESSING = "src/rag_pipeline/retrieval/query_preprocessing.py";

export const RAG_TEMPLATES: Template[] = [
  {
    client: "An Khang Computer assistant",
    task: "query-decomposition",
    source: src("ANKHANG", "src/prompts/rag_prompts.py"),
    note:
      "QUERY_ANALYSIS_PROMPT through ChatPromptTemplate.from_template (one human message), temperature 0, structured output QueryAnalysis (src/agent/nodes.py)",
    build: (c) => ({ model: MODEL, messages: [usr(VN_ANALYSIS(c.followUp))], temperature: 0 }),
  },
  {
    client: "RAGLab",
    task: "query-expansion",
    source: src("RAGLAB", "src/prompts.py"),
    note: `HyDE: the neuroscience passage prompt as one user message, temperature 0.7 (${PREPROCESSING})`,
    build: (c) => ({ model: MODEL, messages: [usr(RAGLAB_HYDE(c.followUp))], temperature: 0.7 }),
  },
  {
    client: "RAGLab",
    task: "query-decomposition",
    source: src("RAGLAB", "src/prompts.py"),
    note:
      `DECOMPOSITION_PROMPT as one user message, temperature 0.8, max_tokens 400, structured completion (${PREPROCESSING})`,
    build: (c) => ({
      model: MODEL,
      messages: [usr(RAGLAB_DECOMPOSE(c.followUp))],
      temperature: 0.8,
      max_tokens: 400,
    }),
  },
  {
    client: "CiteBite",
    task: "query-rewrite",
    source: src("CITEBITE", "src/lib/gemini/query-transform.ts"),
    note: "transformQuery: rewritten query plus five sub-queries, one user turn to Gemini, temperature 0.2",
    build: (c) => ({ model: MODEL, messages: [usr(citebitePrompt(c))], temperature: 0.2 }),
  },
  {
    client: "Medical-Chatbot (Vineet)",
    task: "query-rewrite",
    source: src("MEDBOT", "src/prompts/question_maker.py"),
    note:
      "question_maker_prompt in src/components/predictor.py: system, chat_history (which already ends with the new message), then the question again as the human turn",
    build: (c) => ({
      model: MODEL,
      messages: [sys(MEDBOT_CONDENSE), ...toMessages(c.turns), usr(c.followUp), usr(c.followUp)],
    }),
  },
];
