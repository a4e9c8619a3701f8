import assert from "node:assert/strict";
import {
  type ContainerAction,
  decideContainerStep,
  type ObservedContainer,
} from "./decide_container_step.ts";

const NOW = 1_000_000;
const OPTIONS = { now: NOW, startTimeoutMs: 60_000 };

function randomObserved(overrides: Partial<ObservedContainer>): ObservedContainer {
  return {
    found: undefined,
    specChanged: false,
    status: "stopped",
    wanted: true,
    nextAttemptAt: 0,
    startedAt: NOW - 1_000,
    probing: false,
    startProblem: undefined,
    budgetProblem: undefined,
    ...overrides,
  };
}

const running = { id: "c1", state: "running" };
const exited = { id: "c1", state: "exited" };

const CASES: Array<[string, Partial<ObservedContainer>, ContainerAction[]]> = [
  ["a missing wanted container is created and started", {}, [{ kind: "start", id: undefined }]],
  ["an exited wanted container is started again, not recreated", { found: exited }, [{
    kind: "start",
    id: "c1",
  }]],
  [
    "a container whose spec changed is removed and created again",
    { found: running, specChanged: true, status: "ready" },
    [{ kind: "remove", id: "c1" }, { kind: "set-status", status: "stopped" }, {
      kind: "start",
      id: undefined,
    }],
  ],
  ["a running container found at start is adopted and probed", { found: running }, [{ kind: "adopt" }]],
  ["a ready container is probed", { found: running, status: "ready" }, [{ kind: "check-health" }]],
  ["an unhealthy container is probed again", { found: running, status: "unhealthy" }, [{
    kind: "check-health",
  }]],
  ["a paused container counts as running: its probe finds it unanswering", {
    found: { id: "c1", state: "paused" },
    status: "ready",
  }, [{ kind: "check-health" }]],
  [
    "a start watched by its probe loop is left to it",
    { found: running, status: "starting", probing: true },
    [],
  ],
  [
    "a start nobody watches any more (the loop ended on an engine error) gets its probe loop back",
    { found: running, status: "starting", probing: false },
    [{ kind: "await-ready" }],
  ],
  [
    "a start past startTimeoutMs fails and is discarded, even with its probe loop gone",
    { found: running, status: "starting", startedAt: NOW - 61_000, startProblem: "health answered 503" },
    [{ kind: "fail", reason: "Not ready after 60 s: health answered 503", discard: true }],
  ],
  [
    "a starting container that exited fails with its state",
    { found: exited, status: "starting" },
    [{ kind: "fail", reason: "Container exited (exited)", discard: false }],
  ],
  [
    "a ready container that was removed from outside fails as removed",
    { status: "ready" },
    [{ kind: "fail", reason: "Container exited (removed)", discard: false }],
  ],
  ["a container in backoff waits for its next attempt", {
    status: "backoff",
    nextAttemptAt: NOW + 1,
  }, []],
  ["a container whose backoff ended is started again", {
    found: exited,
    status: "backoff",
    nextAttemptAt: NOW,
  }, [{ kind: "start", id: "c1" }]],
  ["a container over the memory budget is refused", { budgetProblem: "needs 9 GiB" }, [{
    kind: "refuse",
    reason: "needs 9 GiB",
  }]],
  ["an unwanted running container is stopped", { found: running, status: "ready", wanted: false }, [
    { kind: "stop", id: "c1" },
    { kind: "set-status", status: "stopped" },
  ]],
  ["an unwanted stopped container needs nothing", { found: exited, wanted: false }, []],
  ["an unwanted refused container keeps its refusal", { status: "refused", wanted: false }, []],
  ["a container marked unreachable while its engine was lost is found again", {
    found: running,
    status: "stopped",
  }, [{ kind: "adopt" }]],
];

for (const [name, overrides, expected] of CASES) {
  Deno.test(`decideContainerStep(): ${name}`, () => {
    assert.deepEqual(decideContainerStep(randomObserved(overrides), OPTIONS), expected);
  });
}

Deno.test("decideContainerStep() is level-triggered: the same observation gives the same actions", () => {
  const observed = randomObserved({ found: running, status: "starting", probing: false });
  assert.deepEqual(decideContainerStep(observed, OPTIONS), decideContainerStep(observed, OPTIONS));
});
