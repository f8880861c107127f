/**
 * The names a Flow file declares (stages, steps, decisions and their outcomes, variables and other
 * resources). Values that name one of them are written as `<elementReference>`; see values.ts.
 * Import reads them from the XML; export from the model plus what `extensions` kept, so both sides
 * see the same set.
 */
import type { Orchestration } from '../../model/types';
import { readKept } from './extensions';
import { childrenOf, childText, type XmlNode } from './xmlNode';

const NAMED_TAGS = new Set([
  'orchestratedStages', 'stageSteps', 'decisions', 'rules', 'variables', 'constants', 'formulas',
  'textTemplates', 'choices', 'dynamicChoiceSets',
]);

/** Names declared by `node` and the named elements below it. */
export function declaredNames(node: XmlNode, into: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 4) return into;
  for (const child of childrenOf(node)) {
    if (!NAMED_TAGS.has(child.tag)) continue;
    const name = childText(child, 'name');
    if (name) into.add(name);
    declaredNames(child, into, depth + 1);
  }
  return into;
}

/** Names declared by a model document, including elements kept verbatim in its extensions. */
export function modelNames(doc: Orchestration): Set<string> {
  const names = new Set<string>();
  const addKept = (extensions: unknown) => {
    for (const { element } of readKept(extensions)) {
      if (!NAMED_TAGS.has(element.tag)) continue;
      const name = childText(element, 'name');
      if (name) names.add(name);
      declaredNames(element, names);
    }
  };
  for (const variable of doc.variables ?? []) names.add(variable.name);
  for (const formula of doc.formulas ?? []) names.add(formula.name);
  for (const stage of doc.stages) {
    names.add(stage.name);
    stage.steps.forEach((step) => names.add(step.name));
    addKept(stage.extensions);
  }
  for (const decision of doc.decisions ?? []) {
    names.add(decision.name);
    decision.outcomes.forEach((outcome) => names.add(outcome.name));
    addKept(decision.extensions);
  }
  addKept(doc.extensions);
  return names;
}
