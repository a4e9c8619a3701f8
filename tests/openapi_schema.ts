/**
 * Checks answers against the schemas of OpenAI's OpenAPI description (`../shared/reference/openai-openapi.yaml`
 * beside the repository, or `$OPENAI_OPENAPI_YAML`). It is not ours to ship, so when it is absent the checks
 * are skipped and `hasOpenApi` is false.
 *
 * A small validator for the subset of JSON Schema the description uses for answers (`$ref`, `allOf`, `anyOf`,
 * `oneOf`, `type`, `enum`, `properties`, `required`, `additionalProperties`, `items`), written here instead of
 * adding a validator package: Ajv would need an OpenAPI 3.1 dialect set-up and strict mode off for the
 * `x-oai*`/`discriminator` keywords, and a dependency for ~90 lines is not worth it. `oneOf` is checked as
 * `anyOf`: OpenAI's unions are told apart by a `type` enum in each variant, and some variants overlap where
 * extra properties are allowed, so "exactly one" would reject valid answers.
 */
import { parse } from "yaml";

type Schema = Record<string, unknown>;

const PATH = Deno.env.get("OPENAI_OPENAPI_YAML") ??
  new URL("../../shared/reference/openai-openapi.yaml", import.meta.url).pathname;

// Parsing the 3 MB YAML takes seconds; the schemas are cached as JSON under .tmp/, keyed by the file's mtime.
const CACHE = new URL("../.tmp/openapi_schemas.json", import.meta.url).pathname;

function loadSchemas(): Record<string, Schema> | undefined {
  let stamp: string;
  try {
    stamp = String(Deno.statSync(PATH).mtime?.getTime());
  } catch {
    return undefined;
  }
  try {
    const cached = JSON.parse(Deno.readTextFileSync(CACHE));
    if (cached.stamp === stamp) return cached.schemas;
  } catch {
    // No cache yet.
  }
  const document = parse(Deno.readTextFileSync(PATH)) as { components: { schemas: Record<string, Schema> } };
  const schemas = document.components.schemas;
  Deno.mkdirSync(new URL("../.tmp", import.meta.url).pathname, { recursive: true });
  const temp = `${CACHE}.${crypto.randomUUID()}`;
  Deno.writeTextFileSync(temp, JSON.stringify({ stamp, schemas }));
  Deno.renameSync(temp, CACHE);
  return schemas;
}

let schemas: Record<string, Schema> | undefined | null = null;
function getSchemas() {
  if (schemas === null) schemas = loadSchemas();
  return schemas;
}

/** Whether the OpenAPI description is present (the checks run only then). */
export const hasOpenApi = (() => {
  try {
    return Deno.statSync(PATH).isFile;
  } catch {
    return false;
  }
})();

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: unknown, type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  const actual = typeOf(value);
  return types.some((t) => t === actual || (t === "number" && actual === "integer"));
}

/** Every way `value` breaks `schema`, as "path: problem" lines; empty when it matches. */
export function validate(schema: Schema, value: unknown, { path = "$" } = {}): string[] {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/components/schemas/", "");
    const target = getSchemas()?.[name];
    return target ? validate(target, value, { path }) : [`${path}: unknown schema ${name}`];
  }
  const errors: string[] = [];
  for (const part of (schema.allOf ?? []) as Schema[]) errors.push(...validate(part, value, { path }));
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key] as Schema[] | undefined;
    if (!options) continue;
    const results = options.map((option) => validate(option, value, { path }));
    if (results.some((r) => r.length === 0)) continue;
    const closest = results.reduce((a, b) => (b.length < a.length ? b : a));
    errors.push(`${path}: matches none of ${key}; closest: ${closest.slice(0, 3).join("; ")}`);
  }
  if (schema.type !== undefined && !matchesType(value, schema.type)) {
    if (!(schema.nullable === true && value === null)) {
      errors.push(`${path}: expected ${schema.type}, got ${typeOf(value)}`);
    }
    return errors;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  }
  if ("const" in schema && schema.const !== value) {
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  }
  if (typeOf(value) === "object") {
    errors.push(...validateObject(schema, value as Record<string, unknown>, { path }));
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) {
      errors.push(...validate(schema.items as Schema, item, { path: `${path}.${i}` }));
    }
  }
  return errors;
}

function validateObject(
  schema: Schema,
  value: Record<string, unknown>,
  { path }: { path: string },
): string[] {
  const errors: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const key of (schema.required ?? []) as string[]) {
    if (!(key in value)) errors.push(`${path}: missing required "${key}"`);
  }
  for (const [key, item] of Object.entries(value)) {
    if (properties[key]) errors.push(...validate(properties[key], item, { path: `${path}.${key}` }));
    else if (schema.additionalProperties === false) errors.push(`${path}: unexpected "${key}"`);
    else if (typeof schema.additionalProperties === "object") {
      errors.push(...validate(schema.additionalProperties as Schema, item, { path: `${path}.${key}` }));
    }
  }
  return errors;
}

/** Throws naming every mismatch when `value` does not match the component schema `name` (no-op without the file). */
export function assertMatchesSchema(name: string, value: unknown): void {
  if (!hasOpenApi) return;
  const errors = validate({ $ref: `#/components/schemas/${name}` }, value);
  if (errors.length > 0) throw new Error(`Not a valid ${name}:\n${errors.slice(0, 10).join("\n")}`);
}
