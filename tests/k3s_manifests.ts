/**
 * Reads the K3s manifests of infra/k3s (a kustomize base and one overlay per profile) the way `kubectl apply -k`
 * would list them, and validates each object with `kubernetes-models`, whose validators are compiled from the
 * official Kubernetes OpenAPI schemas. Those schemas check types, required fields and enums; like the API
 * server without strict field validation, they accept unknown field names.
 */
import { parse as parseYaml, parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import {
  ConfigMap,
  Namespace,
  PersistentVolumeClaim,
  Secret,
  Service,
  ServiceAccount,
} from "kubernetes-models/v1";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { Role, RoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1";

export const K3S_DIR = new URL("../infra/k3s/", import.meta.url).pathname;
export const PROFILES = ["thor", "workstation"] as const;

/** A manifest object as parsed from YAML, with the file it came from. */
export interface Manifest {
  file: string;
  // deno-lint-ignore no-explicit-any
  object: any;
}

interface Validatable {
  validate(): void;
}

/** The kinds the manifests may use, by `apiVersion/kind`, each with its schema-checked model. */
const MODELS: Record<string, (data: never) => Validatable> = {
  "v1/Namespace": (data) => new Namespace(data),
  "v1/ConfigMap": (data) => new ConfigMap(data),
  "v1/Secret": (data) => new Secret(data),
  "v1/Service": (data) => new Service(data),
  "v1/PersistentVolumeClaim": (data) => new PersistentVolumeClaim(data),
  "apps/v1/Deployment": (data) => new Deployment(data),
  "networking.k8s.io/v1/NetworkPolicy": (data) => new NetworkPolicy(data),
  "v1/ServiceAccount": (data) => new ServiceAccount(data),
  "rbac.authorization.k8s.io/v1/Role": (data) => new Role(data),
  "rbac.authorization.k8s.io/v1/RoleBinding": (data) => new RoleBinding(data),
};

/** Throws (naming the schema path) when the object breaks its official schema or is of an unexpected kind. */
// deno-lint-ignore no-explicit-any
export function validateManifest(object: any): void {
  const key = `${object?.apiVersion}/${object?.kind}`;
  const model = MODELS[key];
  if (!model) throw new Error(`unexpected kind ${key}`);
  model(structuredClone(object) as never).validate();
}

/** Every object of one YAML file (multi-document files allowed); throws on a YAML syntax error. */
export async function readManifests(file: string): Promise<Manifest[]> {
  const text = await Deno.readTextFile(file);
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
    return { file, object: doc.toJS() };
  });
}

/** The resource files one kustomization lists, following directories (bases) recursively. */
export async function listKustomizeFiles(dir: string): Promise<string[]> {
  const kustomization = parseYaml(await Deno.readTextFile(`${dir}/kustomization.yaml`)) as {
    resources: string[];
  };
  const files: string[] = [];
  for (const resource of kustomization.resources) {
    const path = new URL(resource, `file://${dir}/`).pathname.replace(/\/$/, "");
    const info = await Deno.stat(path);
    files.push(...info.isDirectory ? await listKustomizeFiles(path) : [path]);
  }
  return files;
}

/** Every object `kubectl apply -k infra/k3s/overlays/<profile>` would send. */
export async function readOverlay(profile: string): Promise<Manifest[]> {
  const files = await listKustomizeFiles(`${K3S_DIR}overlays/${profile}`);
  return (await Promise.all(files.map(readManifests))).flat();
}

/** Every .yaml file under infra/k3s. */
export async function listYamlFiles(dir = K3S_DIR): Promise<string[]> {
  const found: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir.replace(/\/$/, "")}/${entry.name}`;
    if (entry.isDirectory) found.push(...await listYamlFiles(path));
    else if (entry.name.endsWith(".yaml")) found.push(path);
  }
  return found.sort();
}

/** Whether every label of `selector` is on `labels`. */
export function selects(selector: Record<string, string>, labels: Record<string, string> = {}): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}
