import { deepEqual, equal } from "node:assert/strict";
import { parseConfig } from "../config/load_config.ts";
import { formatRouteScores, scoreRouteBaselines } from "./route_baselines.ts";

const config = parseConfig(
  `backends:
  primary: { urls: ["http://127.0.0.1:1/v1"], model: p }
  cloud: { urls: ["http://127.0.0.1:2/v1"], model: c, location: cloud }
`,
  "test.yaml",
);
const ask = (label: string, words: number) => ({
  label,
  messages: [{ role: "user", content: "word ".repeat(words) }],
});

Deno.test("scoreRouteBaselines() scores the classifier against always-local and the best length threshold", () => {
  const cases = [
    ask("SIMPLE", 10),
    ask("SIMPLE", 20),
    ask("COMPLEX", 400),
    ask("COMPLEX", 30),
    ask("ENRICH", 15),
  ];
  const scores = scoreRouteBaselines(config, {
    cases,
    predicted: ["SIMPLE", "SIMPLE", "COMPLEX", "SIMPLE", "ENRICH"],
  });
  deepEqual(scores.map((score) => score.name), ["classifier", "always local", "by length"]);
  equal(scores[0]?.agreement, 0.8, "one COMPLEX placed locally");
  equal(scores[1]?.agreement, 0.4, "SIMPLE twice; COMPLEX and ENRICH (cloud context) are cloud");
  // Best threshold: everything above the 10-word ask goes to the cloud, wrong only for the 20-word SIMPLE.
  equal(scores[2]?.agreement, 0.8);
  equal(scores[2]?.thresholdTokens, 13);
  equal(formatRouteScores(scores)[1], "always local   40.0%  cloud 0.0%");
});
