/**
 * Blind round 42: four sample conversations of its own (English, Mexican Spanish, Chinese, Japanese), so the round's
 * templates are filled with text the project's `_conversations.ts` and the earlier rounds do not hold.
 */
import type { Conversation, Turn } from "./_conversations.ts";

const u = (content: string): Turn => ({ role: "user", content });
const a = (content: string): Turn => ({ role: "assistant", content });

export const CONVERSATIONS_BLIND_42: Conversation[] = [
  {
    language: "English",
    locale: "en-NZ",
    turns: [
      u(
        "I found my dad's old steel road bike in the garage. The chain is orange with rust and the brakes squeal. Is it worth fixing up myself?",
      ),
      a(
        "Usually yes: steel frames last decades. Replace the chain rather than rescuing it, since a rusted chain wears the cassette. Clean the rims with isopropyl alcohol and sand the brake pads lightly; if they are hard and cracked, new pads cost little and stop the squeal.",
      ),
      u("The tyres have cracks on the sidewalls but still hold air. Can I ride on them for a while?"),
      a(
        "I would not. Sidewall cracks mean the rubber has dried out and a blowout at speed is likely. Check the size printed on the tyre, for example 700x25c, and fit new tyres and tubes before the first real ride.",
      ),
    ],
    followUp: "which tools do I need to swap the chain at home?",
  },
  {
    language: "Spanish",
    locale: "es-MX",
    turns: [
      u(
        "Quiero abrir una panadería pequeña en mi cochera en Oaxaca. ¿Qué permisos necesito antes de empezar a vender?",
      ),
      a(
        "Lo básico es darte de alta en el SAT, pedir la licencia de funcionamiento en el municipio y presentar el aviso de funcionamiento ante COFEPRIS por manejar alimentos. Protección Civil suele revisar el horno y la instalación de gas antes de dar el visto bueno.",
      ),
      u("¿Y si solo vendo por encargo a vecinos, también necesito todo eso?"),
      a(
        "Para ventas muy pequeñas muchos empiezan con el Régimen Simplificado de Confianza en el SAT, que es sencillo. Aun así conviene el aviso sanitario, porque si alguien se enferma sin él la responsabilidad es tuya.",
      ),
    ],
    followUp: "¿Cuánto cuesta más o menos la licencia municipal?",
  },
  {
    language: "Chinese",
    locale: "zh-CN",
    turns: [
      u("我妈妈今年七十岁，刚换了智能手机，最近老接到说她医保卡异常的电话。怎么教她防诈骗？"),
      a(
        "先跟她约定一个简单的规则：凡是提到医保、银行卡、公检法并要求转账或说验证码的电话，一律挂断，再打给你核实。然后在手机上开启国家反诈中心App的来电预警，并把陌生号码来电设为静音。",
      ),
      u("她不太会用App，有没有更简单的办法？"),
      a(
        "可以把常用联系人设成带照片的快捷拨号，让她只接认识的人的电话。另外去营业厅给她的号码开通防骚扰服务，再在冰箱上贴一张写着“不转账、不说验证码、先问孩子”的纸条。",
      ),
    ],
    followUp: "如果她已经把验证码告诉别人了，第一时间该做什么？",
  },
  {
    language: "Japanese",
    locale: "ja-JP",
    turns: [
      u("町内会で秋に防災訓練をやることになりました。初めて担当するのですが、何から準備すればいいですか？"),
      a(
        "まず日程と集合場所を決めて、市役所の防災課に相談すると消火器や起震車を貸してもらえることがあります。当日の内容は、避難経路の確認、消火器の使い方、安否確認の練習の三つに絞ると参加者も疲れません。",
      ),
      u("高齢の方が多い地区なので、参加してもらえるか心配です。"),
      a(
        "回覧板だけでなく、班長さんに声をかけてもらうと参加率が上がります。会場は近くの公園にして、椅子と日よけを用意し、所要時間を一時間以内にすると高齢の方も来やすくなります。",
      ),
    ],
    followUp: "雨が降った場合はどうすればいいですか？",
  },
];
