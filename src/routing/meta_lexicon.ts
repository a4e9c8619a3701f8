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
    /\bselect the next (?:role|speaker|agent)\b|\bwho (?:should )?speaks? next\b|\bnext speaker\b/i,
  ],
  [
    "memory",
    /\b(?:extract|store|record)\w* (?:the )?(?:relevant )?(?:facts|memories|pieces of information)\b|\b(?:user )?memories\b|"(?:facts|memories|fatos|feiten|fakten|faits|hechos|fatti)"|\bfatos\b|\bfeiten\b|\bFakten\b|事実|记忆|事实|사실|факты/i,
  ],
  ["classify", /\bclassify the\b|\bchoose only one of the following labels\b|\blabels?\b/i],
  [
    "compaction",
    /\bcompact(?:ion|ing)?\b|\bhand-?off\b|\bcheckpoint\b|\bcondens\w*|\bcompress\w*|\bstate snapshot\b|\bKomprimier\w*|Übergabe|\bcompactaci\w+|\bcompactage\b|\bcompattazion\w+|\bcompressione\b|\bcompressão\b|压缩|交接|圧縮|引き継ぎ|압축|인수인계|сжати[еяю]/i,
  ],
  [
    "title",
    /\b(?:title|subject|headline|name the (?:chat|conversation)|topic name)\b|\b(?:titel|titre|t[íi]tulo|titolo)\b|Überschrift|заголов|название|标题|標題|命名|タイトル|件名|제목/i,
  ],
  [
    "tags",
    /\btags?\b|\bkeywords\b|\b(?:schlagw[öo]rter|stichw[öo]rter|mots-clés|etiquetas|palabras clave|parole chiave|etichette|palavras-chave|trefwoorden)\b|étiquettes|теги|ключевые слова|标签|关键词|タグ|キーワード|태그|키워드/i,
  ],
  ["emoji", /\bemoji\b|絵文字|表情符号|이모지|эмодзи/i],
  [
    "follow-ups",
    /\b(?:follow.?up questions|suggestions|suggest(?:ed)? questions|likely questions|next questions)\b|\b(?:generate|suggest|create|write|erzeuge|génère|genera|gere|genereer)\w* (?:\d|three|five|drei|trois|tres|tre|três|drie)\w* [\w ]{0,30}(?:questions|fragen|preguntas|domande|perguntas|vragen)\b|\b(?:folgefragen|questions de suivi|preguntas de seguimiento|perguntas de acompanhamento|vervolgvragen)\b|继续提问|个问题|質問を\d|つ生成|후속 질문|질문을|уточняющие вопросы|следующие вопросы/i,
  ],
  [
    "query",
    /\b(?:search quer(?:y|ies)|standalone (?:question|query)|rephrase|rewrite the (?:question|query)|search terms)\b|\b(?:suchanfrage\w*|requête de recherche|consulta de búsqueda)\b|поисковый запрос|检索词|搜索查询|検索クエリ|검색 쿼리/i,
  ],
  [
    "summary",
    /\bsummar(?:y|ies|ize|ise|izing|ising)|\bzusammenfass\w*|\bfasse?\b.{0,80}\bzusammen\b|\brésum\w*|\bresum(?:en|e|ir|o|a)\b|\briassun\w+|\briepilog\w*|\briassumi\b|\bsamenvatt\w*|резюм|сводк|总结|摘要|概括|總結|要約|まとめ|요약/i,
  ],
];

/** A reference to the conversation the artifact is about. */
export const HISTORY_REF =
  /\b(?:th(?:is|e) (?:following |given |above |short |entire )?(?:conversation|chat|dialogue|discussion)|chat (?:history|content)|dialogue content|conversation (?:history|thread|so far|below|above|between)|story so far|previous (?:messages|conversation)|(?:our|the) conversation above|(?:entire|whole) history)\b|\b(?:gespräch|unterhaltung|chatverlauf|conversation|conversación|conversazione|conversa|gesprek|historique de la conversation|historial|cronologia)|разговор|диалог|переписк|对话|對話|会话|聊天记录|历史记录|会話|履歴|대화/i;

/** Constraints on the output: only the artifact, a length limit, a JSON shape. */
export const CONSTRAINT =
  /\b(?:only (?:output|return|respond|reply|the)|(?:output|return|respond with|reply with) only|nothing else|no (?:explanations?|punctuation|quotation|quotes)|without any (?:explanation|additional|text)|do not (?:output|add|use|include) (?:anything|any|punctuation)|reply directly|return \*\*only\*\*|(?:\d+|one|two|three|four|five|ten)(?:-\d+)? words? (?:or less|max|maximum)|(?:max(?:imum)?|within|under|not exceed|limited to|no more than|less than|at most) \d+ (?:words|characters|chars|tokens)|json (?:format|object|list|array)|omitting punctuation|without (?:any )?preamble|go straight to the|do not write in full sentences|comma-(?:delimited|separated) list of|single line only)\b|\b(?:gib nur|nur den|nur die|höchstens \d+|maximal \d+|réponds uniquement|uniquement (?:le|la|les)|\d+ caractères maximum|moins de \d+|devuélve\w*|responde solo|solo (?:el|la|los|il|i)\b|menos de \d+|soltanto|meno di \d+|apenas (?:o|a|os)\b|alleen (?:de|het)\b)|не (?:более|больше) \d+|только (?:заголов|текст|название|роль|json)|верни только|выведи только|formato JSON|format JSON|JSON[- ]?(?:format|形式|格式)|\d+\s*(?:文字以内|字以内|个字符|個字符|字符|자 이내|자)|のみ|只(?:输出|返回|回复)|仅(?:输出|返回)|만 출력|만 반환|不超过|只输出/i;

/** A hand-off: the artifact is for another model or a later session, not for the person chatting. */
export const HANDOFF =
  /\b(?:another (?:LLM|model|agent|language model)|next (?:LLM|agent|model|session)|resume (?:the|its|your) (?:task|work)|continu(?:e|ing) (?:the|with the|our) (?:work|task|conversation|development)|for continuation|continuation by|new session|running out of context|only (?:surviving )?memory|without losing context)\b|\b(?:anderes LLM|nächste LLM|otro LLM|siguiente LLM|altro LLM|outro LLM)\b|другой LLM|另一个 ?LLM|下一个 ?LLM|次のLLM|다른 LLM/i;

/** A user's own framing of pasted material in other languages ("for my notes", "my boss's mail"). */
export const PERSONAL_LOCALIZED =
  /\b(?:für (?:meine?n?|unsere?n?)|pour (?:mon|ma|mes|notre)|mon article|de mi jefe|para (?:mi|mis|o meu|a minha)|per (?:la mia|il mio|i miei)|voor (?:mijn|onze)|mijn nieuwsbrief)\b|для (?:моего|моей|моих)|моего поста|我的|私の|내 /i;
