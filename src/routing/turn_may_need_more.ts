/**
 * Whether a new turn of a conversation that is on a local model may need more than that model, so the
 * classifier is asked; an ordinary follow-up ("and in winter?", "thanks, shorter please") stays where the
 * conversation is without a classifier call (docs/routing.md, "Conversation affinity"). The signs are the
 * classifier prompt's own reasons for a higher label (`prompts/routing/system.md`): hard reasoning, fresh facts,
 * code, or a lot of new material. A false "yes" costs one classifier call (what every turn cost before); a
 * false "no" keeps a hard turn on the local model, which the member can still send to the cloud by model name.
 * The words are looked for in the eleven languages of the META lexicon; CJK and Cyrillic words have no `\b`.
 */
import { type RoutingMessage, toMessageText } from "./render_prompt.ts";

/** Why the turn is sent to the classifier; undefined when it stays without one. */
export type RecheckReason = "long" | "hard-work" | "fresh-facts" | "code";

/** Characters of the new turn that are read (a longer turn is `long` before any word is looked for). */
const READ = 4_000;

/** Proofs, derivations, rigorous or in-depth analysis, designs, optimisation (COMPLEX's reasons). */
const HARD_WORK = new RegExp(
  [
    String
      .raw`\b(?:prove|proofs?|theorems?|lemmas?|derive|derivation|rigou?r\w*|formally|step[- ]by[- ]step|in (?:great )?(?:depth|detail)|thorough\w*|analy[sz]\w*|trade-?offs?|architect\w*|optimi[sz]\w*|algorithm\w*|complexity|research\w*|comprehensive|essay|multi-?part)\b`,
    String
      .raw`\b(?:beweis\w*|herleit\w*|schritt für schritt|ausführlich\w*|gründlich\w*|analysier\w*|optimier\w*)`,
    String.raw`\b(?:démontr\w*|preuve|dériv\w*|étape par étape|en détail|approfondi\w*|analys\w*|optimis\w*)`,
    String
      .raw`\b(?:demostr\w*|demonstr\w*|dimostr\w*|riguros\w*|rigoros\w*|paso a paso|passo a passo|en detalle|em detalhe|in dettaglio|analiz\w*|analis\w*|optimiz\w*|otimiz\w*|ottimizz\w*)`,
    String.raw`\b(?:bewijs\w*|afleid\w*|stap voor stap|gedetailleerd\w*|optimali\w*)`,
    String.raw`доказ|докаж|вывед|строго|пошагов|шаг за шагом|подробн|проанализ|оптимиз|алгоритм`,
    String.raw`証明|導出|厳密|ステップバイステップ|詳しく|詳細に|最適化|アルゴリズム`,
    String.raw`证明|證明|推导|推導|严格|嚴格|逐步|一步一步|详细|詳細|优化|優化|算法`,
    String.raw`증명|유도|엄밀|단계별|자세히|상세히|최적화|알고리즘`,
  ].join("|"),
  "i",
);

/** Anything newer than a model's training (ENRICH's reasons). */
const FRESH_FACTS = new RegExp(
  [
    String
      .raw`\b(?:today|tonight|tomorrow|yesterday|latest|newest|currently|current|right now|this (?:week|month|year)|news|headlines?|prices?|stocks?|weather|forecast|scores?|released?)\b`,
    String
      .raw`\b(?:heute|morgen|gestern|aktuell\w*|neueste\w*|nachrichten|preis\w*|wetter|aujourd'hui|demain|actuel\w*|actualités|nouvelles|prix|météo)\b`,
    String
      .raw`\b(?:hoy|mañana|ayer|noticias|precios?|hoje|amanhã|ontem|atual\w*|notícias|preços?|oggi|domani|ieri|attual\w*|notizie|prezz\w*|meteo|vandaag|gisteren|actueel|nieuws|prijs\w*)\b`,
    String.raw`сегодня|завтра|вчера|сейчас|последни|новост|цен[аыу]|погод|курс`,
    String.raw`今日|明日|昨日|現在|最新|ニュース|価格|値段|天気|株価`,
    String.raw`今天|明天|昨天|现在|新闻|新聞|价格|價格|天气|天氣|股价`,
    String.raw`오늘|내일|어제|지금|최신|뉴스|가격|날씨|주가`,
  ].join("|"),
  "i",
);

/** Code in the turn, or a request about a program (the CODE label's reasons, where a plan has one). */
const CODE = new RegExp(
  String
    .raw`\x60\x60\x60|\b(?:code|function|script|bug|stack ?trace|exception|compile[rs]?|regex|sql|python|javascript|typescript|rust|java|c\+\+|golang)\b|Traceback \(most recent|^\s*(?:def|class|import|const|let|fn|func|public|#include)\s`,
  "im",
);

/** The text of the new turn: the user's message(s) after the last assistant answer. */
function toNewTurnText(messages: readonly RoutingMessage[]): string {
  let text = "";
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message === undefined || message.role === "assistant") break;
    if (message.role === "user") text = `${toMessageText(message.content)}\n${text}`;
  }
  return text;
}

/** Why the new turn of `messages` is worth a classifier call, or undefined for an ordinary follow-up. */
export function turnMayNeedMore(
  messages: readonly RoutingMessage[],
  { aboveTokens }: { aboveTokens: number },
): RecheckReason | undefined {
  const text = toNewTurnText(messages);
  if (Math.ceil(text.length / 4) > aboveTokens) return "long";
  const read = text.length > READ ? text.slice(0, READ) : text;
  if (HARD_WORK.test(read)) return "hard-work";
  if (FRESH_FACTS.test(read)) return "fresh-facts";
  if (CODE.test(read)) return "code";
  return undefined;
}
