import type { ProbeResult } from "../backends/backend.ts";
import type { RouterState } from "../router_state.ts";
import type { Supervision } from "../supervisor/supervision.ts";

/** What a service does for the family. */
export type ServiceRole = "chat" | "embeddings" | "transcription" | "translation" | "speech";

/**
 * Where a backend is, in a person's words: `up`; `starting` (its container is pulling or loading);
 * `swapped out` (a swap-group sibling runs instead); `sleeping` (stopped when idle or on demand, starts on
 * the next request); `down` (expected to answer and does not); `not set up` (a cloud backend without its key).
 */
export type ServiceState = "up" | "starting" | "swapped out" | "sleeping" | "down" | "not set up";

/** One chat or audio backend as `/stats` and the status page show it. */
export interface ServiceStatus {
  name: string;
  /** What the family calls it (`statusPage.names`), else its name. */
  label: string;
  roles: ServiceRole[];
  location: "local" | "cloud";
  model: string;
  state: ServiceState;
  /** Whether the router expects it to answer now, as `ai_router_backend_expected_up` says. */
  expectedUp: boolean;
  /** The probe's or the container's last error, when down. */
  problem: string | null;
}

interface Probeable {
  name: string;
  configured?: boolean;
  probe(signal?: AbortSignal): Promise<ProbeResult>;
}

/** Every backend the router calls, chat ones first, each once with all its roles. */
function listServices(state: RouterState): Array<{ backend: Probeable; roles: ServiceRole[] }> {
  const services = new Map<string, { backend: Probeable; roles: ServiceRole[] }>();
  const add = (backend: Probeable | undefined, role: ServiceRole) => {
    if (!backend) return;
    const known = services.get(backend.name);
    if (known) {
      if (!known.roles.includes(role)) known.roles.push(role);
    } else services.set(backend.name, { backend, roles: [role] });
  };
  // The embeddings backend answers text search, not chat: a family member would look for it in vain.
  const embeddings = state.config.routing.embeddingsBackend;
  for (const backend of state.backends.values()) {
    add(backend, backend.name === embeddings ? "embeddings" : "chat");
  }
  add(state.audio.transcription, "transcription");
  add(state.audio.translation, "translation");
  add(state.audio.speech, "speech");
  return [...services.values()];
}

interface ContainerView {
  state?: unknown;
  wanted?: unknown;
  backends?: unknown;
  swapGroup?: unknown;
  lastError?: unknown;
}

function findContainer(containers: Record<string, unknown>, backend: string): ContainerView | undefined {
  return Object.values(containers).find((c) => {
    const backends = (c as ContainerView).backends;
    return Array.isArray(backends) && backends.includes(backend);
  }) as ContainerView | undefined;
}

function toState(
  probe: ProbeResult,
  { expectedUp, container }: { expectedUp: boolean; container: ContainerView | undefined },
): ServiceState {
  // The container's state first: a container being stopped may still answer a probe.
  if (container && !expectedUp) return container.swapGroup ? "swapped out" : "sleeping";
  if (container && ["pulling", "starting"].includes(String(container.state))) return "starting";
  return probe.ok ? "up" : "down";
}

/** Probes every chat and audio backend (in parallel) and says where each one is. */
export async function describeServices(
  state: RouterState,
  supervision: Supervision,
): Promise<ServiceStatus[]> {
  const services = listServices(state);
  const probes = await Promise.all(
    services.map(({ backend }) => backend.configured === false ? undefined : backend.probe()),
  );
  // Read once, after the probes: describing builds every container's view (every box's, with several).
  const { containers } = supervision.describe();
  return services.map(({ backend, roles }, index): ServiceStatus => {
    const config = state.config.backends[backend.name];
    const base = {
      name: backend.name,
      label: state.config.statusPage.names[backend.name] ?? backend.name,
      roles,
      location: config?.location ?? "local",
      model: config?.model ?? "",
    };
    const probe = probes[index];
    if (probe === undefined) {
      return { ...base, state: "not set up", expectedUp: false, problem: "its API key is not set" };
    }
    const expectedUp = supervision.expectsUp(backend.name);
    const container = findContainer(containers, backend.name);
    const serviceState = toState(probe, { expectedUp, container });
    const containerError = typeof container?.lastError === "string" ? container.lastError : null;
    return {
      ...base,
      state: serviceState,
      expectedUp,
      problem: serviceState === "down" ? containerError ?? probe.error ?? "no answer" : null,
    };
  });
}
