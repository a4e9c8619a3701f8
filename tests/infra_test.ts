import { deepEqual, match, ok } from "node:assert/strict";
import { Registry } from "prom-client";
import { parse as parseYaml } from "yaml";
import { createMetrics } from "../src/metrics/create_metrics.ts";

const METRIC = /\bai_router_[a-z_]+/g;

async function listMetricNames(): Promise<Set<string>> {
  const metrics = createMetrics(new Registry());
  const json = await metrics.registry.getMetricsAsJSON();
  return new Set(json.map((m) => m.name));
}

function toBaseName(name: string): string {
  return name.replace(/_(bucket|count|sum)$/, "");
}

function assertKnown(expr: string, { known, where }: { known: Set<string>; where: string }): void {
  for (const name of expr.match(METRIC) ?? []) {
    ok(known.has(toBaseName(name)), `${where}: unknown metric ${name}`);
  }
}

Deno.test("infra/prometheus alert rules parse and use only metrics ai-router exports", async () => {
  const text = await Deno.readTextFile(new URL("../infra/prometheus/ai-router-alerts.yaml", import.meta.url));
  const doc = parseYaml(text) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> };
  const known = await listMetricNames();
  const rules = doc.groups.flatMap((g) => g.rules);
  for (const rule of rules) assertKnown(rule.expr, { known, where: rule.alert });
  const alerts = new Set(rules.map((r) => r.alert));
  for (
    const name of [
      "AiRouterBackendDown",
      "AiRouterLatencyP95High",
      "AiRouterCloudBudgetNearLimit",
      "AiRouterContainerRestarting",
      "AiRouterSessionLogDropping",
    ]
  ) ok(alerts.has(name), name);
  const exprOf = (alert: string) => rules.find((r) => r.alert === alert)?.expr ?? "";
  // Down only counts when the router expects the backend up (not swapped out, idle-stopped or keyless).
  match(
    exprOf("AiRouterBackendDown"),
    /ai_router_backend_up == 0 and on\(backend\) ai_router_backend_expected_up == 1/,
  );
  // Near the limit is relative to each member's own budget, not a fixed amount.
  match(
    exprOf("AiRouterCloudBudgetNearLimit"),
    /ai_router_cloud_spend_today_usd \/ ai_router_cloud_budget_usd > 0\.8/,
  );
});

Deno.test("infra/grafana dashboard is valid JSON whose queries use only exported metrics", async () => {
  const text = await Deno.readTextFile(new URL("../infra/grafana/ai-router-dashboard.json", import.meta.url));
  const dashboard = JSON.parse(text) as {
    panels: Array<{ title: string; targets: Array<{ expr: string }> }>;
  };
  const known = await listMetricNames();
  const used = new Set<string>();
  for (const panel of dashboard.panels) {
    for (const target of panel.targets) {
      assertKnown(target.expr, { known, where: panel.title });
      for (const name of target.expr.match(METRIC) ?? []) used.add(toBaseName(name));
    }
  }
  deepEqual([...known].filter((name) => !used.has(name)), [], "every metric has a panel");
});

const hasPromtool = await new Deno.Command("promtool", {
  args: ["--version"],
  stdout: "null",
  stderr: "null",
})
  .output().then((o) => o.success, () => false);

Deno.test({
  name:
    "infra/prometheus alerts fire only for expected backends and members near their own budget (promtool)",
  ignore: !hasPromtool, // install_test_deps.sh installs Debian's prometheus package; only then can it run
  async fn() {
    const tests = new URL("../infra/prometheus/ai-router-alerts.test.yaml", import.meta.url).pathname;
    const output = await new Deno.Command("promtool", { args: ["test", "rules", tests], stdout: "piped" })
      .output();
    const text = new TextDecoder().decode(output.stdout);
    ok(output.success, text);
    match(text, /SUCCESS/);
  },
});
