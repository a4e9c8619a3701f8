import { deepEqual } from "node:assert/strict";
import { findAllowedMethods } from "./find_allowed_methods.ts";

Deno.test("findAllowedMethods() names the methods of a path's routes, parameters matched, middleware not", () => {
  const routes = [
    { method: "ALL", path: "/*" },
    { method: "GET", path: "/api/tags" },
    { method: "POST", path: "/api/chat" },
    { method: "POST", path: "/api/blobs/:digest" },
  ];
  deepEqual(findAllowedMethods(routes, "/api/tags"), ["GET", "HEAD"]);
  deepEqual(findAllowedMethods(routes, "/api/chat"), ["POST"]);
  deepEqual(findAllowedMethods(routes, "/api/blobs/sha256-1"), ["POST"]);
  deepEqual(findAllowedMethods(routes, "/api/blobs/a/b"), []);
  deepEqual(findAllowedMethods(routes, "/api/nothing"), []);
});
