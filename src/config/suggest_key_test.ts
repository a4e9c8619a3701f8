import { equal } from "node:assert/strict";
import { suggestKey } from "./suggest_key.ts";

const MEMBER_KEYS = ["key", "limits", "cloudAllowed", "allowedModels", "trustForwardedUsers", "forwardedIds"];

Deno.test("suggestKey() finds the key a typo meant", () => {
  equal(suggestKey("cloudAlowed", MEMBER_KEYS), "cloudAllowed");
  equal(suggestKey("memebers", ["members", "stateFile", "timezone"]), "members");
  equal(suggestKey("enable", ["enabled", "engine", "engines", "profile"]), "enabled");
  equal(suggestKey("requestPerMinute", ["requestsPerMinute", "tokensPerDay"]), "requestsPerMinute");
});

Deno.test("suggestKey() ignores letter case and counts a swap of two neighbours as one edit", () => {
  equal(suggestKey("cloudallowed", MEMBER_KEYS), "cloudAllowed");
  equal(suggestKey("lmiits", MEMBER_KEYS), "limits");
});

Deno.test("suggestKey() suggests nothing for a key unlike any known one", () => {
  equal(suggestKey("colour", MEMBER_KEYS), undefined);
  equal(suggestKey("ky", ["key"]), "key");
  equal(suggestKey("x", ["key"]), undefined);
});

Deno.test("suggestKey() prefers the closest of several near keys", () => {
  equal(suggestKey("engine", ["enabled", "engine", "engines"]), "engine");
  equal(suggestKey("enginess", ["enabled", "engine", "engines"]), "engines");
});
