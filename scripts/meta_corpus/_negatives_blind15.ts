/**
 * Blind round 15 hard negatives: ordinary turns of the round's clients (a GPT4All chat, Chatwoot's rephrase of an
 * agent's own draft, Langchain-Chatchat's and HuixiangDou's RAG templates, Discourse AI's term explainer) and users asking for a
 * title, tags or a summary of their own text, in the round's four languages.
 */
import { CONVERSATIONS_BLIND_15 } from "./_conversations_blind15.ts";
import { MODEL, sys, toMessages, usr, type WireMessage } from "./_types.ts";
import type { Negative } from "./_negatives_pasted.ts";

const history = (i: number) =>
  toMessages(CONVERSATIONS_BLIND_15[i % CONVERSATIONS_BLIND_15.length]?.turns ?? []);

/** chatchat-space/Langchain-Chatchat libs/chatchat-server/chatchat/configs/_prompt_config.py@2077046f54ab54dee2b55c891b3dbab37fdf792a `llm_model.rag`. */
const CHATCHAT_RAG = (context: string, question: string) =>
  `【指令】根据已知信息，简洁和专业的来回答问题。如果无法从中得到答案，请说 “根据已知信息无法回答该问题”，不允许在答案中添加编造成分，答案请使用中文。\n\n【已知信息】${context}\n\n【问题】${question}\n`;
/** The same file, `llm_model.with_history`. */
const CHATCHAT_HISTORY = (lines: string, input: string) =>
  `The following is a friendly conversation between a human and an AI. The AI is talkative and provides lots of specific details from its context. If the AI does not know the answer to a question, it truthfully says it does not know.\n\nCurrent conversation:\n${lines}\nHuman: ${input}\nAI:`;
/** chatwoot/chatwoot lib/integrations/openai/processor_service.rb@199f6d0f52210a6e21c7094bd5825fcb8a0a0504 rephrase. */
const CHATWOOT_REPHRASE =
  "You are a helpful support agent. Please rephrase the following response. Ensure that the reply should be in user language.";

/** InternLM/HuixiangDou huixiangdou/service/prompt.py@a5d7f7eea4fa5204e4e15e69f30ecb9f217e16ed `GENERATE_TEMPLATE_CN`. */
const HXD_GENERATE = (material: string, question: string) =>
  `材料：“${material}”\n 问题：“${question}” \n 请仔细阅读参考材料回答问题。`;
/** discourse/discourse-ai lib/personas/tutor.rb@c43d5a18019e2212a98dc20479910a8d86c4b49f: a member asks to explain a term. */
const DISCOURSE_TUTOR =
  "You are a tutor explaining a term to a student in a specific context.\n\nI will provide everything you need to know inside <input> tags, which consists of the term I want you\nto explain inside <term> tags, the context of where it was used inside <context> tags, the title of\nthe topic where it was used inside <topic> tags, and optionally, the previous post in the conversation\nin <replyTo> tags.\n\nUsing all this information, write a paragraph with a brief explanation\nof what the term means. Format the response using Markdown. Reply only with the explanation and\nnothing more.";

const BODIES: WireMessage[][] = [
  [
    ...history(0),
    usr(
      'Thanks! Unrelated: give this paragraph from my newsletter a three-word title. "Our street\'s spring clean-up collected 40 bags of rubbish and two shopping trolleys from the creek."',
    ),
  ],
  [
    usr(
      'Summarize in a 10-word title the intro of my thesis: "This thesis studies how small Belgian municipalities adopted participatory budgeting between 2012 and 2022."',
    ),
  ],
  [
    sys(CHATWOOT_REPHRASE),
    usr("hi, we checked ur order, the parcel is stuck at customs, nothing we can do b4 monday sorry"),
  ],
  [
    ...history(1),
    usr("Archive every newsletter from last week, then tell me which three emails I still need to answer."),
  ],
  [
    usr(
      CHATCHAT_RAG(
        "员工入职满一年后，每年享有带薪年假5天；满十年后10天。年假须提前三个工作日在OA系统中申请。",
        "我入职两年了，今年有几天年假？怎么申请？",
      ),
    ),
  ],
  [
    usr(
      CHATCHAT_HISTORY(
        "Human: What is a good first plant for a dark flat?\nAI: A ZZ plant or a snake plant; both cope with low light and rare watering.",
        "Which of the two is safer with cats?",
      ),
    ),
  ],
  [
    ...history(2),
    usr("この下書きにタイトルを三つ考えてください：「雨の嵐山を歩いて、竹林の音だけが残った午後のこと。」"),
  ],
  [
    sys(DISCOURSE_TUTOR),
    usr(
      "<input><term>traboules</term><context>On a pris le temps de traverser les traboules du Vieux-Lyon avec les enfants.</context><topic>Lyon en famille</topic></input>",
    ),
  ],
  [
    ...history(3),
    usr("Is there an older topic on this forum about passion fruit in pots?"),
  ],
  [
    usr(
      HXD_GENERATE(
        "ncnn 的 Vulkan 后端需要在编译时打开 NCNN_VULKAN=ON，运行时用 net.opt.use_vulkan_compute = true 启用。",
        "我在树莓派上怎么开启 ncnn 的 GPU 加速？",
      ),
    ),
  ],
  [
    usr(
      'Pode resumir em duas frases o que eu escrevi para a reunião de condomínio? "Proponho trocar as lâmpadas da garagem por LED e instalar sensores de presença; o custo se paga em um ano."',
    ),
  ],
  [
    usr(
      "Suggest 3-5 tags for this note I just saved to my bookmarks: 'Recipe: slow-cooked lamb shoulder with rosemary, garlic and white beans, 6 hours at 120°C.'",
    ),
  ],
];

export function buildBlind15Negatives(): Negative[] {
  return BODIES.map((messages) => ({ task: "blind-15", body: { model: MODEL, messages, stream: true } }));
}
