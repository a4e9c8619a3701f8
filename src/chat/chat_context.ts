import type { Backend } from "../backends/backend.ts";
import type { SessionRecorder } from "../logs/session_recorder.ts";
import type { RouterState } from "../router_state.ts";
import type { RequestUser } from "../users/request_user.ts";
import { unavailable } from "../api_error.ts";
import type { ChatRequest } from "./chat_request.ts";
import type { RouteDeps } from "../server/route_deps.ts";

/** Everything the stages of one chat request share. */
export interface ChatContext {
  deps: RouteDeps;
  state: RouterState;
  request: ChatRequest;
  user: RequestUser;
  requestId: string;
  /** The client's request signal. */
  signal: AbortSignal;
  recorder: SessionRecorder;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  /** Visible notes for the answer (fallbacks, and the routing note when configured). */
  notes: string[];
}

/** Why a backend cannot take this request now, or undefined when it can (the plan's availability check). */
export function toAvailability(state: RouterState, user: RequestUser) {
  return (name: string): string | undefined => {
    const backend = state.backends.get(name);
    if (!backend) return "not configured";
    if (!backend.configured) return "not configured";
    if (backend.config.location === "cloud" && !user.cloudAllowed) {
      return user.cloudDeniedReason ?? "not permitted";
    }
    return undefined;
  };
}

/** The backend of a plan step; the config check makes a missing one a bug, reported as 503. */
export function getBackend(state: RouterState, name: string): Backend {
  const backend = state.backends.get(name);
  if (!backend) throw unavailable(`Cannot route request: no backend named "${name}"`);
  return backend;
}
