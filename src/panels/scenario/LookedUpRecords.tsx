/**
 * The records the project's flows look up by fixed values (lookupSites.ts), each found among the
 * scenario's org records or one click from it — so a flow that needs its org's setup (a
 * notification type, a queue) does not fault on the simulator's empty org.
 */
import { useMemo, useRef } from 'react';
import type { Orchestration, Scenario } from '../../model/types';
import { button } from './fieldStyles';
import { giveLookupRecord, lookupMatch, lookupSites, lookupWhere, type LookupSite } from '../../verify/hints/lookupSites';
import { focusNextFrame } from '../../ui/focusLater';

const where = lookupWhere;

/** "an Incident", "an Account", "a User" (a U sounds "you" in the objects of an org): the article before an object's name. */
const aOrAn = (object: string) => (/^[aeio]/i.test(object) ? 'an' : 'a');

function LookupRow({ site, scenario, onChange }: { site: LookupSite; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const row = useRef<HTMLLIElement>(null);
  const match = lookupMatch(scenario, site);
  const give = () => {
    onChange(giveLookupRecord(scenario, site));
    // the button goes once the record is there: the row keeps the focus and says so — unless the
    // user has put focus elsewhere before that frame (ui/focusLater.ts)
    focusNextFrame(() => (row.current && !row.current.contains(document.activeElement) ? row.current : null));
  };
  return (
    <li ref={row} tabIndex={-1} className="flex flex-wrap items-center gap-2 text-xs focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500">
      <span className="font-mono">{`${site.object} where ${where(site)}`}</span>{' '}
      <span className="text-ink-600">
        {`(${site.elements.join(', ')}${site.steps ? `, with the value given by ${site.steps.length === 1 ? 'step' : 'steps'} ${site.steps.join(', ')}` : ''}) — ${match === null ? 'none in the org yet: the lookup finds nothing' : `${site.object} ${match + 1} matches`}`}
      </span>
      {match === null && (
        <button type="button" className={button} onClick={give}>
          {`Add ${aOrAn(site.object)} ${site.object} with ${where(site)}`}
        </button>
      )}
    </li>
  );
}

export function LookedUpRecords({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const sites = useMemo(() => lookupSites(doc), [doc]);
  if (sites.length === 0) return null;
  return (
    <div className="space-y-1">
      <p className="text-sm">Records the flows look up by fixed values</p>
      <ul className="space-y-1">
        {sites.map((site) => <LookupRow key={`${site.object} ${where(site)}`} site={site} scenario={scenario} onChange={onChange} />)}
      </ul>
    </div>
  );
}
