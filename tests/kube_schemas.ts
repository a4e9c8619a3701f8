/**
 * The official schemas the simulated Kubernetes API server checks every body against (`kubernetes-models`,
 * validators compiled from the Kubernetes OpenAPI description), and the `Status` objects it answers errors
 * with. A body the router sends or the simulator answers that breaks its schema throws here.
 */
import { Deployment, DeploymentList } from "kubernetes-models/apps/v1";
import { Scale } from "kubernetes-models/autoscaling/v1";
import { Pod, PodList } from "kubernetes-models/v1";
import { Status } from "@kubernetes-models/apimachinery/apis/meta/v1/Status";
import { WatchEvent } from "@kubernetes-models/apimachinery/apis/meta/v1/WatchEvent";
import { Info } from "@kubernetes-models/apimachinery/version/Info";

// deno-lint-ignore no-explicit-any
export type Json = any;

interface Validatable {
  validate(): void;
}

/** Each kind the simulator sends or receives, with its model and the `apiVersion` the server writes. */
const KINDS: Record<string, { apiVersion?: string; create: (data: never) => Validatable }> = {
  Deployment: { apiVersion: "apps/v1", create: (data) => new Deployment(data) },
  DeploymentList: { apiVersion: "apps/v1", create: (data) => new DeploymentList(data) },
  Scale: { apiVersion: "autoscaling/v1", create: (data) => new Scale(data) },
  Pod: { apiVersion: "v1", create: (data) => new Pod(data) },
  PodList: { apiVersion: "v1", create: (data) => new PodList(data) },
  Status: { apiVersion: "v1", create: (data) => new Status(data) },
  WatchEvent: { create: (data) => new WatchEvent(data) },
  Info: { create: (data) => new Info(data) },
};

/**
 * Throws when `body` breaks the schema of `kind`. The models fill in a missing `kind`/`apiVersion`, so those
 * two are compared first: a body without them would otherwise pass.
 */
export function validateBody(kind: keyof typeof KINDS, body: Json): void {
  const entry = KINDS[kind]!;
  if (entry.apiVersion && (body?.kind !== kind || body?.apiVersion !== entry.apiVersion)) {
    throw new TypeError(`${kind}: kind/apiVersion are ${body?.kind}/${body?.apiVersion}`);
  }
  entry.create(structuredClone(body) as never).validate();
}

/** A watch line: the event against WatchEvent, its object against Deployment (or Status for ERROR). */
export function validateWatchEvent(event: Json): void {
  validateBody("WatchEvent", event);
  if (!["ADDED", "MODIFIED", "DELETED", "BOOKMARK", "ERROR"].includes(event.type)) {
    throw new TypeError(`watch event type "${event.type}"`);
  }
  // A BOOKMARK carries only kind, apiVersion and metadata.resourceVersion (apimachinery watch docs).
  if (event.type !== "BOOKMARK") validateBody(event.type === "ERROR" ? "Status" : "Deployment", event.object);
}

/** The reason strings of meta/v1 `StatusReason` (kubernetes/apimachinery pkg/apis/meta/v1/types.go). */
const REASONS: Record<number, string> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  410: "Expired",
  415: "UnsupportedMediaType",
  422: "Invalid",
};

/** A failure `Status`, as apimachinery's `errors.New*` build them; `details` names the object when known. */
export function toStatus(code: number, message: string, details?: { name: string; kind: string }): Json {
  const status = {
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message,
    reason: REASONS[code] ?? "InternalError",
    ...(details ? { details: { name: details.name, group: "apps", kind: details.kind } } : {}),
    code,
  };
  validateBody("Status", status);
  return status;
}
