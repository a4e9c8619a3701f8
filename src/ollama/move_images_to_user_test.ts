import { deepEqual } from "node:assert/strict";
import { moveImagesToUser } from "./move_images_to_user.ts";

Deno.test("moveImagesToUser() puts a photo on a system or assistant message into the next user message", () => {
  deepEqual(
    moveImagesToUser([
      { role: "system", content: "Be kind." },
      { role: "user", content: "Hi", images: ["a"] },
      { role: "system", content: "Sure, ask away!", images: ["b"] },
      { role: "assistant", content: "Still here.", images: ["c"] },
      { role: "user", content: "What plant is this?", images: ["d"] },
    ]),
    [
      { role: "system", content: "Be kind." },
      { role: "user", content: "Hi", images: ["a"] },
      { role: "system", content: "Sure, ask away!", images: null },
      { role: "assistant", content: "Still here.", images: null },
      { role: "user", content: "What plant is this?", images: ["b", "c", "d"] },
    ],
  );
});

Deno.test("moveImagesToUser() adds a user message at the end when no user message follows the photo", () => {
  deepEqual(
    moveImagesToUser([
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello", images: ["a"] },
    ]),
    [
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello", images: null },
      { role: "user", content: "", images: ["a"] },
    ],
  );
});
