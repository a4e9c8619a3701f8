import { z } from "zod";

/** The improvement loop (`review --judge`, `improve`): who may judge, what it may see, where it writes. */
export const reviewSchema = z.strictObject({
  /** The backend `review --judge` and `improve` use when `--judge` is not given. */
  judgeBackend: z.string().optional(),
  /** A judge whose backend has `location: cloud` is refused unless this is true (prompts leave the box). */
  cloudJudge: z.boolean().default(false),
  /** Members whose requests are never sampled, graded or sent to a judge. */
  excludeMembers: z.array(z.string()).default([]),
  /** Default `--max-sessions`: how many sessions one review grades at most. */
  maxSessions: z.number().int().positive().default(50),
  /** Default `--max-usd`: what one run may spend on a priced judge. */
  maxUsd: z.number().nonnegative().default(1),
  /** `review --save` writes here; `latest.md` is what the status page links to. */
  reportsDir: z.string().default("/var/lib/ai-router/reviews"),
  /** `improve` stages proposals in `pending/` and keeps every applied change in `applied/`. */
  improveDir: z.string().default("/var/lib/ai-router/improve"),
  /** The labelled JSONL set `improve` evaluates against when `--set` is not given. */
  evalSet: z.string().optional(),
});

/** Validated `review` section. */
export type ReviewConfig = z.infer<typeof reviewSchema>;
