/** Who sent a request, as the edge decided; routing and logs read it, never the key. */
export interface RequestUser {
  /** The member's name from config, or `anonymous` when no keys are configured. */
  id: string;
  /** False when the member may not use the cloud at all, or has spent today's cloud budget. */
  cloudAllowed: boolean;
  /** Why the cloud is not allowed (`not permitted`, `over budget`), for the note and the log. */
  cloudDeniedReason?: string;
  /** The models the member (or a forwarded user's default policy) allows; every model when unset. */
  allowedModels?: readonly string[];
}

/** The user of every request when no keys are configured. */
export const ANONYMOUS_USER: RequestUser = { id: "anonymous", cloudAllowed: true };
