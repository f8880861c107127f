/** The connectors the canvas draws, as document facts (so commands can add or remove them). */
export type LinkRef =
  | { kind: 'predecessor'; step: string }
  | { kind: 'next'; from: string }
  | { kind: 'fault'; from: string }
  | { kind: 'outcome'; decision: string; outcome: string }
  | { kind: 'default'; decision: string };
