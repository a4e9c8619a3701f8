import { deepEqual, equal, ok } from "node:assert/strict";
import { toSchemaValue } from "./simulated_schema_value.ts";

Deno.test("toSchemaValue() fills required properties with values of their types, enums and refs included", () => {
  const value = toSchemaValue({
    type: "object",
    properties: {
      city: { type: "string", minLength: 3 },
      unit: { type: "string", enum: ["celsius", "fahrenheit"] },
      days: { type: "integer", minimum: 1, maximum: 7 },
      tags: { type: "array", items: { type: "string" }, minItems: 2 },
      place: { $ref: "#/$defs/place" },
      exact: { const: 42 },
      maybe: { type: ["null", "boolean"] },
    },
    required: ["city", "unit", "days", "tags", "place", "exact", "maybe"],
    $defs: { place: { type: "object", properties: { lat: { type: "number" } }, required: ["lat"] } },
  }) as Record<string, unknown>;
  ok(typeof value.city === "string" && value.city.length >= 3);
  equal(value.unit, "celsius");
  equal(value.days, 1);
  equal((value.tags as string[]).length, 2);
  deepEqual(value.place, { lat: 1 });
  equal(value.exact, 42);
  equal(value.maybe, true);
});
