/** Blind round 90: where each client's templates were read (repository, path, commit), shared by the round's files. */
const FD = "632e7b9f82547ea0d4d963f2b025ba7a264ef73e";
const FD_SESSION = "FlowDown/Backend/Conversation/Session";
export const flowdown = (path: string) => ({
  repo: "Lakr233/FlowDown",
  path: `${FD_SESSION}/${path}`,
  commit: FD,
});
export const NATIVEMIND = {
  repo: "NativeMindBrowser/NativeMindExtension",
  path: "utils/prompts/index.ts",
  commit: "70a2acc1425749913748c92309254a8f4e69aa8a",
};
export const QVINK = {
  repo: "qvink/SillyTavern-MessageSummarize",
  path: "index.js",
  commit: "0ce8dab9bf684e99a3b9d52db159cd186828d606",
};
export const REMEMORY = {
  repo: "InspectorCaracal/SillyTavern-ReMemory",
  path: "src/settings.js",
  commit: "833d0e07f134beafbe7ed555a365a347d75845ad",
};
export const CHATPAD = {
  repo: "deiucanta/chatpad",
  path: "src/routes/ChatRoute.tsx",
  commit: "bb5f4abb36b45320df69dfccb64e734f36ca9bb3",
};

export const NOW = "Monday, December 7, 2026 at 4:14:05 PM Coordinated Universal Time";
export const OBJECTIVE = {
  repo: "SillyTavern/Extension-Objective",
  path: "index.js",
  commit: "9b82671d0b2fe4cb0ab4fd5d1c6c482fd992cdc7",
};
