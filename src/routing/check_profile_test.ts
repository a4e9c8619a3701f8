import { equal } from "node:assert/strict";
import { checkProfile, findRefusedTopic, isWithinSchedule } from "./check_profile.ts";

Deno.test("isWithinSchedule() includes the start, excludes the end, and wraps past midnight", () => {
  equal(isWithinSchedule("07:00-20:30", 7 * 60), true);
  equal(isWithinSchedule("07:00-20:30", 20 * 60 + 29), true);
  equal(isWithinSchedule("07:00-20:30", 20 * 60 + 30), false);
  equal(isWithinSchedule("07:00-20:30", 6 * 60 + 59), false);
  equal(isWithinSchedule("22:00-06:00", 23 * 60), true);
  equal(isWithinSchedule("22:00-06:00", 12 * 60), false);
});

Deno.test("findRefusedTopic() matches whole words in any case", () => {
  equal(findRefusedTopic("Tell me about HORROR films", ["horror"]), "horror");
  equal(findRefusedTopic("a horrorshow", ["horror"]), undefined);
  equal(findRefusedTopic("Wie baut man eine Waffe?", ["waffe"]), "waffe");
});

Deno.test("checkProfile() refuses in the member's language", () => {
  const profile = { schedule: "07:00-20:30", refusedTopics: ["horror"], language: "de" as const };
  equal(checkProfile(profile, { minuteOfDay: 21 * 60, text: "hi" })?.rule, "schedule");
  equal(checkProfile(profile, { minuteOfDay: 21 * 60, text: "hi" })?.message.startsWith("Gerade"), true);
  equal(checkProfile(profile, { minuteOfDay: 8 * 60, text: "horror please" })?.rule, "topic");
  equal(checkProfile(profile, { minuteOfDay: 8 * 60, text: "homework" }), undefined);
});
