import { deepEqual, equal } from "node:assert/strict";
import { detectVision, sniffImage } from "./detect_vision.ts";

Deno.test("detectVision() finds image_url, input_image and video_url parts in every turn", () => {
  const parts = detectVision([
    { role: "system", content: "Be helpful" },
    {
      role: "user",
      content: [{ type: "text", text: "a" }, { type: "image_url", image_url: { url: "data:x" } }],
    },
    { role: "assistant", content: "ok" },
    {
      role: "user",
      content: [{ type: "input_image", image_url: "https://x/y.png" }, {
        type: "video_url",
        video_url: { url: "v" },
      }],
    },
  ]);
  deepEqual(parts.map((p) => [p.messageIndex, p.partIndex, p.kind, p.url]), [
    [1, 1, "image", "data:x"],
    [3, 0, "image", "https://x/y.png"],
    [3, 1, "video", "v"],
  ]);
});

Deno.test("detectVision() finds nothing in text-only requests and reports the role of misplaced images", () => {
  equal(
    detectVision([{ role: "user", content: "hi" }, { role: "user", content: [{ type: "text", text: "x" }] }])
      .length,
    0,
  );
  equal(
    detectVision([{ role: "system", content: [{ type: "image_url", image_url: "u" }] }])[0]?.role,
    "system",
  );
});

Deno.test("sniffImage() knows png, jpeg, gif and webp by magic bytes only", () => {
  const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
  equal(sniffImage(new Uint8Array([0x89, ...ascii("PNG\r\n\x1a\n")])), "image/png");
  equal(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xdb])), "image/jpeg");
  equal(sniffImage(ascii("GIF89a....")), "image/gif");
  equal(sniffImage(ascii("RIFF\0\0\0\0WEBPVP8 ")), "image/webp");
  equal(sniffImage(ascii("BM......")), undefined);
  equal(sniffImage(ascii("<svg xmlns=")), undefined);
});
