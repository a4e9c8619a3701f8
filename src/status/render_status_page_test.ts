import { doesNotMatch, equal, match, ok } from "node:assert/strict";
import { parseConfig } from "../config/load_config.ts";
import type { Stats } from "../stats/build_stats.ts";
import type { ServiceStatus } from "../stats/describe_services.ts";
import { summarizeSessions } from "../stats/summarize_sessions.ts";
import { toHourlySeries } from "../stats/to_hourly_series.ts";
import { renderStatusPage } from "./render_status_page.ts";

const CONFIG = parseConfig(
  `backends:
  primary: { urls: ["http://127.0.0.1:8000/v1"], model: local-model }
  cloud: { urls: ["https://api.x.ai/v1"], model: grok, location: cloud, apiKeyEnv: XAI_API_KEY }
routing: { defaultBackend: primary }
`,
  "test.yaml",
);

function randomService(overrides: Partial<ServiceStatus> = {}): ServiceStatus {
  const name = overrides.name ?? `svc-${crypto.randomUUID().slice(0, 6)}`;
  return {
    name,
    label: name,
    roles: ["chat"],
    location: "local",
    model: "local-model",
    state: "up",
    expectedUp: true,
    problem: null,
    ...overrides,
  };
}

function buildStats(overrides: Partial<Stats> = {}): Stats {
  const empty = summarizeSessions([]);
  return {
    generatedAt: new Date().toISOString(),
    lastHour: empty,
    lastDay: empty,
    hourly: toHourlySeries([], Date.now()),
    services: [randomService({ name: "primary" })],
    today: {},
    alertShare: 0.8,
    pool: null,
    supervision: { enabled: false, configured: false, reason: "supervisor.enabled is false", containers: {} },
    recent: [],
    problems: [],
    ...overrides,
  };
}

Deno.test("renderStatusPage() says All good when nothing needs attention, and loads nothing from elsewhere", () => {
  const html = renderStatusPage(buildStats(), CONFIG);
  match(html, /<h1>All good<\/h1>/);
  doesNotMatch(html, /<(script|img|link)[^>]+(src|href)="(https?:)?\/\//, "no external assets");
  doesNotMatch(html, /supervisor\.enabled/, "no config words for people");
  match(html, /Phone apps that speak Ollama[^<]*<b>http:\/\/&lt;this box&gt;:11434<\/b>/);
});

Deno.test("renderStatusPage() names a service that is down and says what to do", () => {
  const stats = buildStats({
    services: [
      randomService({ name: "primary" }),
      randomService({
        name: "whisper",
        roles: ["transcription"],
        state: "down",
        problem: "Connection refused",
      }),
      randomService({ name: "cloud", location: "cloud", state: "not set up", expectedUp: false }),
    ],
  });
  const html = renderStatusPage(stats, CONFIG);
  match(html, /<h1>2 things need attention<\/h1>/);
  match(html, /whisper \(speech to text\) is not answering: Connection refused/);
  match(html, /Put XAI_API_KEY=… in \/etc\/ai-router\/.secrets/);
});

Deno.test("renderStatusPage() escapes error text and member names that came from requests or upstreams", () => {
  const evil = `<img src=x onerror="alert(1)">`;
  const digest = {
    id: "1",
    at: Date.now(),
    user: evil,
    route: "SIMPLE",
    backend: "primary",
    location: "local" as const,
    status: 502,
    totalMs: 10,
    ttftMs: null,
    tokens: null,
    cloudUsd: 0,
    error: evil,
  };
  const summary = summarizeSessions([digest]);
  const html = renderStatusPage(
    buildStats({
      lastHour: summary,
      lastDay: summary,
      recent: [{ ...digest, timestamp: new Date().toISOString() }],
    }),
    CONFIG,
  );
  ok(!html.includes("<img"), "no markup from data");
  match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
  equal(html.match(/1 of 1 requests failed/)?.length, 1);
});

Deno.test("renderStatusPage() shows each box, and a lost box as a problem naming its models", () => {
  const container = (engine: string, state: string) => ({
    state,
    wanted: true,
    backends: [],
    swapGroup: null,
    restarts: 0,
    memoryGib: 1,
    lastError: null,
    engine,
  });
  const html = renderStatusPage(
    buildStats({
      supervision: {
        enabled: true,
        configured: true,
        engines: {
          local: { reachable: true, problem: null, containers: ["chat"] },
          workstation: {
            reachable: false,
            problem: 'Engine "workstation" is unreachable: GET /_ping: no answer within 10000 ms',
            containers: ["coder"],
          },
        },
        containers: { chat: container("local", "ready"), coder: container("workstation", "unreachable") },
      },
    }),
    CONFIG,
  );
  match(
    html,
    /The workstation box does not answer, so its models \(coder\) are down: Engine &quot;workstation&quot;/,
  );
  match(html, /<li>local: reachable<\/li>/);
  match(html, /<li class="down-text">workstation: unreachable \(/);
  match(html, /<th>container<\/th><th class="num">box<\/th>/);
  match(html, /<td>coder<\/td><td class="num">workstation<\/td><td class="num">unreachable<\/td>/);
});

Deno.test("renderStatusPage() says a cancelled request's wait in seconds and calls a swapped-out model resting", () => {
  const recent = {
    id: "1",
    timestamp: new Date().toISOString(),
    user: "ann",
    route: "SIMPLE",
    backend: "primary",
    location: "local" as const,
    status: 499,
    totalMs: 401,
    tokens: null,
    error: "cancelled by the client",
  };
  const html = renderStatusPage(
    buildStats({
      recent: [recent],
      services: [
        randomService({ name: "primary", label: "Quick answers" }),
        randomService({ name: "coder", state: "swapped out", expectedUp: false }),
      ],
    }),
    CONFIG,
  );
  match(html, /cancelled after 0\.4 s/);
  ok(!html.includes("cancelled · 401 ms"));
  match(
    html,
    /<span class="state">resting<\/span><\/div><small>chat · on the box · local-model · another model/,
  );
  match(html, /<h1>All good<\/h1>/, "a resting model is no problem");
  match(html, /Quick answers/);
});
