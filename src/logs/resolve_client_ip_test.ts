import { equal } from "node:assert/strict";
import { resolveClientIp } from "./resolve_client_ip.ts";

Deno.test("resolveClientIp() ignores X-Forwarded-For from untrusted peers", () => {
  equal(resolveClientIp("203.0.113.5", { forwardedFor: "10.0.0.1", trustedProxies: [] }), "203.0.113.5");
  equal(
    resolveClientIp("203.0.113.5", { forwardedFor: "10.0.0.1", trustedProxies: ["127.0.0.1"] }),
    "203.0.113.5",
  );
});

Deno.test("resolveClientIp() believes trusted proxies, skipping trusted hops", () => {
  equal(
    resolveClientIp("127.0.0.1", { forwardedFor: "1.1.1.1, 192.168.1.20", trustedProxies: ["127.0.0.1"] }),
    "192.168.1.20",
  );
  equal(
    resolveClientIp("127.0.0.1", {
      forwardedFor: "192.168.1.20, 10.0.0.2",
      trustedProxies: ["127.0.0.1", "10.0.0.2"],
    }),
    "192.168.1.20",
  );
  equal(resolveClientIp("127.0.0.1", { forwardedFor: null, trustedProxies: ["127.0.0.1"] }), "127.0.0.1");
  equal(resolveClientIp(null, { forwardedFor: "1.1.1.1", trustedProxies: ["127.0.0.1"] }), null);
});
