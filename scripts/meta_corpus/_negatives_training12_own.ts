/**
 * Training round 12 hard negatives, users' own text: people asking for a title, summary, tags, translation, rewrite
 * or follow-up questions of something they pasted (an email, an article, code, meeting notes), in ten languages,
 * alone or after some conversation, some under a chat app's own system prompt. Written for the corpus; the system
 * prompts are the studied clients' (their sources on the imports).
 */
import { asst, sys, usr, type WireMessage } from "./_types.ts";
import type { Item12 } from "./_negatives_training12_item.ts";
import { KHOJ_PERSONALITY, OBSIDIAN_SYSTEM } from "./_prompts_training12_apps.ts";
import { OPENCHAT_INSTRUCTIONS, READ_SOURCES_12 as R } from "./_prompts_training12_read.ts";
import { APP_SOURCES_12 as S } from "./_prompts_training12_apps.ts";

const own = (
  lang: string,
  messages: WireMessage[],
  { source }: { source?: Item12["source"] } = {},
): Item12 => ({
  kind: "own-text",
  lang,
  ...(source ? { source } : {}),
  messages,
});

const EMAIL_EN =
  "Hi team,\n\nquick update on the office move: the movers come on Thursday the 14th at 8:00. Please pack your desks by Wednesday evening and label every box with your name and new room number. IT will disconnect all monitors on Wednesday at 17:00. Parking at the new building is free for the first month.\n\nThanks,\nJenny";
const NOTES_DE =
  "Protokoll Elternabend 3b, 2.12.\n- Klassenfahrt nach Bremen im Mai, Kosten ca. 180 €, Anmeldung bis 15.1.\n- Neue Hausaufgabenregel: max. 30 Minuten pro Tag\n- Förderverein sucht Kassenwart\n- Nächster Termin: 10.3.";
const ARTICLE_FR =
  "La mairie a annoncé mardi l'ouverture de trois nouvelles pistes cyclables d'ici l'été. Les travaux commenceront en mars sur le boulevard Voltaire, puis rue de la République. Les commerçants s'inquiètent de la suppression de 120 places de stationnement, tandis que les associations de cyclistes saluent un « pas décisif ».";
const CODE =
  "export function debounce<T extends (...args: unknown[]) => void>(fn: T, ms: number) {\n  let timer: number | undefined;\n  return (...args: Parameters<T>) => {\n    clearTimeout(timer);\n    timer = setTimeout(() => fn(...args), ms);\n  };\n}";

