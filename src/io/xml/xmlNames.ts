/**
 * The names a Flow file declares (stages, steps, decisions and their outcomes, variables and other
 * resources). Values that name one of them are written as `<elementReference>`; see values.ts.
 * Import reads them from the XML; export from the model plus what `extensions` kept, so both sides
 * see the same set.
 */
import type { Orchestration } from '../../model/types';
import { readKept } from './extensions';
import { childrenOf, childText, type XmlNode } from './xmlNode';

/** Tags whose names are elements (stages, steps, decisions, outcomes) rather than resources holding a value. */
const ELEMENT_TAGS = new Set(['orchestratedStages', 'stageSteps', 'decisions', 'rules']);
const NAMED_TAGS = new Set([...ELEMENT_TAGS, 'variables', 'constants', 'formulas', 'textTemplates', 'choices', 'dynamicChoiceSets']);

/**
 * Every declared name, and which of them are elements. An element's name is a reference only as the
 * head of a dotted one (`Review.Status`, `Review.Outputs.x`): alone it names no value (R50), so a
 * literal that happens to equal it (`"Escalated"` in a stage called Escalated) is a literal.
 */
export class DeclaredNames extends Set<string> {
  readonly elements = new Set<string>();

  add(name: string, element = false): this {
    if (element) this.elements.add(name);
    return super.add(name);
  }
}

/** Names declared by `node` and the named elements below it. */
export function declaredNames(node: XmlNode, into: DeclaredNames = new DeclaredNames(), depth = 0): DeclaredNames {
  if (depth > 4) return into;
  for (const child of childrenOf(node)) {
    if (!NAMED_TAGS.has(child.tag)) continue;
    const name = childText(child, 'name');
    if (name) into.add(name, ELEMENT_TAGS.has(child.tag));
    declaredNames(child, into, depth + 1);
  }
  return into;
}

/** Names declared by a model document, including elements kept verbatim in its extensions. */
export function modelNames(doc: Orchestration): DeclaredNames {
  const names = new DeclaredNames();
  const addKept = (extensions: unknown) => {
    for (const { element } of readKept(extensions)) {
      if (!NAMED_TAGS.has(element.tag)) continue;
      const name = childText(element, 'name');
      if (name) names.add(name, ELEMENT_TAGS.has(element.tag));
      declaredNames(element, names);
    }
  };
  for (const variable of doc.variables ?? []) names.add(variable.name);
  for (const formula of doc.formulas ?? []) names.add(formula.name);
  for (const stage of doc.stages) {
    names.add(stage.name, true);
    stage.steps.forEach((step) => names.add(step.name, true));
    addKept(stage.extensions);
  }
  for (const decision of doc.decisions ?? []) {
    names.add(decision.name, true);
    decision.outcomes.forEach((outcome) => names.add(outcome.name, true));
    addKept(decision.extensions);
  }
  addKept(doc.extensions);
  return names;
}
