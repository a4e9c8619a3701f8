/**
 * Blind round 26: hydrahive's compaction request. `build_summary_prompt` puts a block of runtime facts and an output
 * schema in the system message and the conversation lines in the user message; the strings below are copied from
 * hydrahive/hydrahive core/src/hydrahive_core/compaction_summary.py@e559255639dd707d92d1742ee7ee40bf2dbe59c4.
 */

/** `_OUTPUT_SCHEMA_INSTRUCTION`. */
export const HYDRA_SCHEMA =
  '## Ausgabe-Format\n\nBeginne deine Antwort mit einem YAML-Frontmatter-Block (genau drei Bindestriche\noben und unten). Danach folgt die freie Markdown-Summary. Kein Text VOR dem\nFrontmatter.\n\n```\n---\nschema: compaction-task-state@1\ngoal: <kurzer Satz>\nscope_in: [<item>, ...]\nscope_out: [<item>, ...]\nfiles_touched: [<path>, ...]\ncommits: [<hash>, ...]\nissues: ["#660", ...]\ntests:\n  passed: <int|null>\n  failed: <int|null>\n  suites: [<path>, ...]\nrisks: [<text>, ...]\nnext_step: <text>\nruntime:\n  active_hooks: [<name>, ...]\n  worktrees:   [<id>, ...]\n  active_skills: [<name>, ...]\n  isolation_mode: <safe|patch_only|write_scoped|null>\n  write_scope: [<glob>, ...]\n---\n\n## Aktueller Arbeitskontext (WICHTIGSTER ABSCHNITT)\n<Was GERADE läuft; Datei/Verzeichnis; letzte Aktion, erwarteter nächster Schritt.>\n\n## Ziel\n<Übergeordnetes Ziel.>\n\n## Kontext & Entscheidungen\n<Fakten, Constraints, Pfade, getroffene Entscheidungen.>\n\n## Tool-Nutzung\n<Welche Tools, welche Ergebnisse. Nur tatsächlich ausgeführte Calls.>\n\n## Fortschritt\n### Erledigt\n- [x] ...\n### In Arbeit\n- [ ] ...\n### Blockiert\n- **Problem**: ...\n```\n\nKRITISCH:\n- Die Fakten-Zeilen aus dem oben gelieferten `## Runtime-Kontext`-Block\n  werden im Frontmatter wörtlich übernommen (goal, files_touched, commits,\n  issues, tests, runtime.*). Nicht erfinden, nicht umformulieren.\n- Wenn eine Fakten-Quelle leer ist → leere Liste bzw. null. Nicht raten.\n- scope_in, scope_out, risks, next_step, Body-Sektionen formulierst du\n  selbst aus der Konversation.\n- Antworte NUR mit Frontmatter + Summary. Keine Einleitung.';

/** `render_task_state_block` for a session without working state: every fact source empty but the last user turn. */
export function hydraStateBlock(lastUser: string): string {
  return [
    "## Runtime-Kontext (Fakten — übernimm wörtlich, keine Reinterpretation)",
    "",
    "- **Ziel**: (unbekannt)",
    "- **Offene Dateien**: []",
    "- **Letzte Tool-Calls**: []",
    "- **Git**: []",
    "- **Commits**: []",
    "- **Issues**: []",
    "- **Tests**: (keine Signale)",
    "- **Runtime.active_hooks**: []",
    "- **Runtime.worktrees**: []",
    "- **Runtime.active_skills**: []",
    ...(lastUser ? [`- **next_step_hint**: ${lastUser.slice(0, 200)}`] : []),
  ].join("\n");
}

/** The system message of `build_summary_prompt` without an earlier summary. */
export const hydraSystem = (lastUser: string) =>
  "Du erstellst eine strukturierte, maschinenlesbare Zusammenfassung der folgenden Konversation.\n\n" +
  hydraStateBlock(lastUser) + "\n\n" + HYDRA_SCHEMA;
