import type { Config } from "../config/config_schema.ts";
import type { Plan } from "../routing/choose_plan.ts";
import { toMessageText } from "../routing/render_prompt.ts";
import {
  createDetector,
  type Detector,
  type Finding,
  type FindingKind,
} from "../privacy/detect_personal_data.ts";
import {
  type CloudPolicy,
  countKinds,
  decidePrivacy,
  type PrivacyAction,
} from "../privacy/decide_privacy.ts";
import { Redaction, stripValues } from "../privacy/redaction.ts";
import { type ChatContext, getConversationKey } from "./chat_context.ts";
import { PSEUDONYM_PREFIX } from "../users/pseudonym.ts";
import type { ChatMessage, ChatRequest } from "./chat_request.ts";
import type { RouteDecision } from "./decide_route.ts";

/** What was found in a request, before its route is decided (the session log is scrubbed with it). */
export interface PrivacyScan {
  policy: CloudPolicy;
  /** Findings per message, in the order of `request.messages`. */
  findings: Finding[][];
  /** Every value found, with the placeholder it gets (also what the session log shows instead of it). */
  redaction: Redaction;
  conversation: string | undefined;
  privateConversation: boolean;
}

/** What the session log's `privacy` field says: the kinds found and what was done, never a value. */
export interface PrivacyFacts {
  found: Partial<Record<FindingKind, number>>;
  action: PrivacyAction;
  /** Why it stayed local: something personal in this request, or an earlier turn of its conversation. */
  reason?: "found" | "conversation";
  /** Placeholders sent instead of values (`redacted`). */
  redacted?: number;
  /** What ENRICH's cloud search got for a request kept local: nothing, or the question without the values. */
  enrich?: "skipped" | "stripped";
}

/** The privacy side of a route: the changed decision and what the plan's cloud hops must send. */
export interface PrivacyOutcome {
  decision: RouteDecision;
  facts: PrivacyFacts;
  /** `redacted`: the request as the cloud gets it, and the redaction that restores its answer. */
  cloud?: { request: ChatRequest; redaction: Redaction };
  /** The ENRICH question when it must not be the plain last user message (redacted or stripped). */
  enrichQuestion?: string;
  /** `x-ai-router-privacy`: `kept-local` or `redacted:N`. */
  header?: string;
}

const detectors = new WeakMap<Config, Detector>();

/** The family's detector, built once per loaded config: its country and every member's names. */
function toDetector(config: Config): Detector {
  let detector = detectors.get(config);
  if (detector) return detector;
  const { members, privacy } = config.users;
  const names = Object.entries(members).flatMap(([id, member]) => [
    id.charAt(0).toUpperCase() + id.slice(1),
    ...member.names,
  ]);
  detector = createDetector({ country: privacy.country, names });
  detectors.set(config, detector);
  return detector;
}

function mapText(content: ChatMessage["content"], map: (text: string) => string) {
  if (typeof content === "string") return map(content);
  if (!Array.isArray(content)) return content;
  return content.map((part) => part.type === "text" ? { ...part, text: map(part.text) } : part);
}

/**
 * Rewrites a message's text with its findings: `rewrite` gets each text (the content or one text part) and the
 * findings inside it, offsets relative to that text (the scan counts the parts one after the other).
 */
function rewriteMessage(
  message: ChatMessage,
  { findings, rewrite }: {
    findings: readonly Finding[];
    rewrite: (text: string, inText: Finding[]) => string;
  },
): ChatMessage {
  if (findings.length === 0) return message;
  let offset = 0;
  const content = mapText(message.content, (text) => {
    const from = offset;
    offset += text.length;
    const inText = findings.filter((f) => f.start >= from && f.end <= from + text.length)
      .map((f) => ({ ...f, start: f.start - from, end: f.end - from }));
    return rewrite(text, inText);
  });
  return { ...message, content };
}

/**
 * Finds the personal data of a member's request whose `privacy.cloud` is not `allowed` (nothing is scanned
 * for the others): per message, its text and text parts.
 */
