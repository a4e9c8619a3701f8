/**
 * Blind round 68: four sample conversations of its own (British English about a small Python script, Mexican
 * Spanish, Korean, Polish), written for this round so the agent-framework templates are filled with text the
 * project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_68: Conversation[] = [
  {
    language: "English",
    locale: "en-GB",
    turns: [
      u(
        "I've got about 2,000 holiday photos called IMG_0001.jpg and so on. Can a Python script rename them to the date they were taken?",
      ),
      a(
        "Yes. Read the DateTimeOriginal tag with Pillow (`Image.open(path).getexif().get_ifd(0x8769).get(36867)`), turn it into a name like `2024-08-14_153012.jpg`, and call `Path.rename`. Do a dry run first that only prints the old and new names, and add a counter suffix when two photos share the same second.",
      ),
      u("Some of them are HEIC from my wife's iPhone. Will that still work?"),
      a(
        "Not with plain Pillow. Install `pillow-heif` and call `register_heif_opener()` once at the top of the script; after that `Image.open` reads HEIC files and their EXIF the same way.",
      ),
    ],
    followUp: "and what if a photo has no date in it at all?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u("¿Qué necesito para renovar mi pasaporte mexicano si ya está vencido?"),
      a(
        "Agenda una cita en la página de la SRE, lleva tu pasaporte anterior, una identificación oficial vigente como la credencial del INE y el comprobante de pago de derechos. Si se venció hace poco, normalmente no te piden el acta de nacimiento otra vez.",
      ),
      u("¿Y cuánto cuesta el de diez años?"),
      a(
        "El de diez años es el más caro de las tres vigencias; la tarifa cambia cada enero, así que revisa el monto en el sitio de la SRE antes de pagar en el banco. Las personas mayores de 60 años y con discapacidad tienen 50 % de descuento.",
      ),
    ],
    followUp: "¿puedo pagar en línea o tiene que ser en ventanilla?",
  },
  {
    language: "Korean",
    locale: "ko-KR",
    turns: [
      u("몬스테라 잎이 자꾸 노랗게 변해요. 물을 너무 많이 준 걸까요?"),
      a(
        "아래쪽 잎부터 노래지고 흙이 계속 축축하다면 과습일 가능성이 큽니다. 겉흙 2~3cm가 완전히 마른 뒤에 물을 주고, 화분 밑에 물구멍이 있는지 확인하세요. 뿌리가 검고 물러졌다면 그 부분을 잘라내고 새 흙으로 분갈이하는 것이 좋습니다.",
      ),
      u("햇빛은 어느 정도가 좋아요? 지금은 북향 창가에 있어요."),
      a(
        "몬스테라는 밝은 간접광을 좋아합니다. 북향 창가는 빛이 약해서 성장이 느려지고 물도 잘 마르지 않으니, 동향이나 남향 창에서 1~2m 떨어진 곳으로 옮기거나 식물 조명을 보조로 쓰세요.",
      ),
    ],
    followUp: "영양제는 언제 주는 게 좋아요?",
  },
  {
    language: "Polish",
    locale: "pl-PL",
    turns: [
      u("Jeżdżę rowerem do pracy także zimą. Jak dbać o łańcuch, żeby nie zardzewiał od soli?"),
      a(
        "Po jeździe po posolonej drodze przetrzyj łańcuch szmatką, a raz w tygodniu umyj go odtłuszczaczem i dokładnie osusz. Potem nałóż smar na mokre warunki, po jednej kropli na każde ogniwo, i zetrzyj nadmiar, żeby nie zbierał brudu.",
      ),
      u("A czy warto założyć błotniki?"),
      a(
        "Zdecydowanie tak. Pełne błotniki z chlapaczem chronią napęd i ciebie przed słoną breją, więc łańcuch brudzi się wolniej, a ty dojeżdżasz do pracy suchy.",
      ),
    ],
    followUp: "jak często wymieniać łańcuch przy takiej jeździe?",
  },
];
