import type { Config } from "../config/config_schema.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { SessionLogWriter } from "./session_log_writer.ts";

/**
 * Starts the session log writer from `sessionLogs`; undefined when disabled or when its directory
 * cannot be used (logged: the router serves without session logs rather than not at all).
 */
export async function startSessionLog(
  config: Config,
  { logger, metrics }: { logger: Logger; metrics: Metrics },
): Promise<SessionLogWriter | undefined> {
  const settings = config.sessionLogs;
  if (!settings.enabled) return undefined;
  const writer = new SessionLogWriter({ ...settings, logger, metrics });
  try {
    await writer.start();
    logger.info("Writing session logs", { dir: settings.dir });
    return writer;
  } catch (error) {
    await writer.close();
    logger.error("Cannot write session logs, serving without them", { dir: settings.dir, error });
    return undefined;
  }
}
