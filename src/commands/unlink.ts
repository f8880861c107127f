/** Removes one connector from the document. */
import type { Orchestration } from '../model/types';
import { mapDecisions, mapStages, mapSteps, STAGE_STARTS } from './edits';
import { setNextOf } from './linking';
import type { LinkRef } from './links';

export function unlink(doc: Orchestration, link: LinkRef): Orchestration {
  switch (link.kind) {
    case 'predecessor':
      return mapSteps(doc, (s) => (s.name === link.step && s.start?.mode === 'stepCompleted' ? { ...s, start: STAGE_STARTS } : s));
    case 'next':
      return setNextOf(doc, link.from, null);
    case 'default':
      return setNextOf(doc, link.decision, null);
    case 'fault':
      return mapStages(doc, (s) => {
        if (s.name !== link.from || !s.faultNext) return s;
        const { faultNext: _dropped, ...rest } = s;
        return rest;
      });
    case 'outcome':
      return mapDecisions(doc, (d) =>
        d.name !== link.decision
          ? d
          : { ...d, outcomes: d.outcomes.map((o) => (o.name === link.outcome && o.next ? { ...o, next: null } : o)) },
      );
  }
}
