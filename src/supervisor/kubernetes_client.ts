import { ENGINE_CALL_TIMEOUT_MS } from "../config/engine_schema.ts";
import { EngineError, toEngineErrorKind, toFailureDetail } from "./container_runtime.ts";

/** Where the API server is and who the router is to it (client-go's `rest.InClusterConfig`, see connect_kubernetes.ts). */
export interface KubernetesConnection {
  /** `https://host:port` in a pod; tests may give `http://127.0.0.1:port`. */
  apiUrl: string;
  /** The service account token file, sent as `Authorization: Bearer`. */
  tokenFile: string;
  /** The namespace of the model Deployments (the pod's own). */
  namespace: string;
  /** The cluster CA (ca.crt, PEM) that signs the API server's certificate. */
  caCert?: string;
}

/** Options of one {@linkcode KubernetesClient.request}. */
export interface KubernetesRequestOptions {
  query?: Record<string, string>;
  body?: unknown;
  /** For PATCH: the patch type (the API server answers 415 to plain `application/json`). */
  contentType?: string;
  /** A watch's: ends it. Calls without one are limited to `ENGINE_CALL_TIMEOUT_MS`. */
  signal?: AbortSignal;
}

/**
 * kubelet rotates projected service account tokens, so the file is re-read at most every minute and after a
 * 401, as client-go does (kubernetes/client-go transport/token_source.go `NewCachedFileTokenSource`, period
 * `time.Minute`).
 */
const TOKEN_REREAD_MS = 60_000;

/** A small Kubernetes API client: bearer token, the cluster CA, JSON bodies and `Status` errors. */
export class KubernetesClient {
  readonly namespace: string;
  readonly apiUrl: string;
  #tokenFile: string;
  #token: string | undefined;
  #tokenReadAt = 0;
  #http: Deno.HttpClient | undefined;

  constructor(connection: KubernetesConnection) {
    this.namespace = connection.namespace;
    this.apiUrl = connection.apiUrl;
    this.#tokenFile = connection.tokenFile;
    this.#http = connection.caCert ? Deno.createHttpClient({ caCerts: [connection.caCert] }) : undefined;
  }

  /** Sends one request; throws `EngineError` with the API server's `Status` message when it fails. */
  async request(method: string, path: string, options: KubernetesRequestOptions = {}): Promise<Response> {
    let response = await this.#send(method, path, options, false);
    if (response.status === 401) {
      await response.body?.cancel();
      response = await this.#send(method, path, options, true);
    }
    if (response.ok) return response;
    throw await toKubernetesError(`${method} ${path}`, response);
  }

  /** {@linkcode request} and its JSON body. */
  // deno-lint-ignore no-explicit-any
  async json(method: string, path: string, options: KubernetesRequestOptions = {}): Promise<any> {
    return await (await this.request(method, path, options)).json();
  }

  close(): void {
    this.#http?.close();
    this.#http = undefined;
  }

  async #send(
    method: string,
    path: string,
    options: KubernetesRequestOptions,
    rereadToken: boolean,
  ): Promise<Response> {
    const url = new URL(path, this.apiUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    const headers = new Headers({
      accept: "application/json",
      authorization: `Bearer ${await this.#readToken(rereadToken)}`,
    });
    if (options.body !== undefined) headers.set("content-type", options.contentType ?? "application/json");
    try {
      return await fetch(url, {
        method,
        headers,
        ...(this.#http ? { client: this.#http } : {}),
        signal: options.signal ?? AbortSignal.timeout(ENGINE_CALL_TIMEOUT_MS),
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      const detail = timedOut ? `no answer within ${ENGINE_CALL_TIMEOUT_MS} ms` : toFailureDetail(error);
      throw new EngineError("offline", 0, `Cannot reach the Kubernetes API at "${this.apiUrl}": ${detail}`);
    }
  }

  async #readToken(force: boolean): Promise<string> {
    if (force || this.#token === undefined || Date.now() - this.#tokenReadAt > TOKEN_REREAD_MS) {
      this.#token = (await Deno.readTextFile(this.#tokenFile)).trim();
      this.#tokenReadAt = Date.now();
    }
    return this.#token;
  }
}

/** What the router's Role must grant, named in 403 errors: the RBAC lives in infra/k3s (docs/containers.md, "K3s"). */
const FORBIDDEN_HINT = "the router's Role (infra/k3s/overlays/<profile>/router-role.yaml) does not allow it";

/**
 * The API server answers failures with a `Status` object (`{kind: "Status", code, reason, message}`,
 * kubernetes/apimachinery pkg/apis/meta/v1/types.go); its message names the object and the verb.
 */
async function toKubernetesError(call: string, response: Response): Promise<EngineError> {
  const text = await response.text();
  let message = text.trim() || response.statusText;
  try {
    const status = JSON.parse(text);
    if (typeof status?.message === "string") message = status.message;
  } catch {
    // Not a Status (a proxy's page): keep the text.
  }
  const hint = response.status === 403
    ? `: ${FORBIDDEN_HINT}`
    : response.status === 401
    ? ": the service account token was refused"
    : "";
  return new EngineError(
    toEngineErrorKind(response.status, message),
    response.status,
    `Kubernetes API ${call} answered ${response.status}: ${message}${hint}`,
  );
}
