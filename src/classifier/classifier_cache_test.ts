import { equal } from "node:assert/strict";
import { ClassifierCache } from "./classifier_cache.ts";

Deno.test("ClassifierCache evicts the least recently used entry", () => {
  const cache = new ClassifierCache<string>(2, 1_000);
  cache.set("a", "A", 0);
  cache.set("b", "B", 0);
  equal(cache.get("a", 1), "A");
  cache.set("c", "C", 2);
  equal(cache.get("b", 3), undefined);
  equal(cache.get("a", 3), "A");
  equal(cache.get("c", 3), "C");
});

Deno.test("ClassifierCache forgets entries after their time to live", () => {
  const cache = new ClassifierCache<string>(10, 100);
  cache.set("a", "A", 0);
  equal(cache.get("a", 99), "A");
  equal(cache.get("a", 100), undefined);
  equal(cache.size, 0);
});

Deno.test("ClassifierCache with size 0 stores nothing", () => {
  const cache = new ClassifierCache<string>(0, 100);
  cache.set("a", "A", 0);
  equal(cache.get("a", 1), undefined);
});
