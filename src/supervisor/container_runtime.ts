/**
 * What the supervisor needs from every container engine: observe, start, stop, logs and events. Docker's
 * Engine API (`docker_runtime.ts`) also creates containers ({@linkcode ContainerFactory}); Kubernetes
 * (`kubernetes_runtime.ts`) scales Deployments that the manifests define and never creates one.
 */
export interface ContainerRuntime {
  /** The negotiated API version, e.g. `1.41`. */
  readonly apiVersion: string;
  /**
   * True when the containers are defined outside the router (Kubernetes manifests): the supervisor then
   * does not recreate one whose create body changed. Docker leaves it unset.
   */
  readonly externallyDefined?: boolean;
  /** Where the router reaches a container's port; unset means 127.0.0.1 (Docker's host networking). */
  probeHost?(containerName: string): string;
  info(): Promise<EngineInfo>;
  /** Containers (running or not) carrying every `key=value` (or bare `key`) label given. */
  listContainers(labels: readonly string[]): Promise<ContainerSummary[]>;
  /** `undefined` when the container does not exist. */
  inspectContainer(id: string): Promise<ContainerState | undefined>;
  startContainer(id: string): Promise<void>;
  stopContainer(id: string, timeoutSeconds: number): Promise<void>;
  /** Removes it (forced); a runtime that does not own the definition stops it instead. */
  removeContainer(id: string): Promise<void>;
  /**
   * For runtimes that do not create containers: throws the `EngineError` saying why the container `name` is
   * missing and what the operator should do (Kubernetes: apply the manifests).
   */
  explainMissing?(name: string): Promise<never>;
  /** The last `tail` lines of stdout and stderr, demultiplexed. */
  readLogs(id: string, tail: number): Promise<string>;
  /** Streams container events with these labels until the stream ends or `signal` aborts. */
  watchEvents(
    labels: readonly string[],
    onEvent: (event: EngineEvent) => void,
    signal: AbortSignal,
  ): Promise<void>;
  close(): void;
}

/** An engine that creates containers from the router's create body and pulls their images (Docker, Podman). */
export interface ContainerFactory {
  /** Creates a container and returns its id; `EngineError` kind `conflict` when the name is taken. */
  createContainer(name: string, body: CreateContainerBody): Promise<string>;
  hasImage(reference: string): Promise<boolean>;
  /**
   * Pulls from the registry; a clear `EngineError` when offline, whichever shape the engine fails in. `signal`
   * ends the wait (the supervisor stopping), so a multi-GB pull does not hold up shutdown.
   */
  pullImage(reference: string, signal?: AbortSignal): Promise<void>;
}

/** Whether the runtime creates containers itself. */
export function isContainerFactory(
  runtime: ContainerRuntime,
): runtime is ContainerRuntime & ContainerFactory {
  return "createContainer" in runtime && "pullImage" in runtime && "hasImage" in runtime;
}

/** The bits of `GET /info` that choose GPU access. */
export interface EngineInfo {
  kernelVersion: string;
  architecture: string;
  runtimes: string[];
  serverVersion: string;
}

/** One entry of `GET /containers/json`. */
export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  /** Docker's state: `created`, `running`, `exited`, `restarting`, … (podman may say `stopped`). */
  state: string;
  labels: Record<string, string>;
}

/** What `GET /containers/{id}/json` says about a container. */
export interface ContainerState {
  id: string;
  running: boolean;
  status: string;
  exitCode: number;
  error: string;
  labels: Record<string, string>;
}

/** A container event (`die`, `stop`, `destroy`, …) with its labels. */
export interface EngineEvent {
  action: string;
  id: string;
  labels: Record<string, string>;
}

/** The create body, restricted to fields that exist at API 1.41 (Debian's dockerd) and still at ≥ 1.44. */
export interface CreateContainerBody {
  Image: string;
  Cmd: string[];
  Env: string[];
  Labels: Record<string, string>;
  StopTimeout: number;
  HostConfig: {
    NetworkMode: "host";
    Binds: string[];
    RestartPolicy: { Name: "no" };
    Init: true;
    IpcMode?: "host";
    Runtime?: string;
    DeviceRequests?: Array<{ Driver: string; Count: number; Capabilities: string[][] }>;
  };
}

/** Engine failures by meaning, whichever engine (Docker 409 vs Podman 500) reported them. */
export type EngineErrorKind =
  | "not-found"
  | "conflict"
  | "not-running"
  | "offline"
  /** The engine's unix socket does not exist (yet): no engine on this box, or one still booting. */
  | "no-socket"
  | "too-old"
  | "other";

/** A failed engine call; `kind` says what it means, the message says what failed. */
export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  readonly status: number;
  constructor(kind: EngineErrorKind, status: number, message: string) {
    super(message);
    this.name = "EngineError";
    this.kind = kind;
    this.status = status;
  }
}

/**
 * Maps a status and engine message to a kind: Podman answers 500 "that name is already in use" where Docker
 * answers 409, and 500 "container state improper" where Docker answers 409 "is not running" (docs/decisions.md, "Container engines").
 */
export function toEngineErrorKind(status: number, message: string): EngineErrorKind {
  const text = message.toLowerCase();
  if (status === 404) return "not-found";
  if (
    /no such host|dial tcp|i\/o timeout|connection refused|network is unreachable|temporary failure/.test(
      text,
    )
  ) {
    return "offline";
  }
  if (text.includes("no such")) return "not-found";
  if (text.includes("already in use")) return "conflict";
  if (text.includes("is not running") || text.includes("state improper")) return "not-running";
  if (text.includes("too old") || text.includes("too new")) return "too-old";
  return status === 409 ? "conflict" : "other";
}

/** A fetch failure with its causes: Deno says "fetch failed" and puts the TLS or socket reason in `cause`. */
export function toFailureDetail(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e instanceof Error && parts.length < 4; e = e.cause) {
    if (!parts.some((part) => part.includes(e.message))) parts.push(e.message);
  }
  return parts.join(": ") || String(error);
}
