/** Blind round 56: the repositories and commits the round's templates and negatives were read at. */
import type { Source } from "./_types.ts";

export const S = {
  ANKHANG: ["ducankk4/AI_Asistant", "1a34d858dd1afc7a9afb4c185b70084124e0d7c2"],
  DOAN: ["21tuoino12trieu/Do_An", "7a564dfec9d345a93d918f3d101289f680043fa1"],
  LINTAN: ["LinkTron-Tech/lintan_qa", "244bd4e7d8b5c9fc0e2dc9dcce1e9ae74c273276"],
  AITRAINER: ["colutti/aitrainer", "b189e93d27ac8dc98c86b9b565e89a751216b62a"],
  INTEGRAI: ["DarioAlef/IntegrAI", "ecb5cb6e45b2b25fb8f4613a30469cfb3736d556"],
  NEURO: ["option-ai-aut/neuroconcepts", "b08b428c4bd3b2990da678489cc96aa2d2e7d1d5"],
  DECENTM: ["DecentM/dotfiles", "17ca3bd733333d8ae7c749960316aea913232ae2"],
  RAGLAB: ["crlsrmrlsz/raglab", "7108a627b072ccd7ac765667c0b8a06f710f1e33"],
  CITEBITE: ["vivividai/citebite", "d99e79770aaba86219b807142b9b6932d04e87e7"],
  TRONGDUNG: ["trongdung143/chatbot", "504287853c47366bd2ac5202ddbb0e39b57e09ce"],
  TRONGDUNG_ASSIGNER: ["trongdung143/chatbot", "7889582ff1d29f908ac9927025229d3ccacf9c83"],
  TRONGDUNG_WRITER: ["trongdung143/chatbot", "98587290df549dba6c7f97406f0396afdb9948b5"],
  BOTGROUP: ["maojindao55/botgroup.chat-server", "cc0cc682b263753309b37913d37ee6a5caaacc98"],
  MEDBOT: ["Vineet-the-git/Medical-Chatbot", "5cb1fa6223b50ea041ed580fcc2312501d3ea8f4"],
  MEDBOT_QNA: ["Vineet-the-git/Medical-Chatbot", "6f097e7522b4a4cc2bb0c5017776cf2d61444a2e"],
} as const;

/** `owner/repo path@commit` of one of the round's clients. */
export const src = (key: keyof typeof S, path: string): Source => ({
  repo: S[key][0],
  path,
  commit: S[key][1],
});
