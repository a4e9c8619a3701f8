/**
 * What a model answers to Open WebUI's task prompts, in the JSON shapes those tasks ask for, so a client's
 * housekeeping works against the demo as it would against a real model. The phrases are the default templates'
 * own (open-webui/open-webui `backend/open_webui/config.py` at 2586f1f, the `DEFAULT_*_PROMPT_TEMPLATE`
 * constants, and `DEFAULT_TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE` for tool selection); Open WebUI reads each
 * reply as JSON from the first `{` to the last `}` (`backend/open_webui/routers/tasks.py`).
 */

type Json = Record<string, unknown>;

/** The text of every message, for matching the task template wherever a client put it. */
function toPromptText(body: Json): string {
  const messages = Array.isArray(body.messages) ? body.messages as Json[] : [];
  return messages.map((m) =>
    typeof m.content === "string"
      ? m.content
      : Array.isArray(m.content)
      ? m.content.map((p) => (p as { text?: string }).text ?? "").join(" ")
      : ""
  ).join("\n");
}

/** The last `USER:` line of the embedded chat history (Open WebUI writes `USER: …` / `ASSISTANT: …`). */
function toLastUserLine(text: string): string {
  const lines = [...text.matchAll(/^USER:\s*(.+)$/gm)].map((m) => m[1] ?? "");
  const query = text.match(/Query:\s*(.+)$/m)?.[1];
  return (query ?? lines.at(-1) ?? "").replace(/^"+|"+$/g, "").trim().slice(0, 60);
}

/** Title Case of the first few words, as a title model writes it. */
function toTitle(words: string): string {
  return words.split(/\s+/).filter(Boolean).slice(0, 5)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ""))
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join(" ") || "New Chat";
}

/** The tool names listed after `Available Tools:` (each spec is JSON with a `name`). */
function toToolNames(text: string): string[] {
  const tools = text.split("Available Tools:")[1] ?? "";
  return [...tools.matchAll(/"name"\s*:\s*"([^"]+)"/g)].map((m) => m[1] as string);
}

/** The answer to an Open WebUI task prompt, or undefined when the request is not one. */
export function answerTaskPrompt(body: Json): string | undefined {
  const text = toPromptText(body);
  const topic = toLastUserLine(text);
  if (/Generate a concise, 3-5 word title|Generate a concise title/.test(text)) {
    return JSON.stringify({ title: `💬 ${toTitle(topic)}` });
  }
  if (/Generate 1-3 broad tags/.test(text)) {
    return JSON.stringify({ tags: ["General", toTitle(topic).split(" ")[0]] });
  }
  if (/relevant follow-up questions/.test(text)) {
    return JSON.stringify({
      "follow_ups": [
        `Can you tell me more about ${topic}?`,
        "What are common mistakes to avoid?",
        "Where can I learn more?",
      ],
    });
  }
  if (/necessity of generating search queries/.test(text)) {
    return JSON.stringify({ queries: [topic || "latest news"] });
  }
  if (/prompt for am image generation|prompt for an image generation/.test(text)) {
    return JSON.stringify({
      prompt: `A detailed, brightly lit illustration of ${topic || "the scene described"}`,
    });
  }
  if (/You are an autocompletion system/.test(text)) {
    return JSON.stringify({ text: " and what it means for the rest of the week" });
  }
  if (/Generate 3-5 insightful questions/.test(text)) {
    return JSON.stringify({ questions: ["What is the main point?", "Who is it for?", "What comes next?"] });
  }
  if (/choose and return the correct tool\(s\)/.test(text)) {
    const [name] = toToolNames(text);
    return JSON.stringify({ "tool_calls": name ? [{ name, parameters: { query: topic } }] : [] });
  }
  if (/likely facial expression/.test(text)) return "🙂";
  return undefined;
}

/**
 * A JSON object for `response_format: {type: "json_object"}` that uses the keys the instruction names: the
 * quoted keys of any example object in the messages (`{"title": …}`), else one `answer` key. A real model
 * follows the instruction's keys; a fixed object would hide a client that depends on them.
 */
export function answerJsonObject(body: Json): string {
  const text = toPromptText(body);
  const keys = [...new Set([...text.matchAll(/"([A-Za-z_][\w-]{0,40})"\s*:/g)].map((m) => m[1] as string))];
  const topic = toLastUserLine(text) || text.replace(/\s+/g, " ").trim().slice(0, 60);
  if (keys.length === 0) return JSON.stringify({ answer: `A simulated answer about: ${topic}` });
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, `${key} for: ${topic}`])));
}
