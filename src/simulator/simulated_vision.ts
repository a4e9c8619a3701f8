import type { Config } from "../config/config_schema.ts";

/** The backend the plain demo adds when the config names no vision backend. */
export const DEMO_VISION_BACKEND = "vision";

/**
 * Gives the demo a vision backend when the config has none (the workstation default leaves `vision.backend`
 * unset), so a chat with an image gets a simulated answer instead of `vision_not_configured`.
 */
export function addDemoVisionBackend(config: Config): Config {
  if (config.vision.backend !== undefined || config.backends[DEMO_VISION_BACKEND]) return config;
  const template = config.backends[config.routing.defaultBackend];
  if (!template) return config;
  const { aliases: _aliases, container: _container, required: _required, ...rest } = template;
  return {
    ...config,
    backends: {
      ...config.backends,
      [DEMO_VISION_BACKEND]: {
        ...rest,
        model: "sim-vision",
        location: "local",
        inputModalities: ["text", "image"],
        aliases: [],
        required: false,
      },
    },
    vision: { ...config.vision, backend: DEMO_VISION_BACKEND },
  };
}

type Part = { type?: string; text?: string; "image_url"?: { url?: string } };

/** A simulated vision model's answer: it "sees" how many images came and how big they are, never what they show. */
export function replyAsVision(body: Record<string, unknown>, model: string): string {
  const messages = Array.isArray(body.messages) ? body.messages as Array<{ content?: unknown }> : [];
  const parts = messages.flatMap((m) => Array.isArray(m.content) ? m.content as Part[] : []);
  const images = parts.filter((p) => p.type === "image_url").map((p) => p.image_url?.url ?? "");
  const question = parts.filter((p) => p.type === "text").map((p) => p.text).join(" ").slice(0, 200);
  const sizes = images.map((url) => `${Math.round(((url.split(",")[1] ?? "").length * 3) / 4)} bytes`);
  return `(simulated ${model}) I was sent ${images.length} image${images.length === 1 ? "" : "s"} (${
    sizes.join(", ")
  }) and the question "${question}". A real vision model would describe them.`;
}
