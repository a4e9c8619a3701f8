import { deepEqual, throws } from "node:assert/strict";
import { parseEnvFile } from "./parse_env_file.ts";

Deno.test("parseEnvFile() reads KEY=value lines with comments, export and quotes", () => {
  const text = [
    "# a comment",
    "",
    "PLAIN=value",
    "export EXPORTED=yes",
    'DOUBLE="two words"',
    "SINGLE='it''s'",
    "TRAILING=value # comment",
    "EMPTY=",
    "URL=http://x/y?a=b",
  ].join("\n");
  deepEqual(parseEnvFile(text, ".env"), {
    PLAIN: "value",
    EXPORTED: "yes",
    DOUBLE: "two words",
    SINGLE: "it''s",
    TRAILING: "value",
    EMPTY: "",
    URL: "http://x/y?a=b",
  });
});

Deno.test("parseEnvFile() names the file and line of a malformed line", () => {
  throws(
    () => parseEnvFile("GOOD=1\nnot a pair\n", "/etc/ai-router/.secrets"),
    /"\/etc\/ai-router\/.secrets" line 2/,
  );
});
