/**
 * Training round 12 hard negatives, agent frameworks: a coordinator and a planner with a user goal, a JSON agent's
 * wrapped user message, a CrewAI task under its role and ReAct tools, AutoGen's assistant and LangChain's zero-shot
 * ReAct prompt, each with a real user goal.
 */
import { sys, usr } from "./_types.ts";
import type { Item12 } from "./_negatives_training12_item.ts";
import * as A from "./_prompts_training12_agents.ts";
import { LANGCHAIN_REACT, READ_SOURCES_12 as R } from "./_prompts_training12_read.ts";

const S = A.AGENT_SOURCES_12;
const CREW_SYSTEM = A.CREWAI_ROLE.replace("{role}", "Senior Research Analyst")
  .replace("{backstory}", "You work at a consumer magazine and check claims before they are printed.")
  .replace("{goal}", "Find reliable, current facts for the editor") + A.CREWAI_TOOLS;
const crewTask = (description: string, expected: string) =>
  A.CREWAI_TASK.replace("{input}", description + A.CREWAI_EXPECTED.replace("{expected_output}", expected));
const agentZero = (message: string) =>
  A.AGENT_ZERO_USER.replace("{{system_message}}", '""').replace("{{message}}", JSON.stringify(message))
    .replace("{{attachments}}", "[]");

export const FRAMEWORK_ITEMS_12: Item12[] = [
  {
    kind: "agent-framework",
    lang: "en",
    source: S.LANGMANUS_COORDINATOR,
    messages: [sys(A.LANGMANUS_COORDINATOR), usr("hi! what can you do?")],
  },
  {
    kind: "agent-framework",
    lang: "zh",
    source: S.LANGMANUS_COORDINATOR,
    messages: [
      sys(A.LANGMANUS_COORDINATOR),
      usr("帮我调研一下 2026 年国内电动车的销量前五名，并写一份简短报告。"),
    ],
  },
  {
    kind: "agent-framework",
    lang: "en",
    source: S.LANGMANUS_PLANNER,
    messages: [
      sys(A.LANGMANUS_PLANNER),
      usr(
        "Compare the total cost of ownership of a heat pump and a gas boiler for a 120 m² house in Germany over 15 years.",
      ),
    ],
  },
  {
    kind: "agent-framework",
    lang: "de",
    source: S.LANGMANUS_PLANNER,
    messages: [
      sys(A.LANGMANUS_PLANNER),
      usr("Wie hat sich der Kurs der SAP-Aktie im letzten Jahr entwickelt? Mit Diagramm bitte."),
    ],
  },
  {
    kind: "agent-framework",
    lang: "en",
    source: S.AGENT_ZERO_SYSTEM,
    messages: [
      sys(A.AGENT_ZERO_SYSTEM),
      usr(agentZero("Download the CSV from my Downloads folder and tell me the average order value.")),
    ],
  },
  {
    kind: "agent-framework",
    lang: "it",
    source: S.AGENT_ZERO_SYSTEM,
    messages: [
      sys(A.AGENT_ZERO_SYSTEM),
      usr(
        agentZero(
          "Trova tre voli economici da Milano a Lisbona per il primo weekend di marzo e fammi una tabella.",
        ),
      ),
    ],
  },
  {
    kind: "agent-framework",
    lang: "en",
    source: S.CREWAI_TOOLS,
    messages: [
      sys(CREW_SYSTEM),
      usr(crewTask(
        "Check whether the claim 'Dishwashers use less water than washing by hand' holds for current EU models.",
        "A verdict (true, false, depends) with three cited sources.",
      )),
    ],
  },
  {
    kind: "agent-framework",
    lang: "en",
    source: S.CREWAI_TOOLS,
    messages: [
      sys(CREW_SYSTEM),
      usr(crewTask(
        "Write the headline and a 2-sentence teaser for our article on e-bike batteries catching fire.",
        "One headline under 70 characters and a teaser of two sentences.",
      )),
    ],
  },
  {
    kind: "agent-framework",
    lang: "en",
    source: S.AUTOGEN_SYSTEM,
    messages: [
      sys(A.AUTOGEN_SYSTEM),
      usr("What's the weather in Oslo tomorrow, and should I take the ferry or the train to Drøbak?"),
    ],
  },
  {
    kind: "agent-framework",
    lang: "fr",
    source: S.AUTOGEN_SYSTEM,
    messages: [
      sys(A.AUTOGEN_SYSTEM),
      usr("Calcule le remboursement mensuel d'un prêt de 180 000 € sur 20 ans à 3,4 %."),
    ],
  },
  {
    kind: "agent-framework",
    lang: "en",
    source: R.LANGCHAIN,
    messages: [
      usr(LANGCHAIN_REACT(
        "Who won the 2026 Tour de France, and how old will they be next July?",
        {
          tools:
            "Search: useful for when you need to answer questions about current events\nCalculator: useful for when you need to answer questions about math",
          toolNames: "Search, Calculator",
        },
      )),
    ],
  },
  {
    kind: "agent-framework",
    lang: "es",
    source: R.LANGCHAIN,
    messages: [
      usr(LANGCHAIN_REACT(
        "¿Cuántos años pasaron entre la fundación de Buenos Aires y la de Montevideo?",
        {
          tools:
            "wikipedia: A wrapper around Wikipedia. Useful for general questions about people, places, history.\nCalculator: useful for when you need to answer questions about math",
          toolNames: "wikipedia, Calculator",
        },
      )),
    ],
  },
];
