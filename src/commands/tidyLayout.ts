import { LAYOUT_VERSION } from '../model/layoutVersion';
import { defineCommand } from './command';

/**
 * Tidy up: forgets every recorded position, so the canvas arranges the whole design afresh
 * (stages as columns in run order, wrapped into rows; steps stacked by predecessor), as one edit.
 */
export const tidyLayout = defineCommand<Record<string, never>>('layout.tidy', 'Tidy up', (doc) => {
  const empty = !doc.layout || Object.keys(doc.layout).length === 0;
  if (empty && doc.layoutVersion === LAYOUT_VERSION) return doc;
  return { ...doc, layout: {}, layoutVersion: LAYOUT_VERSION };
});
