import { throws } from "node:assert/strict";
import { parseContainerProfile } from "./load_container_profile.ts";

Deno.test("parseContainerProfile() suggests the key of the union option a misspelt one meant", () => {
  const profile = (memory: string) =>
    `device: { name: box, memoryGib: 8 }\ncontainers:\n  c: { kind: http, image: "x/y:1", port: 8001, memory: ${memory} }\n`;
  throws(
    () => parseContainerProfile(profile("{ fixedGb: 2 }"), "p.yaml"),
    /containers\.c\.memory\.fixedGb: unknown key, did you mean "fixedGib"\?/,
  );
  parseContainerProfile(profile("{ fixedGib: 2 }"), "p.yaml");
});
