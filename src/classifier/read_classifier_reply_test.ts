import { equal, throws } from "node:assert/strict";
import { readClassifierReply } from "./read_classifier_reply.ts";

const LABELS = ["SIMPLE", "COMPLEX"];
const reply = (content: unknown, logprobs: number[] | null) => ({
  choices: [{
    message: { content },
    logprobs: logprobs === null ? null : { content: logprobs.map((logprob) => ({ token: "x", logprob })) },
  }],
});

Deno.test("readClassifierReply() reads the label and multiplies token probabilities", () => {
  const result = readClassifierReply(reply("COMPLEX", [Math.log(0.8), Math.log(0.5)]), LABELS);
  equal(result.label, "COMPLEX");
  equal(result.confidence?.toFixed(3), "0.400");
  equal(readClassifierReply(reply(" SIMPLE\n", null), LABELS).confidence, null);
});

Deno.test("readClassifierReply() rejects garbage", () => {
  throws(() => readClassifierReply(reply("I think SIMPLE", null), LABELS), TypeError);
  throws(() => readClassifierReply(reply(null, null), LABELS), TypeError);
  throws(() => readClassifierReply({ nope: true }, LABELS), TypeError);
});

Deno.test("readClassifierReply() reads the label from reasoning or reasoning_content when content is null", () => {
  const inField = (field: string) => ({ choices: [{ message: { content: null, [field]: "COMPLEX" } }] });
  equal(readClassifierReply(inField("reasoning"), LABELS).label, "COMPLEX");
  equal(readClassifierReply(inField("reasoning_content"), LABELS).label, "COMPLEX");
});
