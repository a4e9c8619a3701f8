type Trie = Map<string, Trie>;
const END = "";

function escape(char: string): string {
  if (char === " ") return "\\s+";
  return char.replace(/[.+?^${}()|[\]\\/-]/g, "\\$&");
}

function toSource(node: Trie, stemLetters: string): string {
  const branches: string[] = [];
  let ends = false;
  for (const [char, child] of node) {
    if (char === END) ends = true;
    else if (char === "*") branches.push(`${stemLetters}*`);
    else branches.push(escape(char) + toSource(child, stemLetters));
  }
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0] as string : `(?:${branches.join("|")})`;
  return ends ? `(?:${body})?` : body;
}

/**
 * One regex source for a list of words, factored as a trie (`diagnos*` and `diabetes` share `dia`): irregexp
 * tries one branch per character instead of every word at every position, which makes a list of a few
 * hundred words about twice as fast. A trailing `*` is a stem (`stemLetters` may follow); a space matches
 * any run of white space.
 */
export function toTriePattern(words: readonly string[], stemLetters: string): string {
  const root: Trie = new Map();
  for (const word of new Set(words)) {
    let node = root;
    for (const char of [...word, END]) {
      let child = node.get(char);
      if (child === undefined) node.set(char, child = new Map());
      node = child;
    }
  }
  return toSource(root, stemLetters);
}
