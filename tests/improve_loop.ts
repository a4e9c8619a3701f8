/** Shared by the improvement-loop tests: simulated upstreams (the primary also judges) and `ai-router serve`. */
import OpenAI from "openai";
import { type OpenAiSimulator, startOpenAiSimulator } from "../src/simulator/openai_simulator.ts";
import { chooseByPromptPhrases } from "../src/simulator/prompt_sensitive_classifier.ts";
import { defaultReply } from "../src/simulator/simulated_completion.ts";
import { createJudgeReply } from "../src/simulator/simulated_judge.ts";
import { replyAsCloud } from "../src/simulator/simulated_routing.ts";
import { runCli, startCli } from "./run_cli.ts";
import { buildTestConfigYaml, TEST_CLOUD_KEY } from "./test_router.ts";

export const SET = new URL("./fixtures/routing_eval.jsonl", import.meta.url).pathname;
/** Misrouted by the keyword classifier, caught by the simulated judge's rules ("exchange rate", "irrational"). */
export const EURO = "What is the euro exchange rate against the dollar?";
export const IRRATIONAL = "Is the number e irrational?";
export const QUESTIONS = [EURO, IRRATIONAL, "hi", "Explain how rainbows form", "latest news?"];

export interface Loop extends AsyncDisposable {
  dir: string;
  configPath: string;
  judge: OpenAiSimulator;
  cloud: OpenAiSimulator;
  router: ReturnType<typeof startCli>;
  client: OpenAI;
  cli: (...args: string[]) => ReturnType<typeof runCli>;
  routeOf: (question: string) => Promise<string | null>;
}

/** The simulated upstreams (the primary also judges), a config with a promptsDir, and `ai-router serve`. */
export async function startLoop(
  yaml: { extra?: string; review?: string; prices?: string } = {},
): Promise<Loop> {
  const dir = await Deno.makeTempDir({ prefix: "improve-loop-" });
  const judge = await startOpenAiSimulator({
    models: ["sim-primary"],
    behaviour: { reply: createJudgeReply({ style: "precise", otherwise: defaultReply }) },
  });
  const classifier = await startOpenAiSimulator({
    models: ["sim-classifier"],
    behaviour: { choose: chooseByPromptPhrases },
  });
  const cloud = await startOpenAiSimulator({
    models: ["sim-cloud"],
    apiKey: TEST_CLOUD_KEY,
    behaviour: { reply: (body, model) => replyAsCloud(body, { model, reply: defaultReply }) },
  });
  const configPath = `${dir}/ai-router.yaml`;
  const base = buildTestConfigYaml({
    primary: judge.baseUrl,
    classifier: classifier.baseUrl,
    cloud: cloud.baseUrl,
  });
  await Deno.writeTextFile(
    configPath,
    base.replace("logLevel: error", "logLevel: info") + `
promptsDir: ${dir}/prompts
sessionLogs: { dir: ${dir}/sessions }
prices:
  primary: { inputPerMillionUsd: 1, outputPerMillionUsd: 2 }
${yaml.prices ?? ""}
review:
  judgeBackend: primary
  reportsDir: ${dir}/reports
  improveDir: ${dir}/improve
  evalSet: ${SET}
${yaml.review ?? ""}
${yaml.extra ?? ""}`,
  );
  const env = { TEST_CLOUD_KEY };
  const router = startCli(
    ["serve", "--config", configPath, "--port", "0", "--secrets-file", `${dir}/none`],
    env,
  );
  const [, baseUrl] = await router.waitFor(/Listening url=(http:\/\/\S+)/);
  const client = new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
  return {
    dir,
    configPath,
    judge,
    cloud,
    router,
    client,
    cli: (...args) => runCli([args[0] as string, "--config", configPath, ...args.slice(1)], env),
    routeOf: async (question) => {
      const { response } = await client.chat.completions.create({
        model: "ai-router",
        messages: [{ role: "user", content: question }],
      }).withResponse();
      return response.headers.get("x-ai-router-route");
    },
    [Symbol.asyncDispose]: async () => {
      await router[Symbol.asyncDispose]();
      await Promise.all([judge, classifier, cloud].map((s) => s[Symbol.asyncDispose]()));
      await Deno.remove(dir, { recursive: true });
    },
  };
}

/** Waits until the router has written `count` session logs (it writes them after answering). */
export async function waitForSessionLogs(dir: string, count: number): Promise<void> {
  for (;;) {
    const names = await Array.fromAsync(Deno.readDir(dir)).catch(() => []);
    if (names.filter((n) => n.name.endsWith(".json")).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reads a JSON file as `T`. */
export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await Deno.readTextFile(path)) as T;
}
