/** Blind round 53: the repositories read, the commit of each snapshot read, and the round's persona texts. */
import type { Source } from "./_types.ts";

/** Repository and the commit its files were read at. */
export const S = {
  MANTELLA: ["art-from-the-machine/Mantella", "c0c1ae6db01f3c2a14dbab8ec5c3e6419e4f6bac"],
  MINDCRAFT: ["kolbytn/mindcraft", "00127506b10350cb59fc50c9bcfdc806e41aca1b"],
  NEURO: ["kimjammer/Neuro", "5e4b4241c41bb40983aee2cb60d65d6bb481842b"],
  AGNAI: ["agnaistic/agnai", "2421510e380489116bb4385f2b2df830b10b1859"],
  CHATTERUI: ["Vali-98/ChatterUI", "839dab242ee6416a110bd1c86e6f5f4bed4308ae"],
  AIVTUBER: ["Ikaros-521/AI-Vtuber", "a285990e5f7dea30507d97572246cffe45a3c4ab"],
  QVQ: ["wsu2059q/ErisPulse-QvQChat", "f5db448fba2a7b048cb526549d9ff980942c628f"],
  NEXUS: ["kenomendako/gradiotest", "1f37b5b06acf4c7e4909eebe09c85242d5310fdd"],
  MUICE: ["Moemu/MuiceBot", "915018fdf4ab5fa71a02d8d4626c3927d60f2247"],
  MATRIX: ["matrix-one-ai/matrix-agent", "347da4272eb48fefcdc52c2f4ed420f2eeafc482"],
  TAU: ["OriNachum/autonomous-intelligence", "7f34d35030f36ee7a62c7fbab25446956053e524"],
  HERIKA: ["abeiro/HerikaServer", "99dd11d74f133e41b5d4df99ae6d5772a2e6d5fa"],
} as const satisfies Record<string, readonly [string, string]>;

export const at = ([repo, commit]: readonly [string, string], path: string): Source => ({
  repo,
  path,
  commit,
});

/** Character texts the users of these apps write themselves (a card, an NPC bio). */
export const PERSONA = {
  lydia:
    "Lydia is a housecarl of Whiterun, sworn to protect the Thane and carry their burdens. She is loyal, dry-humoured and rarely impressed.",
  pip:
    "Pip is a cheerful, slightly nosy companion who loves gardening, dogs and cooking, remembers the little things people tell her and answers in a warm, casual tone.",
};

const PIP_SYSTEM = `Write Pip's next reply in a chat between Pip and User.\n${PERSONA.pip}\n\n\n`;

export const CHAT = {
  /** ChatterUI's default system prompt format rendered for the card above, personality and scenario off. */
  chatterSystem: PIP_SYSTEM,
  /** What a viewer asks AI-Vtuber to draw after the trigger word, in the conversation's language. */
  drawing: {
    "en-AU": "a kelpie digging up a vegetable patch at sunset",
    "es-MX": "una abuela de 90 años soplando las velas en un patio de Puebla",
    "zh-CN": "一只半夜在客厅跑酷的橘猫，小夜灯",
    "ko-KR": "가을 북한산 정상에서 도시를 내려다보는 등산객",
  } as Record<string, string>,
};
