import type { SessionLogEntry, SessionStep } from "../logs/session_log_entry.ts";

/** A successful upstream call for review fixtures; override what a test is about. */
export function randomStep(overrides: Partial<SessionStep> = {}): SessionStep {
  return {
    step: "answer",
    provider: "primary",
    url: "http://127.0.0.1:1/v1/chat/completions",
    model: "sim-primary",
    "messages_sent": [],
    params: {},
    "response_content": `answer ${crypto.randomUUID().slice(0, 8)}`,
    "duration_ms": 100,
    "ttft_ms": 20,
    tokens: { prompt: 50, completion: 400 },
    status: 200,
    "finish_reason": "stop",
    location: "local",
    ...overrides,
  };
}

/** A routed request for review fixtures: a local SIMPLE answer unless overridden. */
export function randomSession(overrides: Partial<SessionLogEntry> = {}): SessionLogEntry {
  const query = overrides.user_query ?? `question ${crypto.randomUUID().slice(0, 8)}`;
  return {
    id: crypto.randomUUID(),
    timestamp: "2026-11-23T12:00:00.000Z",
    user: "anonymous",
    "client_ip": "127.0.0.1",
    "user_query": query,
    "client_messages": [{ role: "user", content: query }],
    route: "SIMPLE",
    "classification_raw": "SIMPLE",
    confidence: 0.9,
    "classification_ms": 5,
    "cache_hit": false,
    rule: null,
    steps: [randomStep()],
    "total_ms": 120,
    status: 200,
    error: null,
    ...overrides,
  };
}
