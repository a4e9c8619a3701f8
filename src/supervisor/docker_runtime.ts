import {
  type ContainerFactory,
  type ContainerRuntime,
  type ContainerState,
  type ContainerSummary,
  type CreateContainerBody,
  EngineError,
  type EngineEvent,
  type EngineInfo,
  toFailureDetail,
} from "./container_runtime.ts";
import { CLIENT_MIN_API_VERSION, negotiateApiVersion } from "./docker_api_version.ts";
import { demuxDockerLog } from "./demux_docker_log.ts";
import { existsPath, readEngineError } from "./read_engine_error.ts";
import { throwOnPullFailure, toPullError, toPullQuery } from "./docker_pull.ts";
import type { DockerEndpoint } from "./docker_endpoint.ts";
import { readEngineEvents } from "./read_engine_events.ts";

/** Options for {@linkcode DockerRuntime}. */
export interface DockerRuntimeOptions {
  /** Limit of each call that is not a stream or pull, so a lost engine fails fast; none when unset. */
  timeoutMs?: number;
  /** Where the router reaches this engine's containers (host networking); loopback when unset. */
  probeHost?: string;
}

// Engine JSON is loosely typed and differs between Docker and Podman; fields are read defensively.
// deno-lint-ignore no-explicit-any
type Json = any;

interface RequestOptions {
  query?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
  versioned?: boolean;
  /** Added to the call's time limit (a stop waits for the container's own stop timeout). */
  extraMs?: number;
}

/** What an image runs by default. */
export interface ImageConfig {
  entrypoint: string[];
  cmd: string[];
  env: string[];
}

/** The Docker Engine API (also Podman's compat API) over a unix socket or TCP. */
export class DockerRuntime implements ContainerRuntime, ContainerFactory {
  #client: Deno.HttpClient | undefined;
  #origin: string;
  #version = CLIENT_MIN_API_VERSION;
  #negotiated: Promise<string> | undefined;
  #timeoutMs: number | undefined;
  #closed = false;
  #socketPath: string | undefined;

  #probeHost: string;

  constructor(endpoint: DockerEndpoint, options: DockerRuntimeOptions = {}) {
    this.#timeoutMs = options.timeoutMs;
    this.#probeHost = options.probeHost ?? "127.0.0.1";
    // The URL's host is ignored on a unix socket (docs/decisions.md, "Container engines").
    if (endpoint.kind === "unix") {
      this.#client = Deno.createHttpClient({ proxy: { transport: "unix", path: endpoint.path } });
    } else if (endpoint.tls) {
      // `cert`/`key` are the client pair in Deno 2 (type-checked against 2.9.6); rustls checks the engine's
      // certificate against `ca` (in addition to the system roots) and its SAN against the host.
      const { ca, cert, key } = endpoint.tls;
      this.#client = Deno.createHttpClient({ caCerts: [ca], cert, key });
    }
    this.#origin = endpoint.kind === "unix" ? "http://docker" : endpoint.origin;
    this.#socketPath = endpoint.kind === "unix" ? endpoint.path : undefined;
  }

  get apiVersion(): string {
    return this.#version;
  }

  /** Every container of an engine is reached on its box's address (host networking). */
  probeHost(): string {
    return this.#probeHost;
  }

  /** Reads `Api-Version` from `/_ping` and `MinAPIVersion` from `/version`, then settles on a version. */
  async negotiate(): Promise<string> {
    this.#negotiated = this.#negotiate();
    // A failed negotiation is tried again by the next call (the engine may be back by then).
    this.#negotiated.catch(() => this.#negotiated = undefined);
    return await this.#negotiated;
  }

  async #negotiate(): Promise<string> {
    const ping = await this.#fetch("GET", "/_ping", { versioned: false });
    await ping.body?.cancel();
    const server = ping.headers.get("api-version") ?? CLIENT_MIN_API_VERSION;
    const version = await (await this.#fetch("GET", "/version", { versioned: false })).json();
    this.#version = negotiateApiVersion(server, version.MinAPIVersion ?? "1.12");
    return this.#version;
  }

  async info(): Promise<EngineInfo> {
    const info = await this.#json("GET", "/info");
    return {
      kernelVersion: info.KernelVersion ?? "",
      architecture: info.Architecture ?? "",
      runtimes: Object.keys(info.Runtimes ?? {}),
      serverVersion: info.ServerVersion ?? "",
    };
  }

  async listContainers(labels: readonly string[]): Promise<ContainerSummary[]> {
    const filters = JSON.stringify({ label: labels });
    const list = await this.#json("GET", "/containers/json", { query: { all: "1", filters } });
    return (list as Json[]).map((c) => ({
      id: c.Id,
      name: String(c.Names?.[0] ?? "").replace(/^\//, ""),
      image: c.Image,
      state: c.State,
      labels: c.Labels ?? {},
    }));
  }

  async inspectContainer(id: string): Promise<ContainerState | undefined> {
    try {
      const c = await this.#json("GET", `/containers/${encodeURIComponent(id)}/json`);
      return {
        id: c.Id,
        running: c.State?.Running === true,
        status: c.State?.Status ?? "unknown",
        exitCode: c.State?.ExitCode ?? 0,
        error: c.State?.Error ?? "",
        labels: c.Config?.Labels ?? {},
      };
    } catch (error) {
      if (error instanceof EngineError && error.kind === "not-found") return undefined;
      throw error;
    }
  }

  async createContainer(name: string, body: CreateContainerBody): Promise<string> {
    return (await this.#json("POST", "/containers/create", { query: { name }, body })).Id;
  }

  async startContainer(id: string): Promise<void> {
    await this.#empty("POST", `/containers/${encodeURIComponent(id)}/start`);
  }

  async stopContainer(id: string, timeoutSeconds: number): Promise<void> {
    await this.#empty("POST", `/containers/${encodeURIComponent(id)}/stop`, {
      query: { t: String(timeoutSeconds) },
      extraMs: timeoutSeconds * 1000,
    });
  }