export function scanPrivacy(ctx: ChatContext): PrivacyScan | undefined {
  const { config } = ctx.state;
  // An Open WebUI user no member lists (a pseudonym) follows the policy for such users.
  const guest = ctx.user.id.startsWith(PSEUDONYM_PREFIX)
    ? config.users.forwardedDefault?.privacy?.cloud
    : undefined;
  const policy = config.users.members[ctx.user.id]?.privacy.cloud ?? guest ?? "allowed";
  if (policy === "allowed") return undefined;
  const detector = toDetector(config);
  const redaction = new Redaction();
  const findings = ctx.request.messages.map((message) => {
    const found: Finding[] = [];
    let offset = 0;
    mapText(message.content, (text) => {
      const inText = detector.detect(text);
      // Numbers the placeholders in the order of the request: the log and the cloud see the same ones.
      redaction.redact(text, inText);
      for (const finding of inText) {
        found.push({ ...finding, start: finding.start + offset, end: finding.end + offset });
      }
      offset += text.length;
      return text;
    });
    return found;
  });
  const conversation = getConversationKey(ctx);
  const privateConversation = conversation !== undefined &&
    ctx.deps.privateConversations?.has(conversation) === true;
  return { policy, findings, redaction, conversation, privateConversation };
}

function isCloud(ctx: ChatContext, backend: string | undefined): boolean {
  return backend !== undefined && ctx.state.backends.get(backend)?.config.location === "cloud";
}

/** The plan without its cloud hops: the cloud answer goes to the local backend, ENRICH is skipped or stripped. */
function toLocalPlan(ctx: ChatContext, plan: Plan): { plan: Plan; enrich?: "skipped" | "stripped" } {
  const { privacy } = ctx.state.config.users;
  const local = privacy.localBackend ?? ctx.state.config.routing.defaultBackend;
  const next: Plan = { ...plan };
  if (isCloud(ctx, plan.backend)) {
    next.backend = isCloud(ctx, plan.fallback) || plan.fallback === undefined ? local : plan.fallback;
    next.fellBack = { from: plan.backend, reason: "kept local for privacy" };
  }
  if (isCloud(ctx, next.fallback)) delete next.fallback;
  if (plan.kind !== "enrich" || !isCloud(ctx, plan.enrichBackend)) return { plan: next };
  if (privacy.enrich === "strip") return { plan: next, enrich: "stripped" };
  delete next.enrichBackend;
  next.kind = "single";
  return { plan: next, enrich: "skipped" };
}

function toStrippedQuestion(ctx: ChatContext, { scan, index }: { scan: PrivacyScan; index: number }): string {
  const message = ctx.request.messages[index];
  if (!message) return "";
  const stripped = rewriteMessage(message, {
    findings: scan.findings[index] ?? [],
    rewrite: (text, inText) => stripValues(text, inText),
  });
  return toMessageText(stripped.content);
}

/**
 * Applies the member's privacy plan to a decided route: nothing when no cloud hop is planned; else `never`
 * (or a private conversation, or a topic under `redact`) keeps the request local, and `redact` sends the
 * cloud placeholders instead of values. A conversation kept local or redacted stays local for its next turns.
 */
export function applyPrivacy(
  ctx: ChatContext,
  { scan, decision }: { scan: PrivacyScan; decision: RouteDecision },
): PrivacyOutcome {
  const all = scan.findings.flat();
  const found = countKinds(all);
  const { plan } = decision;
  const touchesCloud = isCloud(ctx, plan.backend) || isCloud(ctx, plan.fallback) ||
    (plan.kind === "enrich" && isCloud(ctx, plan.enrichBackend));
  const action = touchesCloud
    ? decidePrivacy(scan.policy, { findings: all, privateConversation: scan.privateConversation })
    : "none";
  if (action === "none") return { decision, facts: { found, action } };
  if (scan.conversation !== undefined) ctx.deps.privateConversations?.add(scan.conversation);
  const reason = scan.privateConversation ? "conversation" as const : "found" as const;
  const lastUser = ctx.request.messages.findLastIndex((message) => message.role === "user");
  if (action === "kept-local") {
    const local = toLocalPlan(ctx, plan);
    const facts: PrivacyFacts = { found, action, reason, ...(local.enrich ? { enrich: local.enrich } : {}) };
    return {
      decision: { ...decision, plan: local.plan, notes: [...decision.notes] },
      facts,
      header: "kept-local",
      ...(local.enrich === "stripped"
        ? { enrichQuestion: toStrippedQuestion(ctx, { scan, index: lastUser }) }
        : {}),
    };
  }
  const { redaction } = scan;
  const messages = ctx.request.messages.map((message, index) =>
    rewriteMessage(message, {
      findings: scan.findings[index] ?? [],
      rewrite: (text, inText) => redaction.redact(text, inText),
    })
  );
  return {
    decision,
    facts: { found, action, reason, redacted: redaction.size },
    cloud: { request: { ...ctx.request, messages }, redaction },
    enrichQuestion: toMessageText(messages[lastUser]?.content),
    header: `redacted:${redaction.size}`,
  };
}
