import { notFound } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";
import { resolveModel } from "../routing/resolve_model.ts";
import type { RouterState } from "../router_state.ts";

/** Finds the backend for a model id or throws the 404 the `openai` client maps to `NotFoundError`. */
export function requireBackend(
  state: RouterState,
  options: { model: string | undefined; fallback: string },
) {
  const { model, fallback } = options;
  const target = resolveModel(model, { config: state.config, fallbackBackend: fallback });
  const backend = target.kind === "unknown" ? undefined : state.backends.get(target.backend);
  if (!backend) {
    throw notFound(`The model "${clipForEcho(model ?? "")}" does not exist or you do not have access to it`, {
      code: "model_not_found",
      param: "model",
    });
  }
  return { target, backend };
}
