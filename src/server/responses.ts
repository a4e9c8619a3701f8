import { Hono } from "hono";
import { createClassifier } from "../classifier/create_classifier.ts";
import { toResponseFromChat } from "../chat/chat_to_response.ts";
import { prepareResponsesTurn } from "../chat/prepare_responses_turn.ts";
import type { ResponseStore } from "../chat/response_store.ts";
import { toResponseEvents } from "../chat/to_response_events.ts";
import { notFound } from "../api_error.ts";
import { answerAtEdge } from "./answer_at_edge.ts";
import { chatRequestSchema } from "../chat/chat_request.ts";
import { parseRequest } from "./parse_request.ts";
import { readJsonBody } from "./read_json_body.ts";
import { responsesRequestSchema } from "../chat/responses_request.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

function responseNotFound(id: string) {
  return notFound(`Response with id "${id}" not found`, "not_found");
}

/**
 * `POST /v1/responses`, `GET` and `DELETE /v1/responses/{id}`: a Responses request is translated into a
 * chat request and routed by the chat pipeline (rules, classifier, plans, ENRICH, fallbacks, limits, session
 * log), and the chat answer is translated back, as JSON or as typed stream events. Responses are kept
 * per member for `previous_response_id` unless `store` is false.
 */
export function createResponseRoutes(deps: RouteDeps, options: { store: ResponseStore }): Hono<AppEnv> {
  const { store } = options;
  const classifier = createClassifier({ metrics: deps.metrics, logger: deps.logger });
  return new Hono<AppEnv>()
    .post("/responses", async (c) => {
      const startedAt = performance.now();
      const state = deps.state.current();
      const request = parseRequest(
        responsesRequestSchema,
        await readJsonBody(c.req.raw, state.config.server.maxBodyBytes),
      );
      c.get("checkModel")(request.model);
      const turn = await prepareResponsesTurn(request, {
        store,
        owner: c.get("user").id,
        publicModel: state.config.publicModel,
        logger: deps.logger,
      });
      const parsed = parseRequest(chatRequestSchema, turn.chat);
      const { meta, keep } = turn;
      const answer = await answerAtEdge(c, { deps, classifier, request: parsed, startedAt }, {
        ...(turn.label ? { label: turn.label } : {}),
      });
      if (answer.kind === "json") {
        const response = toResponseFromChat(meta, answer.completion);
        await keep(response);
        return c.json(response, 200, answer.headers);
      }
      const events = toResponseEvents(answer.body(), {
        meta,
        onEnd: (response) => response && keep(response),
      });
      return new Response(events, {
        headers: {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache",
          ...answer.headers,
        },
      });
    })
    .get("/responses/:id", async (c) => {
      const id = c.req.param("id");
      const stored = await store.get(id, c.get("user").id);
      if (!stored) throw responseNotFound(id);
      return c.json(stored.response);
    })
    .delete("/responses/:id", async (c) => {
      const id = c.req.param("id");
      if (!(await store.delete(id, c.get("user").id))) throw responseNotFound(id);
      return c.json({ id, object: "response.deleted", deleted: true });
    });
}
