/** SillyTavern, Aider and Roo Code housekeeping templates (verbatim unless `paraphrased`). */
import { CONVERSATIONS } from "./_conversations.ts";
import { MODEL, sys, type Template, toMessages, usr, type WireMessage } from "./_types.ts";

const ST = "SillyTavern/SillyTavern";
const ST_COMMIT = "ba6f7b7a98cf7a5eaf4f0e81da9779a9a668ced4";

/** Role-play scenes: a character card and the chat so far, as SillyTavern keeps them. */
const SCENES: Array<{ char: string; card: string; chat: WireMessage[] }> = [
  {
    char: "Captain Mara",
    card:
      "Captain Mara is the weathered captain of the airship Kestrel. Gruff, loyal, secretly fond of poetry.",
    chat: [
      usr("*I climb aboard, soaked from the storm.* Permission to come aboard, Captain?"),
      {
        role: "assistant",
        content:
          "*Mara eyes you over her spyglass.* Granted. Drip on my deck and you mop it. What brings you to the Kestrel?",
      },
      usr("I need passage to the Ember Isles. I can pay in maps."),
      {
        role: "assistant",
        content:
          "*She snatches the map case and unrolls one.* These are old Guild charts... Fine. You sail with us at dawn.",
      },
    ],
  },
  {
    char: "Professor Hale",
    card: "Professor Hale teaches forbidden linguistics at Blackmoor Academy and speaks in riddles.",
    chat: [
      usr("Professor, the book in the library whispered my name last night."),
      {
        role: "assistant",
        content:
          "*Hale closes the door softly.* Books do not whisper, Miss Reyes. Unless someone taught them to. Which shelf?",
      },
      usr("The east wing, the one with the chained atlas."),
      {
        role: "assistant",
        content:
          "*His face pales.* Then we have less time than I hoped. Meet me there at midnight, and bring salt.",
      },
    ],
  },
];

const sceneFor = (index: number) => SCENES[index % SCENES.length] as (typeof SCENES)[number];

/** What SillyTavern sends for a quiet prompt: main prompt, card, new-chat marker, history, then the instruction. */
function toQuietRequest(index: number, instruction: (char: string) => string) {
  const scene = sceneFor(index);
  return {
    model: MODEL,
    messages: [
      sys(`Write ${scene.char}'s next reply in a fictional chat between ${scene.char} and User.`),
      sys(scene.card),
      sys("[Start a new Chat]"),
      ...scene.chat,
      sys(instruction(scene.char)),
    ],
    stream: false,
    max_tokens: 300,
  };
}

export const ST_TEMPLATES: Template[] = [
  {
    client: "SillyTavern",
    task: "summary",
    source: { repo: ST, path: "public/scripts/extensions/memory/index.js", commit: ST_COMMIT },
    note: "quiet prompt appended as a final system message (openai.js preparePromptsForChatCompletion)",
    build: (c) =>
      toQuietRequest(
        CONVERSATIONS.indexOf(c),
        () =>
          "Ignore previous instructions. Summarize the most important facts and events in the story so far. If a summary already exists in your memory, use that as a base and expand with new facts. Limit the summary to 200 words or less. Your response should include nothing but the summary.",
      ),
  },
  {
    client: "SillyTavern",
    task: "classify",
    source: { repo: ST, path: "public/scripts/extensions/expressions/index.js", commit: ST_COMMIT },
    note: "LLM expression classifier (sprite emotion), quiet prompt",
    build: (c) =>
      toQuietRequest(
        CONVERSATIONS.indexOf(c) + 1,
        () =>
          'Ignore previous instructions. Classify the emotion of the last message. Output just one word, e.g. "joy" or "anger". Choose only one of the following labels: admiration, amusement, anger, annoyance, approval, caring, confusion, curiosity, desire, disappointment, disgust, embarrassment, excitement, fear, gratitude, grief, joy, love, nervousness, neutral, optimism, pride, realization, relief, remorse, sadness, surprise',
      ),
  },
  {
    client: "SillyTavern",
    task: "image-prompt",
    source: { repo: ST, path: "public/scripts/extensions/stable-diffusion/index.js", commit: ST_COMMIT },
    note: "generationMode.CHARACTER prompt, quiet prompt",
    build: (c) =>
      toQuietRequest(
        CONVERSATIONS.indexOf(c),
        (char) =>
          `In the next response I want you to provide only a detailed comma-delimited list of keywords and phrases which describe ${char}. The list must include all of the following items in this order: name, species and race, gender, age, clothing, occupation, physical features and appearances. Do not include descriptions of non-visual qualities such as personality, movements, scents, mental traits, or anything which could not be seen in a still photograph. Do not write in full sentences. Prefix your description with the phrase 'full body portrait,'`,
      ),
  },
  {
    client: "SillyTavern",
    task: "image-prompt",
    source: { repo: ST, path: "public/scripts/extensions/stable-diffusion/index.js", commit: ST_COMMIT },
    note: "generationMode.BACKGROUND prompt, quiet prompt",
    build: (c) =>
      toQuietRequest(
        CONVERSATIONS.indexOf(c) + 1,
        (char) =>
          `Ignore previous instructions and provide a detailed description of ${char}'s surroundings in the form of a comma-delimited list of keywords and phrases. The list must include all of the following items in this order: location, time of day, weather, lighting, and any other relevant details. Do not include descriptions of characters and non-visual qualities such as names, personality, movements, scents, mental traits, or anything which could not be seen in a still photograph. Do not write in full sentences. Prefix your description with the phrase 'background,'. Ignore the rest of the story when crafting this description. Do not reply as ${char} when writing this description, and do not attempt to continue the story.`,
      ),
  },
];

