import { equal } from "node:assert/strict";
import { resolveClientIp } from "./resolve_client_ip.ts";

Deno.test("resolveClientIp() ignores X-Forwarded-For from untrusted peers", () => {
  equal(resolveClientIp("203.0.113.5", "10.0.0.1", []), "203.0.113.5");
  equal(resolveClientIp("203.0.113.5", "10.0.0.1", ["127.0.0.1"]), "203.0.113.5");
});

Deno.test("resolveClientIp() believes trusted proxies, skipping trusted hops", () => {
  equal(resolveClientIp("127.0.0.1", "1.1.1.1, 192.168.1.20", ["127.0.0.1"]), "192.168.1.20");
  equal(resolveClientIp("127.0.0.1", "192.168.1.20, 10.0.0.2", ["127.0.0.1", "10.0.0.2"]), "192.168.1.20");
  equal(resolveClientIp("127.0.0.1", null, ["127.0.0.1"]), "127.0.0.1");
  equal(resolveClientIp(null, "1.1.1.1", ["127.0.0.1"]), null);
});
