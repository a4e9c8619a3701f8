/**
 * RBAC as the API server's authorizer applies a Role's rules (kubernetes/kubernetes
 * plugin/pkg/auth/authorizer/rbac/rbac.go `RuleAllows`): group, resource (with `/subresource`) and verb must
 * match, and `resourceNames`, when present, must name the object. A list or watch has no name, so a rule
 * with `resourceNames` never allows it unless the request selects `metadata.name` (kubernetes/website
 * content/en/docs/reference/access-authn-authz/rbac.md, "Referring to resources"); this simulator does not
 * implement that field selector, which the router does not use.
 */

/** One rule of a Role (rbac.authorization.k8s.io/v1 PolicyRule). */
export interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs: string[];
  resourceNames?: string[];
}

/** What one request asks to do. */
export interface ResourceRequest {
  verb: string;
  group: string;
  /** `deployments`, `deployments/scale`, `pods/log`, … */
  resource: string;
  namespace: string;
  /** Empty for list and watch. */
  name: string;
}

const matches = (list: readonly string[] | undefined, value: string) =>
  (list ?? []).some((item) => item === "*" || item === value);

/** Whether any rule allows the request. */
export function isAllowed(rules: readonly PolicyRule[], request: ResourceRequest): boolean {
  return rules.some((rule) =>
    matches(rule.apiGroups, request.group) && matches(rule.resources, request.resource) &&
    matches(rule.verbs, request.verb) &&
    (rule.resourceNames === undefined || rule.resourceNames.length === 0 ||
      (request.name !== "" && rule.resourceNames.includes(request.name)))
  );
}

/**
 * The API server's denial text (kubernetes/apiserver pkg/endpoints/handlers/responsewriters/errors.go
 * `forbiddenMessage`), prefixed by the object as `errors.NewForbidden` does.
 */
export function toForbiddenMessage(user: string, request: ResourceRequest): string {
  const [base] = request.resource.split("/");
  const qualified = request.group ? `${base}.${request.group}` : base;
  const object = request.name ? `${qualified} "${request.name}"` : qualified;
  return `${object} is forbidden: User "${user}" cannot ${request.verb} resource "${request.resource}" in API ` +
    `group "${request.group}" in the namespace "${request.namespace}"`;
}
