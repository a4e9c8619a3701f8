import { equal } from "node:assert/strict";
import { isPrivateAddress } from "./fetch_image.ts";

Deno.test("isPrivateAddress() flags loopback, private, link-local, CGNAT and mapped addresses", () => {
  for (
    const ip of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:10.0.0.1",
      "[::1]",
    ]
  ) {
    equal(isPrivateAddress(ip), true, ip);
  }
  for (const ip of ["8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:1.1.1.1"]) {
    equal(isPrivateAddress(ip), false, ip);
  }
});
