/**
 * What the actions the project's flows call do in this scenario (`actions`): succeed, with the
 * outputs the flow reads, or fail with a message — then the element's fault path is taken, or the
 * flow faults. Shown only for a design whose catalog flows carry their own elements (a project).
 */
import { useMemo } from 'react';
import type { Orchestration, Scenario } from '../../model/types';
import { own } from '../../model/ownKey';
import { actionSites, readOutput, siteWords, showOutput, withOutput, withStandIn, type ActionSite, type StandIn } from './actionSites';
import { button, input } from './fieldStyles';

const DEFAULT_FAULT = 'The action failed.';

/**
 * `standIn` is the one that applies: the element's own, else the one for every element calling its
 * action (`inherited`).
 */
function ActionRow({ site, standIn, inherited, onChange }: { site: ActionSite; standIn: StandIn | undefined; inherited: boolean; onChange: (next: StandIn | null) => void }) {
  const fails = standIn?.fault !== undefined;
  const outputs = standIn?.outputs ?? {};
  const setOutput = (name: string, text: string) => {
    const next = withOutput(outputs, name, readOutput(text));
    onChange(Object.keys(next).length > 0 ? { outputs: next } : null);
  };
  return (
    <li className="space-y-1 rounded border border-ink-400/20 p-1 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono">{site.element}</span>
        <span className="text-xs text-ink-600">{siteWords(site)}</span>
        <select
          aria-label={`What ${site.element} does`}
          className={input}
          value={fails ? 'fails' : 'succeeds'}
          onChange={(e) => onChange(e.target.value === 'fails' ? { fault: DEFAULT_FAULT } : null)}
        >
          <option value="succeeds">Succeeds</option>
          <option value="fails">Fails</option>
        </select>
      </div>
      {inherited && <p className="text-xs text-ink-600">{`As the stand-in for every ${site.actionName} action says; a change here is for ${site.element} only.`}</p>}
      {fails ? (
        <div className="space-y-1">
          <label className="flex flex-wrap items-center gap-2">
            Failure message
            <input
              className={`${input} min-w-0 flex-1`}
              aria-label={`${site.element} failure message`}
              value={standIn?.fault ?? ''}
              // a failure always has a message: emptied, it is the default one
              onChange={(e) => onChange({ fault: e.target.value.trim() === '' ? DEFAULT_FAULT : e.target.value })}
            />
          </label>
          <p className="text-xs text-ink-600">
            {site.hasFaultPath ? 'The element\u2019s fault path is taken.' : 'It has no fault path: the flow fails, and the step with it.'}
          </p>
        </div>
      ) : (
        site.outputs.length > 0 && (
          <div className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1 text-xs">
            {site.outputs.map((name) => (
              <label key={name} className="contents">
                <span className="font-mono">{name}</span>
                <input
                  className={input}
                  aria-label={`${site.element} output ${name}`}
                  placeholder="empty (null)"
                  value={showOutput(outputs[name])}
                  onChange={(e) => setOutput(name, e.target.value)}
                />
              </label>
            ))}
          </div>
        )
      )}
    </li>
  );
}

export function ActionsEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const sites = useMemo(() => actionSites(doc), [doc]);
  if (sites.length === 0) return null;
  const actions = scenario.actions ?? {};
  const elements = new Set(sites.map((s) => s.element));
  const actionNames = new Set(sites.map((s) => s.actionName));
  // stand-ins a file keyed by the action's name (every element calling it) or by nothing the flows call
  const others = Object.keys(actions).filter((key) => !elements.has(key));
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">Actions the flows call</legend>
      <p className="text-xs text-ink-600">
        Nothing leaves the simulator: an action succeeds, with empty outputs unless you give them here (numbers and true/false are read as such).
      </p>
      <ul className="space-y-1">
        {sites.map((site) => {
          const byAction = own(actions, site.actionName);
          // with a stand-in for the whole action, "succeeds" must be said for this element ({})
          const change = (next: StandIn | null) => onChange(withStandIn(scenario, site.element, next ?? (byAction ? {} : null)));
          return <ActionRow key={site.element} site={site} standIn={own(actions, site.element) ?? byAction} inherited={!own(actions, site.element) && !!byAction} onChange={change} />;
        })}
      </ul>
      {others.map((key) => (
        <p key={key} className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            {actionNames.has(key)
              ? <>A stand-in for every <span className="font-mono">{key}</span> action ({actions[key]!.fault !== undefined ? `fails: ${actions[key]!.fault}` : 'outputs given'}); a row above changed for its element wins over it.</>
              : <><span className="font-mono">{key}</span> is no action the flows call, so its stand-in is never used.</>}
          </span>
          <button type="button" className={button} aria-label={`Remove the stand-in ${key}`} onClick={() => onChange(withStandIn(scenario, key, null))}>
            Remove
          </button>
        </p>
      ))}
    </fieldset>
  );
}