  async killContainer(id: string): Promise<void> {
    try {
      await this.#empty("POST", `/containers/${encodeURIComponent(id)}/kill`);
    } catch (error) {
      if (!(error instanceof EngineError && error.kind === "not-running")) throw error;
    }
  }

  async removeContainer(id: string): Promise<void> {
    try {
      await this.#empty("DELETE", `/containers/${encodeURIComponent(id)}`, { query: { force: "1", v: "1" } });
    } catch (error) {
      if (!(error instanceof EngineError && error.kind === "not-found")) throw error;
    }
  }

  async hasImage(reference: string): Promise<boolean> {
    try {
      await this.#json("GET", `/images/${encodeURIComponent(reference)}/json`);
      return true;
    } catch (error) {
      if (error instanceof EngineError && error.kind === "not-found") return false;
      throw error;
    }
  }

  /** The image's entrypoint, command and env (`GET /images/{name}/json` Config); undefined when absent. */
  async inspectImage(reference: string): Promise<ImageConfig | undefined> {
    try {
      const body = await this.#json("GET", `/images/${encodeURIComponent(reference)}/json`);
      const config = (body as { Config?: { Entrypoint?: unknown; Cmd?: unknown; Env?: unknown } }).Config ??
        {};
      const list = (value: unknown) => Array.isArray(value) ? value.map(String) : [];
      return { entrypoint: list(config.Entrypoint), cmd: list(config.Cmd), env: list(config.Env) };
    } catch (error) {
      if (error instanceof EngineError && error.kind === "not-found") return undefined;
      throw error;
    }
  }

  /**
   * Asks the registry for the image's manifest without pulling it (`GET /distribution/{name}/json`, API 1.30+):
   * resolves when it could be pulled, throws the engine's reason otherwise.
   */
  async checkPullable(reference: string, signal?: AbortSignal): Promise<void> {
    await this.#json("GET", `/distribution/${encodeURIComponent(reference)}/json`, signal ? { signal } : {});
  }

  async pullImage(reference: string, signal?: AbortSignal): Promise<void> {
    let text: string;
    try {
      const query = toPullQuery(reference);
      text = await (await this.#fetch("POST", "/images/create", { query, ...(signal ? { signal } : {}) }))
        .text();
    } catch (error) {
      throw toPullError(reference, error instanceof EngineError ? error.message : String(error));
    }
    throwOnPullFailure(reference, text);
  }

  async readLogs(id: string, tail: number): Promise<string> {
    const response = await this.#fetch("GET", `/containers/${encodeURIComponent(id)}/logs`, {
      query: { stdout: "1", stderr: "1", tail: String(tail) },
    });
    return demuxDockerLog(new Uint8Array(await response.arrayBuffer()));
  }

  async watchEvents(
    labels: readonly string[],
    onEvent: (event: EngineEvent) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const filters = JSON.stringify({ type: ["container"], label: labels });
    const response = await this.#fetch("GET", "/events", { query: { filters }, signal });
    await readEngineEvents(response.body!, { onEvent, signal });
  }

  close(): void {
    this.#closed = true;
    this.#client?.close();
    this.#client = undefined;
  }

  async #json(method: string, path: string, options: RequestOptions = {}): Promise<Json> {
    return await (await this.#fetch(method, path, options)).json();
  }

  async #empty(method: string, path: string, options: RequestOptions = {}): Promise<void> {
    await (await this.#fetch(method, path, options)).body?.cancel();
  }

  async #fetch(method: string, path: string, options: RequestOptions): Promise<Response> {
    if (this.#closed) throw new EngineError("other", 0, "Engine client closed");
    // An engine reached first after a restart of the router (or of the engine) is negotiated on first use.
    if (options.versioned !== false) await (this.#negotiated ?? this.negotiate());
    const prefix = options.versioned === false ? "" : `/v${this.#version}`;
    const url = new URL(`${prefix}${path}`, this.#origin);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const limitMs = options.signal || this.#timeoutMs === undefined
      ? undefined
      : this.#timeoutMs + (options.extraMs ?? 0);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        ...(this.#client ? { client: this.#client } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(limitMs === undefined ? {} : { signal: AbortSignal.timeout(limitMs) }),
        ...(options.body === undefined
          ? {}
          : { body: JSON.stringify(options.body), headers: { "content-type": "application/json" } }),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (this.#socketPath !== undefined && !await existsPath(this.#socketPath)) {
        throw new EngineError("no-socket", 0, `No Docker socket at "${this.#socketPath}"`);
      }
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      const detail = timedOut ? `no answer within ${limitMs} ms` : toFailureDetail(error);
      throw new EngineError("offline", 0, `${method} ${path}: ${detail}`);
    }
    // 304: already started / already stopped, which is what the caller wanted.
    if (response.ok || response.status === 304) return response;
    throw await readEngineError(`${method} ${path}`, response);
  }
}