const AIDER_SUMMARIZE =
  `*Briefly* summarize this partial conversation about programming.\nInclude less detail about older parts and more detail about the most recent messages.\nStart a new paragraph every time the topic changes!\n\nThis is only part of a longer conversation so *DO NOT* conclude the summary with language like "Finally, ...". Because the conversation continues after the summary.\nThe summary *MUST* include the function names, libraries, packages that are being discussed.\nThe summary *MUST* include the filenames that are being referenced by the assistant inside the \`\`\`...\`\`\` fenced code blocks!\nThe summaries *MUST NOT* include \`\`\`...\`\`\` fenced code blocks!\n\nPhrase the summary with the USER in first person, telling the ASSISTANT about the conversation.\nWrite *as* the user.\nThe user should refer to the assistant as *you*.\nStart the summary with "I asked you...".\n`;

export const AIDER_TEMPLATES: Template[] = [{
  client: "Aider",
  task: "summary",
  source: {
    repo: "Aider-AI/aider",
    path: "aider/history.py",
    commit: "5dc9490bb35f9729ef2c95d00a19ccd30c26339c",
  },
  note:
    "summarize_all with prompts.summarize (aider/prompts.py); simple_send_with_retries sends stream False",
  build: (c) => ({
    model: MODEL,
    messages: [
      sys(AIDER_SUMMARIZE),
      usr(c.turns.map((turn) => `# ${turn.role.toUpperCase()}\n${turn.content}\n`).join("")),
    ],
    stream: false,
  }),
}];

const ROO_SYSTEM =
  `You are a helpful AI assistant tasked with summarizing conversations.\n\nCRITICAL: This is a summarization-only request. DO NOT call any tools or functions.\nYour ONLY task is to analyze the conversation and produce a text summary.\nRespond with text only - no tool calls will be processed.\n\nCRITICAL: This summarization request is a SYSTEM OPERATION, not a user message.\nWhen analyzing "user requests" and "user intent", completely EXCLUDE this summarization message.\nThe "most recent user request" and "next step" must be based on what the user was doing BEFORE this system message appeared.\nThe goal is for work to continue seamlessly after condensation - as if it never happened.`;

const ROO_CONDENSE =
  `CRITICAL: This summarization request is a SYSTEM OPERATION, not a user message.\nWhen analyzing "user requests" and "user intent", completely EXCLUDE this summarization message.\nThe "most recent user request" and "Optional Next Step" must be based on what the user was doing BEFORE this system message appeared.\nThe goal is for work to continue seamlessly after condensation - as if it never happened.\n\nYour task is to create a detailed summary of the conversation so far, paying close attention to the user's explicit requests and your previous actions.\nThis summary should be thorough in capturing technical details, code patterns, and architectural decisions that would be essential for continuing development work without losing context.\n\nBefore providing your final summary, wrap your analysis in <analysis> tags to organize your thoughts and ensure you've covered all necessary points.\n\nYour summary should include the following sections:\n\n1. Primary Request and Intent\n2. Key Technical Concepts\n3. Files and Code Sections\n4. Errors and fixes\n5. Problem Solving\n6. All user messages\n7. Pending Tasks\n8. Current Work\n9. Optional Next Step`;

export const ROO_TEMPLATES: Template[] = [{
  client: "Roo Code",
  task: "summary",
  source: {
    repo: "RooCodeInc/Roo-Code",
    path: "src/core/condense/index.ts",
    commit: "cb836567180a3ff1da6d082f3178b90c3bd22a70",
  },
  paraphrased: true,
  note:
    "SUMMARY_PROMPT as system, history, then CONDENSE (src/shared/support-prompt.ts) as the final user message; the section descriptions of CONDENSE are shortened; createMessage streams",
  build: (c) => ({
    model: MODEL,
    messages: [sys(ROO_SYSTEM), ...toMessages(c.turns), usr(ROO_CONDENSE)],
    stream: true,
  }),
}];
