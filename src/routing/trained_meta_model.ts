/** The learned META signal as trained by `deno task meta-model` (`meta_model_weights.ts`), decoded once. */
import { decodeMetaModel } from "./meta_model_codec.ts";
import { META_MODEL_DATA } from "./meta_model_weights.ts";

export const TRAINED_META_MODEL = decodeMetaModel(META_MODEL_DATA);
