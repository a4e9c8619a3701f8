/**
 * The house rules a machine can check, as a `deno lint` plugin (the way denoland/std keeps its own rules in
 * `_tools/lint_plugin.ts`). `max-positional-params`: a function takes at most two positional parameters, plus
 * one options object as the third (a destructured object, an object type, or a type named `…Options`).
 * Functions whose signature someone else fixes are not counted: callbacks passed straight to a call,
 * methods (of classes and object literals), and functions assigned to an object's property.
 * @module
 */

const MAX_POSITIONAL = 2;

type FunctionNode =
  | Deno.lint.FunctionDeclaration
  | Deno.lint.FunctionExpression
  | Deno.lint.ArrowFunctionExpression;

/** True for a parameter that is an options object rather than one more positional value. */
function isOptionsParam(param: Deno.lint.Parameter): boolean {
  const target = param.type === "AssignmentPattern" ? param.left : param;
  if (target.type === "ObjectPattern") return true;
  if (target.type !== "Identifier" || !target.typeAnnotation) return false;
  const annotation = target.typeAnnotation.typeAnnotation;
  if (annotation.type === "TSTypeLiteral") return true;
  if (annotation.type === "TSTypeReference") {
    const name = annotation.typeName;
    const text = name.type === "Identifier"
      ? name.name
      : name.type === "TSQualifiedName"
      ? name.right.name
      : "";
    return /Options$/.test(text);
  }
  return false;
}

/** True when the signature belongs to someone else: a callback handed to a call, or a class's method. */
function isSignatureFixedElsewhere(node: FunctionNode): boolean {
  const parent = node.parent;
  if (parent.type === "CallExpression" || parent.type === "NewExpression") return true;
  // A method's shape is usually the interface's (ContainerRuntime, TransformStream's transformer).
  if (parent.type === "MethodDefinition" || parent.type === "Property") return true;
  // A function assigned to an object's property replaces one whose signature that object fixes (`app.fetch`).
  if (parent.type === "AssignmentExpression" && parent.left.type === "MemberExpression") return true;
  return false;
}

function checkParams(context: Deno.lint.RuleContext, node: FunctionNode): void {
  if (isSignatureFixedElsewhere(node)) return;
  const params = node.params;
  if (params.length <= MAX_POSITIONAL) return;
  const last = params[params.length - 1];
  if (params.length === MAX_POSITIONAL + 1 && last && isOptionsParam(last)) return;
  const name = node.type === "FunctionDeclaration" && node.id ? `"${node.id.name}" ` : "";
  context.report({
    node,
    message:
      `Function ${name}takes ${params.length} positional parameters: at most ${MAX_POSITIONAL} plus an ` +
      "options object (house style)",
    hint: "Move the extra parameters into an options object: f(a, b, { c, d })",
  });
}

const plugin: Deno.lint.Plugin = {
  name: "ai-router",
  rules: {
    "max-positional-params": {
      create(context) {
        return {
          FunctionDeclaration: (node) => checkParams(context, node),
          FunctionExpression: (node) => checkParams(context, node),
          ArrowFunctionExpression: (node) => checkParams(context, node),
        };
      },
    },
  },
};

export default plugin;
