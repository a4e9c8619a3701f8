import { equal, match, throws } from "node:assert/strict";
import { assertMatchesSchema, hasOpenApi, validate } from "./openapi_schema.ts";

Deno.test({
  name: "the OpenAPI check rejects a response that breaks the schema and accepts a valid one",
  ignore: !hasOpenApi,
  fn() {
    const valid = {
      id: "resp_1",
      object: "response",
      "created_at": 1,
      status: "completed",
      error: null,
      "incomplete_details": null,
      instructions: null,
      model: "m",
      tools: [],
      output: [{
        id: "msg_1",
        type: "message",
        role: "assistant",
        status: "completed",
        content: [{ type: "output_text", text: "hi", annotations: [], logprobs: [] }],
      }],
      "parallel_tool_calls": true,
      metadata: {},
      "tool_choice": "auto",
      temperature: null,
      "top_p": null,
    };
    equal(validate({ $ref: "#/components/schemas/Response" }, valid).length, 0);
    throws(() => assertMatchesSchema("Response", { ...valid, status: "done" }), /status/);
    throws(() => assertMatchesSchema("Response", { ...valid, metadata: undefined }), /metadata/);
    const errors = validate({ $ref: "#/components/schemas/Response" }, {
      ...valid,
      output: [{ type: "message", role: "assistant", content: [{ type: "output_text", text: 1 }] }],
    });
    match(errors.join("\n"), /output\.0/);
  },
});
