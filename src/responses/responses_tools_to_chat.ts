import { invalidRequest } from "../api_error.ts";
import type { ResponsesRequest } from "./responses_request.ts";

type Json = Record<string, unknown>;

/** Built-in tool types that mean "search the web": they take the ENRICH path instead of a tool call. */
const WEB_SEARCH_TOOLS = new Set(["web_search", "web_search_preview", "web_search_2025_08_26"]);

/** Responses function tools as chat tools; `webSearch` when a web search tool was among them. */
export function toChatTools(tools: Json[]): { tools: Json[]; webSearch: boolean } {
  let webSearch = false;
  const chatTools: Json[] = [];
  for (const [i, tool] of tools.entries()) {
    if (tool.type === "function") {
      const { type: _type, name, description, parameters, strict } = tool;
      const fn: Json = { name, parameters: parameters ?? { type: "object", properties: {} } };
      if (description !== undefined) fn.description = description;
      if (strict !== undefined && strict !== null) fn.strict = strict;
      chatTools.push({ type: "function", function: fn });
    } else if (WEB_SEARCH_TOOLS.has(String(tool.type))) webSearch = true;
    else {
      throw invalidRequest(
        `Cannot use tool "${String(tool.type)}": the router runs function tools and web_search only`,
        { param: `tools.${i}.type`, code: "unsupported_tool" },
      );
    }
  }
  return { tools: chatTools, webSearch };
}

/** A Responses `tool_choice` in its chat form. */
export function toChatToolChoice(choice: ResponsesRequest["tool_choice"]): unknown {
  if (choice === undefined || typeof choice === "string") return choice;
  if (choice.type === "function") return { type: "function", function: { name: choice.name } };
  if (WEB_SEARCH_TOOLS.has(choice.type)) return "auto";
  throw invalidRequest(`Cannot use tool_choice "${choice.type}"`, {
    param: "tool_choice.type",
    code: "unsupported_value",
  });
}

/** `text.format` as chat `response_format`. */
export function toResponseFormat(
  format: NonNullable<NonNullable<ResponsesRequest["text"]>["format"]>,
): unknown {
  if (format.type !== "json_schema") return { type: format.type };
  const { name = "response", schema = {}, strict, description } = format;
  return {
    type: "json_schema",
    "json_schema": {
      name,
      schema,
      ...(strict === undefined || strict === null ? {} : { strict }),
      ...(description === undefined ? {} : { description }),
    },
  };
}
