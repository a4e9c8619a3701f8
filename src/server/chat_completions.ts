import { Hono } from "hono";
import { createClassifier } from "../classifier/create_classifier.ts";
import { toChatResponse } from "../chat/chat_answer.ts";
import { chatRequestSchema } from "../chat/chat_request.ts";
import { parseRequest } from "./parse_request.ts";
import { answerAtEdge } from "./answer_at_edge.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

/** `POST /v1/chat/completions`: parse → rules or classifier → plan → answer, with a session log. */
export function createChatCompletionRoutes(deps: RouteDeps): Hono<AppEnv> {
  const classifier = createClassifier({ metrics: deps.metrics, logger: deps.logger });
  return new Hono<AppEnv>().post("/chat/completions", async (c) => {
    const startedAt = performance.now();
    const state = deps.state.current();
    const request = parseRequest(
      chatRequestSchema,
      await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
    );
    c.get("checkModel")(request.model);
    return toChatResponse(await answerAtEdge(c, { deps, classifier, request, startedAt }));
  });
}