export const OWN_ITEMS_12: Item12[] = [
  own("en", [
    usr(`Can you give this email a better subject line? It currently says "update".\n\n${EMAIL_EN}`),
  ]),
  own("en", [usr(`${EMAIL_EN}\n\nSummarize this in two bullet points for people who only read Slack.`)]),
  own("en", [
    usr("I need to send a note to my team about the office move."),
    asst("Sure, paste your draft and I'll help polish it."),
    usr(`${EMAIL_EN}\n\nMake it friendlier and shorter, and suggest a subject line.`),
  ]),
  own("en", [
    sys(OPENCHAT_INSTRUCTIONS),
    usr(`Tag this snippet for my code library (3-5 tags, lowercase):\n\n${CODE}`),
  ], { source: R.OPENCHAT }),
  own("en", [usr(`Write a commit message title (max 50 chars) for adding this:\n\n${CODE}`)]),
  own("en", [
    usr(
      "Here's the abstract of my thesis. Suggest three titles, one serious and two catchy:\n\nWe study how urban heat islands affect sleep quality among elderly residents in three mid-sized European cities, combining wearable data from 412 participants with satellite-derived surface temperatures.",
    ),
  ]),
  own("en", [
    sys(KHOJ_PERSONALITY),
    usr(
      "What questions should I ask at tomorrow's parent-teacher meeting, given these notes from last time? - reading is improving - struggles with fractions - often forgets homework",
    ),
  ], { source: S.KHOJ_PERSONALITY }),
  own("de", [
    usr(
      `Fass das Protokoll bitte in drei Sätzen zusammen, für die Eltern, die nicht da waren:\n\n${NOTES_DE}`,
    ),
  ]),
  own("de", [
    usr(`${NOTES_DE}\n\nWelche Überschrift würdest du für den Rundbrief nehmen? Nur die Überschrift.`),
  ]),
  own("de", [
    usr("Ich schreibe gerade den Elternbrief."),
    asst("Gern, schick mir den Text."),
    usr(`${NOTES_DE}\n\nÜbersetze das bitte ins Englische für die neue Familie aus Kanada.`),
  ]),
  own("de", [
    usr(
      "Formuliere diese Mail höflicher um: 'Sie haben die Rechnung schon wieder falsch ausgestellt. Bitte korrigieren Sie das bis morgen.'",
    ),
  ]),
  own("fr", [usr(`Résume cet article en une phrase et propose un titre accrocheur :\n\n${ARTICLE_FR}`)]),
  own("fr", [usr(`${ARTICLE_FR}\n\nDonne-moi 5 mots-clés pour classer cet article sur notre blog.`)]),
  own("fr", [
    sys(OBSIDIAN_SYSTEM),
    usr(`Ajoute des tags à cette note et propose un titre :\n\n${ARTICLE_FR}`),
  ], { source: S.OBSIDIAN_SYSTEM }),
  own("es", [
    usr(
      "Resume este correo en dos líneas: 'Hola Marta, te confirmo que la reunión con el proveedor se pasa al lunes 15 a las 10:00. Trae el contrato firmado y las muestras de tela. Si no puedes, avísame antes del viernes. Saludos, Luis'",
    ),
  ]),
  own("es", [
    usr(
      "Ponle un título a mi receta, algo corto y bonito: arroz con verduras de temporada, caldo casero, azafrán y un toque de limón al final.",
    ),
  ]),
  own("es", [
    usr("Estoy preparando una charla sobre reciclaje para el colegio de mi hijo."),
    asst("¡Qué buena idea! ¿Para qué edad es?"),
    usr(
      "Para niños de 8 años. Aquí está mi guion: separar papel, plástico y vidrio; visitar el punto limpio; reutilizar frascos. ¿Qué preguntas de seguimiento les podría hacer al final?",
    ),
  ]),
  own("pt", [
    usr(
      "Traduz para inglês, por favor: 'Prezados, informamos que a entrega será adiada para a próxima semana devido à greve dos transportes. Pedimos desculpas pelo transtorno.'",
    ),
  ]),
  own("pt", [
    usr(
      "Resuma a ata em tópicos: reunião de condomínio, aprovado o conserto do elevador (R$ 12 mil), taxa extra de R$ 150 em janeiro, próxima assembleia em março.",
    ),
  ]),
  own("it", [
    usr(
      "Riassumi questa mail in una frase: 'Ciao Paolo, il preventivo per la ristrutturazione del bagno è di 8.400 euro, lavori da febbraio, durata tre settimane. Serve la tua conferma entro venerdì. Grazie, Elena'",
    ),
  ]),
  own("it", [
    usr(
      "Dammi un titolo per questo post del blog: ho passato un mese a Palermo lavorando da remoto, tra mercati, mare d'inverno e connessione internet sorprendentemente buona.",
    ),
  ]),
  own("ru", [
    usr(
      "Придумай заголовок для моей статьи: в ней я рассказываю, как за год научился печь хлеб на закваске, какие ошибки совершал и какие рецепты работают лучше всего.",
    ),
  ]),
  own("ru", [
    usr(
      "Сделай краткое содержание протокола: обсудили бюджет на 2027 год, решили сократить расходы на рекламу на 15%, ответственный — Иванов, срок — 20 декабря.",
    ),
  ]),
  own("ru", [
    usr("Я пишу письмо арендодателю."),
    asst("Хорошо, пришлите черновик."),
    usr(
      "Вот: «Прошу починить батарею в спальне, она не греет уже неделю». Сделай вежливее и переведи на английский.",
    ),
  ]),
  own("zh", [
    usr(
      "帮我给这篇周报起个标题：本周完成了登录页面重构，修复了三个支付相关的bug，下周计划上线新的搜索功能。",
    ),
  ]),
  own("zh", [
    usr(
      "把下面的会议记录总结成三点：1. 新产品发布推迟到二月 2. 市场部预算增加10% 3. 每周五下午改为线上会议 4. 下次会议由小李主持",
    ),
  ]),
  own("zh", [usr(`给这段代码写个注释和一个简短的函数说明：\n\n${CODE}`)]),
  own("ja", [
    usr(
      "このメールを要約してください：「田中様、来週火曜日の打ち合わせは15時からに変更となりました。会議室は3階のB会議室です。資料は前日までにお送りします。」",
    ),
  ]),
  own("ja", [
    usr(
      "ブログ記事のタイトルを5つ考えて。内容は、初めての北海道一人旅で食べたものと、冬の運転で気をつけたこと。",
    ),
  ]),
  own("ja", [
    usr("議事録を英語に翻訳してほしいです。"),
    asst("はい、議事録を貼ってください。"),
    usr("・新機能のリリースは1月20日\n・テスト担当は佐藤さん\n・次回ミーティングは1月8日"),
  ]),
  own("ko", [
    usr(
      "이 글에 어울리는 제목 좀 지어줘: 회사 근처에서 점심 먹기 좋은 곳 다섯 군데를 직접 가보고 가격, 맛, 대기 시간을 비교했어.",
    ),
  ]),
  own("ko", [
    usr(
      "회의록 요약해 줘: 다음 달 워크숍은 제주도에서 2박 3일, 예산은 1인당 50만 원, 참석 여부는 금요일까지 회신.",
    ),
  ]),
  own("ko", [
    usr("이메일 답장 쓰는 것 좀 도와줘."),
    asst("물론이죠. 받은 메일 내용을 알려 주세요."),
    usr(
      "팀장님이 보고서 마감을 다음 주 수요일로 당겨 달라고 했어. 정중하게 목요일로 미뤄 달라고 부탁하는 답장을 써 줘.",
    ),
  ]),
];
