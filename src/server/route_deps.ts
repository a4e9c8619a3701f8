import type { Logger } from "../logger.ts";
import type { StateHolder } from "../router_state.ts";

/** What every route factory receives from `createApp`. */
export interface RouteDeps {
  state: StateHolder;
  logger: Logger;
}

/** Hono's per-request variables set by the edge middleware. */
export type AppEnv = { Variables: { requestId: string } };
