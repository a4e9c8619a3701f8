import { equal } from "node:assert/strict";
import { createDetector } from "./detect_personal_data.ts";
import { Redaction, stripValues } from "./redaction.ts";

const TEXT = "Mail ann@example.org or bob@example.org, again ann@example.org; call +49 30 1234567";

Deno.test("Redaction gives each value one stable placeholder and restores them", () => {
  const findings = createDetector().detect(TEXT);
  const redaction = new Redaction();
  const redacted = redaction.redact(TEXT, findings);
  equal(redacted, "Mail [EMAIL_1] or [EMAIL_2], again [EMAIL_1]; call [PHONE_1]");
  equal(redaction.size, 3);
  equal(
    redaction.restore(`Sure, [EMAIL_1] and [PHONE_1]; [EMAIL_9] stays`),
    "Sure, ann@example.org and +49 30 1234567; [EMAIL_9] stays",
  );
  equal(redaction.conceal("ann@example.org said hi"), "[EMAIL_1] said hi");
  equal(stripValues(TEXT, findings), "Mail or , again ; call");
});

Deno.test("Redaction's stream restorer restores placeholders split across pieces", () => {
  const redaction = new Redaction();
  redaction.redact("x@example.org", createDetector().detect("x@example.org"));
  for (
    const pieces of [["Write to [EMA", "IL_1] now"], ["[", "E", "MAIL_", "1", "]"], ["a [", "b] [EMAIL_1"]]
  ) {
    const restorer = redaction.createStreamRestorer();
    const out = pieces.map((piece) => restorer.push(piece)).join("") + restorer.flush();
    equal(out, redaction.restore(pieces.join("")), pieces.join("|"));
  }
});
