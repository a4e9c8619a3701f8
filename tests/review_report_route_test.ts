import { equal, match } from "node:assert/strict";
import { startTestRouter } from "./test_router.ts";

Deno.test("GET /review/latest serves the latest saved review, which the status page links to", async () => {
  const dir = await Deno.makeTempDir({ prefix: "reports-" });
  try {
    await using router = await startTestRouter({ extraYaml: `review:\n  reportsDir: ${dir}\n` });
    const missing = await fetch(`${router.baseUrl}/review/latest`);
    equal(missing.status, 404);
    const error = await missing.json();
    match(error.error.message, /^No review report yet: run ai-router review --save/);
    equal(error.error.type, "invalid_request_error");

    await Deno.writeTextFile(
      `${dir}/latest.md`,
      "# ai-router review\n\nJudge model: primary (local) graded 3\n",
    );
    const found = await fetch(`${router.baseUrl}/review/latest`);
    equal(found.status, 200);
    equal(found.headers.get("content-type"), "text/markdown; charset=utf-8");
    match(await found.text(), /Judge model: primary \(local\) graded 3/);

    const page = await fetch(`${router.baseUrl}/`);
    match(await page.text(), /<a href="\/review\/latest">Latest review report<\/a>/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
