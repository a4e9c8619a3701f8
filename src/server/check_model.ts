import { ApiError } from "../api_error.ts";
import { clipForEcho } from "../clip_for_echo.ts";

/**
 * Refuses a model the member may not use. Set on the request by `authenticate.ts` and called by each
 * handler on the body it parsed itself, so the check sees exactly what the handler routes (whatever the
 * content type) and no body is read before the `maxBodyBytes` cap applies.
 */
export type ModelCheck = (model: string | undefined) => void;

/** The check for keyless routers and unrestricted members. */
export const allowAnyModel: ModelCheck = () => {};

/** A check for `allowedModels`; no model (or an empty one) means the public model. */
export function createModelCheck(
  allowedModels: readonly string[],
  { publicModel, onRefused }: { publicModel: string; onRefused: () => void },
): ModelCheck {
  if (allowedModels.includes("*")) return allowAnyModel;
  return (requested) => {
    const model = requested === undefined || requested === "" ? publicModel : requested;
    if (allowedModels.includes(model)) return;
    onRefused();
    throw new ApiError(403, `Cannot use model "${clipForEcho(model)}": not allowed for this key`, {
      type: "invalid_request_error",
      code: "model_not_allowed",
      param: "model",
    });
  };
}
