type Schema = Record<string, unknown>;

function pickObject(
  schema: Schema,
  { root, depth }: { root: Schema; depth: number },
): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const value: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    // Optional properties are filled too (a real model usually does), except past the depth guard.
    if (required.has(name) || depth < 3) {
      value[name] = toSchemaValueAt(property, { root, depth: depth + 1, name });
    }
  }
  return value;
}

function resolveRef(schema: Schema, root: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return schema;
  let target: unknown = root;
  for (const key of ref.slice(2).split("/")) target = (target as Schema | undefined)?.[key];
  return (target as Schema | undefined) ?? {};
}

function toSchemaValueAt(
  input: Schema,
  { root, depth, name }: { root: Schema; depth: number; name: string },
): unknown {
  const schema = resolveRef(input, root);
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(variants) && variants[0]) return toSchemaValueAt(variants[0], { root, depth, name });
  if (Array.isArray(schema.allOf)) {
    return toSchemaValueAt(
      Object.assign({}, ...schema.allOf.map((s) => resolveRef(s, root))),
      { root, depth, name },
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type ?? (schema.properties ? "object" : "string")) {
    case "object":
      return pickObject(schema, { root, depth });
    case "array": {
      const items = (schema.items ?? {}) as Schema;
      const count = Math.max(1, Number(schema.minItems ?? 1));
      return Array.from({ length: count }, () => toSchemaValueAt(items, { root, depth: depth + 1, name }));
    }
    case "integer":
    case "number":
      return Math.max(Number(schema.minimum ?? 1), Math.min(Number(schema.maximum ?? 1), 1));
    case "boolean":
      return true;
    case "null":
      return null;
    default: {
      const text = `simulated ${name}`;
      const min = Number(schema.minLength ?? 0);
      const max = Number(schema.maxLength ?? Infinity);
      return text.padEnd(min, "x").slice(0, max);
    }
  }
}

/**
 * A value valid for a JSON schema, as a model under vLLM's structured outputs (or a function-calling model)
 * would produce: required properties present, enum/const honoured, `$ref` into `$defs` followed. Covers the
 * schema subset tool and structured-output clients send (zod-to-json-schema, pydantic); `pattern` and
 * `format` are not honoured.
 */
export function toSchemaValue(schema: Schema, name = "value"): unknown {
  return toSchemaValueAt(schema, { root: schema, depth: 0, name });
}
