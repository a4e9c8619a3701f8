import { Hono } from "hono";
import { notFound } from "../api_error.ts";
import { chatRequestSchema } from "../chat/chat_request.ts";
import { prepareResponsesTurn } from "../responses/prepare_responses_turn.ts";
import type { ResponseStore } from "../responses/response_store.ts";
import { responsesRequestSchema } from "../responses/responses_request.ts";
import { toResponsesAnswer } from "../responses/to_responses_answer.ts";
import { answerChat } from "./chat_completions.ts";
import { parseRequest } from "./parse_request.ts";
import { readJsonBody } from "./read_json_body.ts";
import type { AppEnv, RouteDeps } from "./route_deps.ts";

function responseNotFound(id: string) {
  return notFound(`Response with id "${id}" not found`, { code: "not_found" });
}

/**
 * `POST /v1/responses`, `GET` and `DELETE /v1/responses/{id}`: a Responses request is translated into a
 * chat request (`src/responses/`, request half), routed by the chat pipeline (rules, classifier, plans,
 * ENRICH, fallbacks, limits, session log), and its typed answer translated back (response half), as JSON or
 * as typed stream events. Responses are kept per member for `previous_response_id` unless `store` is false.
 */
export function createResponseRoutes(deps: RouteDeps, options: { store: ResponseStore }): Hono<AppEnv> {
  const { store } = options;
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
      const chat = parseRequest(chatRequestSchema, turn.chat);
      const label = turn.label ? { label: turn.label } : {};
      return await toResponsesAnswer(await answerChat(c, { deps, request: chat, startedAt, ...label }), turn);
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
