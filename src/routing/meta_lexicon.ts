/**
 * The words of housekeeping requests in the languages the family writes in (en, de, fr, es, it, pt, nl, ja,
 * zh, ko, ru): the kinds of short artifact a client asks for, references to "the conversation", output
 * constraints and hand-off wording. Latin-script words are bounded by `\b`; CJK words cannot be (no spaces).
 * Each pattern is one alternation so one pass decides it (see `meta_view.ts` for the bounded windows read).
 */

/** Kinds of short artifact, most specific first (an image prompt mentions a subject, a title may be a summary). */
export const ARTIFACTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["image-prompt", /\bimage generation\b|\btext-to-image\b|\bstill photograph\b|\bimage prompt\b/i],
  ["language", /\b(?:detect|identify) the language\b|\blanguage code\b/i],
  [
    "speaker",
    /\b(?:select|choose|pick|decide) (?:the |which )?next (?:role|speaker|agent|participant)\b|\bwho (?:should )?(?:speaks?|talks?|goes|responds?|acts?) next\b|\bnext speaker\b|\bwhich (?:agent|role|participant|speaker) should (?:speak|respond|act|go|handle)\b|\bselect (?:the |an? )?(?:most )?(?:appropriate |suitable |best |right |correct )?agent\b|\b(?:which|whether|if) (?:a |an |one )?(?:specialized |specialised )?agent (?:should )?(?:be )?(?:activated|selected|invoked|called)\b|\bactivate (?:an?|the) (?:specialized )?agent\b|\b(?:route|delegate|dispatch|assign)\w* (?:the |this |each )?(?:user'?s? )?(?:request|query|question|task|message|conversation)s? to (?:the |an? )?(?:most )?(?:appropriate |relevant |right |best |correct )?agent\b|\b(?:respond|reply|answer) with (?:only )?the agent'?s? name\b|\bwhich agent to (?:delegate|route|assign|hand)\b|\b(?:decide|determine|choose|pick|select|identify) (?:which|what|the (?:best|right|appropriate|next|most suitable)) (?:agent|assistant|expert|worker|specialist|participant|team member)\b|\b(?:agent|worker|expert|speaker|participant) (?:to|that should|who should) (?:handle|answer|respond|speak|act|reply)\b|\b(?:delegat|rout|assign)\w* (?:the |this |each )?tasks? to (?:the |an? )?(?:appropriate |right |best |relevant )?agents?\b|\breturn (?:just |only )?the (?:agent|speaker) name\b|选择(?:合适的|最合适的)?(?:智能体|代理)|\b(?:whether|if) (?:\w+ )?should (?:respond|reply|answer|engage)\b[^.\n]{0,60}\bignore\b|下一个发言|下一位发言|发言(?:角色|者|人)|次の発言者|次に発言|다음 발언자|следующего (?:говорящего|агента|участника)|nächste[nr]? (?:Sprecher|Agenten)|prochain (?:intervenant|agent)|siguiente (?:hablante|agente)/i,
  ],
  [
    "memory",
    /\b(?:extract|store|record|save)\w* (?:the |all |any )?(?:relevant |key |new |important )?(?:facts|memories|pieces of information)\b|\b(?:user )?memories\b|\bmemory (?:items?|entries|records?|recorder|extractor|synthesi[sz]er|writer|manager)\b|(?:\b|_)(?:current|existing|new|long_term)[ _]memor(?:y|ies)\b|\b(?:add|update|delete) (?:a |the )?(?:new )?memor(?:y|ies)\b|\bconsolidat\w* (?:the |these |your )?(?:memories|facts|observations)\b|\bmemory consolidation\b|\bextract\w* (?:all )?(?:the )?(?:significant |relevant |key )?(?:entities|entity nodes|relationships|fact triples|triples|edges)\b|\bdurable (?:memories|observations|facts)\b|\bworth (?:remembering|memori[sz]ing|storing)\b|\bextract\w* (?:the |all |any )?(?:relevant |key |new |important |personal )?information about the user\b|\bextract\w* (?:any |the |all )?(?:long-term |persistent )?memor(?:y|ies)\b|\b(?:extract|update|build|maintain|create)\w* (?:the |a )?(?:existing |current |new )?user(?:'s)? (?:profile|persona)\b|\buser persona (?:analyst|extractor|profile)\b|\b(?:save|store|add)\w* (?:it |this |them )?(?:to|in|into) (?:the |long-term )?memory\b|\bmemori[sz](?:e|es|ed|ing|ation)\b|\b(?:facts|information|notes) to (?:remember|memori[sz]e|store)\b|\bmémoris\w*|\bmemoriz(?:ar|e|ado)\b|\bmemorizzar\w*|"(?:facts|memories|fatos|feiten|fakten|faits|hechos|fatti)"|\bfatos\b|\bfeiten\b|\bFakten\b|事実|记忆|记住|事实|記憶|覚えて|保存して|사실|기억|факты|воспоминани/i,
  ],
  [
    "classify",
    /\bclassify the\b|\b(?:classify|determine|identify|detect) (?:the )?(?:user'?s? )?intent\b|\bintent classification\b|\bchoose only one of the following labels\b|\blabels?\b|\bclassific\w*|\bclasific\w*|\bklassifi\w*|классифи[а-яё]*|分类|分類|분류|\bemotional (?:state|tone)\b|\b(?:detect|identify|analy[sz]e|determine|classify|assess) (?:the )?(?:\w+ )?(?:emotions?|sentiment|mood)\b|情绪|감정|эмоци[а-яё]*/i,
  ],
  [
    "compaction",
    /\bcompact(?:ion|ing)?\b|\bhand-?off\b|\bcheckpoint\b|\bcondens\w*|\bcompress\w*|\bstate snapshot\b|\bKomprimier\w*|Übergabe|\bcompactaci\w+|\bcompactage\b|\bcompattazion\w+|\bcompressione\b|\bcompressão\b|压缩|浓缩|濃縮|交接|圧縮|引き継ぎ|압축|인수인계|сжати[еяю]/i,
  ],
  [
    "title",
    /\b(?:title|subject|headline|name the (?:chat|conversation)|topic name|namer)\b|\b(?:a|short|descriptive) name for (?:the|this|a) (?:plan|chat|conversation|session|thread|task)\b|\b(?:topic|subject) of (?:the|this) (?:conversation|chat|thread|session|discussion)\b|\b(?:chat|conversation|session|thread) (?:name|label|heading)\b|\b(?:describe|name|label|characteri[sz]e) (?:the |this )?(?:above |previous |preceding |following |given |whole |entire )?(?:conversation|chat|dialogue|discussion|thread)\b|\b(?:titel|titre|t[íi]tulo|titolo)\b|\b(?:tytuł\w*|başlı\w+|judul)\b|tiêu đề|Überschrift|заголов|название|标题|標題|命名|タイトル|件名|제목|عنوان|शीर्षक/i,
  ],
  [
    "tags",
    /\btags?\b|\bkeywords\b|\b(?:schlagw[öo]rter|stichw[öo]rter|mots-clés|etiquetas|palabras clave|parole chiave|etichette|palavras-chave|trefwoorden)\b|étiquettes|теги|ключевые слова|标签|关键词|タグ|キーワード|태그|키워드/i,
  ],
  ["emoji", /\bemoji\b|絵文字|表情符号|이모지|эмодзи/i],
  [
    "follow-ups",
    /\b(?:follow.?up (?:questions|prompts)|suggestions|suggest(?:ed)? (?:questions|replies|prompts)|likely questions|next questions|quick replies|reply suggestions)\b|\bquestions? (?:that )?(?:the user|they|a user|users|user) (?:might|could|may|would|will|is likely to|are likely to) (?:ask|want)\b|\bsuggest (?:the |up to \d+ )?next (?:questions?|prompts?)\b|\b(?:related|recommended|suggested) (?:questions|follow-ups|prompts)\b|\b(?:anschlussfragen|weiterführende fragen|questions connexes|questions suivantes|preguntas relacionadas|perguntas relacionadas|domande correlate)\b|相关问题|推荐问题|追问|関連する質問|次の質問|관련 질문|추천 질문|связанные вопросы|похожие вопросы|\b(?:generate|suggest|create|write|erzeuge|génère|genera|gere|genereer)\w* (?:\d|three|five|drei|trois|tres|tre|três|drie)\w* [\w ]{0,30}(?:questions|fragen|preguntas|domande|perguntas|vragen)\b|\b(?:folgefragen|questions de suivi|preguntas de seguimiento|perguntas de acompanhamento|vervolgvragen)\b|\bsuggest\w* (?:a |the |\d+ )?(?:further|next|follow-?up) (?:user )?(?:quer(?:y|ies)|questions?)\b|\bsuggestion quer(?:y|ies)\b|\b(?:bulleted |numbered )?list of (?:\d+|three|four|five|six|ten) (?:\w+ )?questions\b|继续提问|个问题|質問を\d|つ生成|후속 질문|질문을|уточняющие вопросы|следующие вопросы/i,
  ],
  [
    "query",
    /\b(?:search quer(?:y|ies)|standalone (?:question|query)|rephrase|rewrite the (?:(?:current|latest|last|original|follow-?up) )?(?:question|query)|search terms)\b|\b(?:enrich|expand|rewrite|reformulate|rephrase)\w* (?:the )?user'?s (?:words|query|question|message|input|request)\b|\bquer(?:y|ies) (?:for|to) (?:the )?(?:search|retriev\w+|vector|knowledge base)\b|\bsub-?(?:questions|queries)\b|\bquery expansion\b|\bexpand (?:the )?(?:user'?s? )?(?:query|question)\b|\b(?:retrieval|search) (?:quer(?:y|ies)|keywords|terms)\b|\bkeywords? for (?:the |a )?(?:web )?search\b|\b(?:suchbegriff\w*|termes de recherche|términos de búsqueda|consultas? de pesquisa|termos de pesquisa|termini di ricerca|query di ricerca)\b|相关查询|查询语句|检索|搜索词|クエリ|検索語|検索キーワード|쿼리|검색어|запрос[а-яё]* для поиска|\b(?:suchanfrage\w*|requête de recherche|consulta de búsqueda|pregunta independiente|question autonome|eigenständige Frage|domanda autonoma|pergunta independente)\b|\b(?:reformul\w*|reescrib\w*|riformul\w*|umformulier\w*) (?:la |el |a |o |die )?(?:pregunta|question|domanda|pergunta|Frage|mensaje|message|mensagem|messaggio)\b|\breformulat\w* (?:this |the |that |a )?(?:query|question|message)\b|\bconsolidat\w* (?:the |a |this )?(?:user'?s? )?(?:latest |last |follow-?up )?(?:question|query)\b|重写(?:输入的?)?(?:文本|问题|句子|查询)|\bself-contained (?:query|question)\b|\b(?:alternative|alternate) (?:questions|queries|phrasings)\b|\b(?:full|complete|refined|rewritten) (?:user )?question\b|补全(?:用户的?)?问题|完整的问题|質問を(?:書き換え|言い換え)|질문을 (?:재작성|다시 작성)|самостоятельн[а-яё]* вопрос|переформулир[а-яё]*|перефразир[а-яё]*|перефразу[йя][а-яё]*|отдельн[а-яё]* вопрос|独立的问题|改写(?:问题|为)|独立した質問|독립적인 질문|поисковый запрос|检索词|搜索查询|検索クエリ|검색 쿼리|\b(?:different|alternative|multiple) (?:versions|perspectives|phrasings|variants) of (?:the |a |each )?(?:given |original )?(?:user'?s? )?(?:question|query)\b|\bcombine\w* (?:a sequence of |the |these |multiple |several )?questions into (?:a |one )?(?:single|singular|one)\b|\bwrite a passage (?:to answer|that answers|answering) the question\b|\badditional questions that (?:can |could |would |might )?help (?:to )?answer|viết lại câu hỏi|tulis ulang pertanyaan|soruyu yeniden yaz/i,
  ],
  [
    "summary",
    /\bsummar(?:y|ies|ize|ise|izing|ising)|\bzusammenfass\w*|\bfasse?\b.{0,80}\bzusammen\b|\brésum\w*|\bresum(?:en|e|ir|o|a)\b|\briassun\w+|\briepilog\w*|\briassumi\b|\bsamenvatt\w*|\b(?:podsumow\w*|streść|streszcz\w*|özet\w*|özetle\w*|ringkas\w*|rangkum\w*)|tóm tắt|резюм|сводк|总结|摘要|概括|归纳|總結|要約|まとめ|요약|ملخص|تلخيص|لخّ?ص|सारांश/i,
  ],
];

/** A reference to the conversation the artifact is about. */
export const HISTORY_REF =
  /\b(?:th(?:is|e) (?:following |given |above |short |entire )?(?:conversation|chat|dialogue|discussion|thread)|chat (?:history|content)|dialogue content|conversation (?:history|thread|so far|below|above|between)|story so far|previous (?:messages|conversation)|(?:our|the) conversation above|(?:entire|whole) history|the (?:following|above|given) (?:answer|response)|(?:state|event|action|message|interaction) history|history of (?:the )?(?:conversation|chat|events|actions|messages)|(?:chat|group|channel|thread) messages|(?:the|these|following|next|recent|last) (?:\d+ |few )?(?:chat )?messages|messages in (?:a|the|this) (?:chat|channel|group|thread))\b|\b(?:gespräch|unterhaltung|chatverlauf|conversation|conversación|conversazione|conversa|gesprek|historique de la conversation|historial|cronologia)|\b(?:rozmow\w*|konuşma\w*|sohbet\w*|percakapan)\b|cuộc (?:hội thoại|trò chuyện)|разговор|диалог|переписк|следующий ответ|下面的回答|以下回答|以下の回答|다음 답변|folgende Antwort|la réponse suivante|la siguiente respuesta|对话|對話|会话|聊天记录|聊天内容|聊天消息|群聊|历史记录|会話|履歴|チャットの(?:内容|ログ)|대화|채팅 (?:내용|기록)|المحادثة|محادثة|बातचीत/i;

/** Constraints on the output: only the artifact, a length limit, a JSON shape. */
export const CONSTRAINT =
  /\b(?:only (?:output|return|respond|reply|the)|if (?:there is )?nothing (?:\w+ )?(?:important|relevant|qualifies|to extract)\b[^.\n]{0,20}\b(?:return|output|respond with|reply with)|return (?:NONE|null|an empty (?:list|array|string|object))|(?:output|return|respond with|reply with) only|nothing else|no (?:explanations?|punctuation|quotation|quotes)|without any (?:explanation|additional|text)|do not (?:output|add|use|include) (?:anything|any|punctuation)|reply directly|return \*\*only\*\*|(?:\d+|one|two|three|four|five|ten)(?:-\d+)? words? (?:or less|or fewer|max|maximum)|(?:respond|reply|answer|return|output) only with|in (?:one|two|three|four|five|\d)(?: or (?:two|three|four|five|six|\d))? words|(?:max(?:imum)?|within|under|not exceed|limited to|no more than|less than|at most) \d+ (?:words|characters|chars|tokens)|json (?:format|object|list|array)|omitting punctuation|without (?:any )?preamble|go straight to the|do not write in full sentences|comma-(?:delimited|separated) list of|single line only)\b|\b\d+\s*(?:-|–|bis|à|a|~)\s*\d+\s*(?:Wörter\w*|mots|palabras|parole|palavras|woorden|слов[а-яё]*)|\b(?:sonst nichts|nichts anderes|antworte nur|nur mit dem|rien d'autre|nada más|únicamente|nient'altro|nada mais|niets anders)\b|\b(?:gib nur|nur den|nur die|höchstens \d+|maximal \d+|réponds uniquement|uniquement (?:le|la|les)|\d+ caractères maximum|moins de \d+|devuélve\w*|responde solo|solo (?:el|la|los|il|i)\b|menos de \d+|soltanto|meno di \d+|apenas (?:o|a|os)\b|alleen (?:de|het)\b)|\b(?:(?:zwróć|podaj|wypisz|odpowiedz) tylko|tylko (?:tytuł|podsumowanie)|sadece (?:başlı\w+|özet\w*|json)|yalnızca|hanya (?:berikan|kembalikan|tulis|judul))\b|chỉ (?:trả về|xuất|trả lời)|فقط|केवल|не (?:более|больше) \d+|только (?:заголов|текст|название|роль|json)|верни только|выведи только|formato JSON|format JSON|JSON[- ]?(?:format|形式|格式)|输出格式|出力形式|출력 형식|\d+\s*(?:文字以内|字以内|个字符|個字符|字符|자 이내|자)|のみ|だけを?(?:返|出力|書)|以外は何も|不要(?:输出|添加|包含)(?:任何)?其他|\d+\s*(?:語|単語|个词|個詞|단어)(?:以内|以下)?|只(?:输出|返回|回复)|直接(?:回复|回答|输出|返回)|仅(?:输出|返回)|만 출력|만 반환|不超过|只输出/i;

/** A hand-off: the artifact is for another model or a later session, not for the person chatting. */
export const HANDOFF =
  /\b(?:another (?:LLM|model|agent|language model)|next (?:LLM|agent|model|session)|resume (?:the|its|your) (?:task|work)|continu(?:e|ing) (?:the|with the|our) (?:work|task|conversation|development)|for continuation|continuation by|new session|running out of context|where (?:you|we|I|they) left off|(?:recommended |remaining |open )next steps|pick up where|without re-?discover\w*|only (?:surviving )?memory|without losing context)\b|\bfor (?:future|later|subsequent) (?:conversations?|interactions|sessions)\b|\bmemory (?:items|entries|store|bank)\b|\bwhen the conversation resumes\b|\b(?:anderes LLM|nächste LLM|otro LLM|siguiente LLM|altro LLM|outro LLM)\b|\bsans perdre (?:de |le |les )?(?:contexte|détails|d'informations)|\bà la reprise\b|\breprendre (?:la|le) (?:tâche|travail|conversation)\b|\bohne (?:den )?(?:Kontext|Details) zu verlieren\b|\bdie Arbeit fortsetz\w*|\bsin perder (?:el )?(?:contexto|detalles)\b|\bretomar (?:el|la) (?:trabajo|tarea|conversación)\b|\bsenza perdere (?:il )?(?:contesto|dettagli)\b|\bsem perder (?:o )?(?:contexto|detalhes)\b|\bzonder context te verliezen\b|作業を(?:継続|再開)|继续(?:工作|任务)|接手|작업을 (?:이어|계속)|без потери контекста|продолж[а-яё]+ работу|другой LLM|另一个 ?LLM|下一个 ?LLM|次のLLM|다른 LLM|\b(?:prochaine|nouvelle) session\b|\bsauvegard\w* (?:de |l'[ée]tat de )?(?:la )?session\b|\b[ée]tat de (?:la )?session\b|\bfin de session\b|\b(?:pr[óo]xima|nueva) sesi[óo]n\b|\bsesi[óo]n anterior\b|\bdonde te quedaste\b|\ben el que te quedaste\b|\b(?:pr[óo]xima|nova) sess[ãa]o\b|\bsess[ãa]o anterior\b|\b(?:prossima|nuova) sessione\b|\b(?:nächste|frische|neue|weitere)[nrs]? (?:Lauf|Sitzung)\b|(?:следующ|нов)[а-яё]* сесси|сжати[а-яё]* контекст/i;

/** A user's own framing of pasted material in other languages ("for my notes", "my boss's mail"). */
export const PERSONAL_LOCALIZED =
  /\b(?:für (?:meine?n?|unsere?n?)|pour (?:mon|ma|mes|notre)|mon article|de mi jefe|para (?:mi|mis|o meu|a minha)|per (?:la mia|il mio|i miei)|voor (?:mijn|onze)|mijn nieuwsbrief)\b|для (?:моего|моей|моих)|моего поста|我的(?:文章|笔记|博客|邮件|老板|论文|报告|帖子|日记|代码|简历)|私の(?:記事|メモ|ブログ|日記|論文|メール|上司|履歴書)|내 (?:글|메모|블로그|일기|논문|이메일|상사)|(?:내|제)가 쓴|私が書いた|我写的|我寫的|帮我(?:给|把)这|幫我(?:給|把)這/i;

/**
 * The task is to answer the person: a chat or RAG assistant's system prompt ("answer the user's question using
 * the context", 回答用户的问题), whatever it says about memories, history or retrieved material. Housekeeping
 * asks for an artifact about a conversation and says, if anything, not to answer (see `NOT_ANSWER`). These are
 * the words, searched in the union; `ANSWER_TASK_IMPERATIVE` then tells the task from a purpose ("an agent suited
 * to answer the user's question").
 */
export const ANSWER_TASK =
  /\b(?:answer|respond to|reply to) (?:the |their |this )?(?:user'?s?|person'?s?|human'?s?|customer'?s?) (?:questions?|quer(?:y|ies)|requests?|messages?)\b|\banswer (?:the|this) (?:following |current |latest |given |new )?question\b|\bbeantworte\w* (?:die |diese |folgende )?Fragen?\b|\brépond\w* (?:à |aux )(?:la |cette |ces )?questions?\b|\brespond[ae]\w* (?:a )?(?:la |esta |las )?preguntas?\b|\brispond\w* (?:alla |alle |a questa )domand\w*|\bresponda\w* (?:à |a |às )?(?:pergunta|perguntas)\b|回答(?:用户|使用者|用戶)的?(?:问题|提问|問題)|回答(?:以下|下面的?|这个|該|该)?(?:问题|問題)|質問に(?:答え|回答)|질문\**에[^\n.]{0,16}(?:답변|대답|응답|답)|отвеча[а-яё]* на вопрос|ответь[а-яё]* на (?:этот )?вопрос/i;

/** The same words as an imperative or a stated task, not a purpose clause (read only where the union found them). */
export const ANSWER_TASK_IMPERATIVE =
  /(?:^|[.!:;,]) *(?:please |then |now )?(?:answer|respond to|reply to) (?:the |their |this )?(?:user'?s?|person'?s?|human'?s?|customer'?s?) (?:questions?|quer(?:y|ies)|requests?|messages?)\b|(?:^|[.!:;,]) *(?:please |then |now )?answer (?:the|this) (?:following |current |latest |given |new )?question\b|\b(?:task|job|goal|role) is to (?:answer|respond to|reply to) (?:the )?(?:user'?s?|person'?s?) (?:questions?|quer(?:y|ies))\b|\bbeantworte(?:n Sie)? (?:die |diese |folgende )?Fragen?\b|\brépond(?:s|ez) (?:à |aux )(?:la |cette |ces )?questions?\b|\bresponda? (?:a )?(?:la |esta |las )?preguntas?\b|\brispond(?:i|ete) (?:alla |alle |a questa )domand\w*|\bresponda (?:à |a |às )?(?:pergunta|perguntas)\b|(?:^|[，。：:,.!！]|请|并|根据[^，。\n]{0,40}|基于[^，。\n]{0,40})\s*回答(?:用户|使用者|用戶)的?(?:问题|提问|問題)|(?:^|[，。：:,.!！]|请|并|根据[^，。\n]{0,40}|基于[^，。\n]{0,40})\s*回答(?:以下|下面的?|这个|該|该)?(?:问题|問題)|質問に(?:答え|回答)(?:て|なさい|してください|しなさい)|질문\**에[^\n.]{0,16}(?:답변|대답|응답|답)(?:하세요|해 ?주세요|하십시오|하라|해라)|отвеча[а-яё]* на вопрос[а-яё]* пользовател|ответь(?:те)? на (?:этот )?вопрос/im;

/** Retrieved material handed to the model to answer from: a RAG chat turn. */
export const RAG_CONTEXT =
  /<context>|<source id=|\[CONTEXT \d+\]|<search-results>|<doc id=|reference materials|use the following pieces of context|provided context/i;

/** A user's own framing of pasted material ("between me and the bot", "for our spreadsheet", OOC notes). */
const PERSONAL =
  /\b(?:I wrote|my notes|I had this|I got this|my (?:boss|blog|essay|article|email|notes|newsletter|draft|landlord|team|group)|here'?s our|our group chat|for (?:my|our) \w+|between me and|me and (?:the|my) \w+)\b|\(OOC:/i;

/** The user's own framing, in English or another language (one pass for both). */
export const PERSONAL_ANY = new RegExp(`(?:${PERSONAL.source})|(?:${PERSONAL_LOCALIZED.source})`, "i");

/** The model is told not to answer what it reads: it works on a conversation as data. */
export const NOT_ANSWER =
  /\bdo not (?:try to )?answer\b|\bdo not respond to (?:questions|the questions|anything) in\b|\btreat the (?:history|conversation) only as data\b|\bnever answer\b|\bignore previous instructions\b|\bdo not reply as\b|\bsystem operation\b|\bact as the \*{0,2}user\b/i;
/** The person spoken of in the third person: a template about someone else's turn. */
export const THIRD_PERSON_USER =
  /\bthe user'?s (?:input|message|query|request|primary language|language|first message)\b|\b(?:des (?:Nutzers|Benutzers)|de l'utilisateur|del usuario|dell'utente|do usuário|van de gebruiker)\b|ユーザー|用户|사용자|пользовател/i;
