/**
 * The simulation's limits in a scenario (`limits`, FORMAT §3): how much virtual time a run may
 * last and how many status changes it may make before the simulator stops it. The defaults (a day,
 * ten million) suit most designs; a flow that waits three days, or a design meant to loop for a
 * long time, needs more — and the run view says when a limit stopped a run.
 */
import { useState } from 'react';
import { DEFAULT_MAX_TIME_MS, DEFAULT_MAX_TRANSITIONS } from '../../model/scenarioLimits';
import type { Scenario } from '../../model/types';
import { input } from './fieldStyles';
import { withEntry, withField } from './scenarioFields';

type Limits = NonNullable<Scenario['limits']>;

const UNITS = [
  { value: 'days', label: 'days', ms: 86_400_000 },
  { value: 'hours', label: 'hours', ms: 3_600_000 },
  { value: 'minutes', label: 'minutes', ms: 60_000 },
] as const;
type Unit = (typeof UNITS)[number];

/** A time limit as a number of the largest unit it is a whole number of (minutes otherwise). */
export function limitInUnits(ms: number): { amount: number; unit: Unit } {
  const unit = UNITS.find((u) => ms % u.ms === 0) ?? UNITS[2];
  return { amount: ms / unit.ms, unit };
}

/** The scenario with `limits` changed; a limit back at its default is dropped, and `limits` with it when empty. */
export function withLimits(scenario: Scenario, change: Partial<Record<'maxTimeMs' | 'maxTransitions', number | null>>): Scenario {
  let next: Record<string, unknown> = { ...scenario.limits };
  for (const [key, value] of Object.entries(change)) {
    const fallback = key === 'maxTimeMs' ? DEFAULT_MAX_TIME_MS : DEFAULT_MAX_TRANSITIONS;
    next = withEntry<unknown>(next, key, value === null || value === undefined || value === fallback ? undefined : value);
  }
  return withField(scenario, 'limits', next as Limits);
}

/** A positive whole number typed in a field, or null (empty or not one). */
function positiveWhole(text: string): number | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * A field for a positive whole number: what is typed stays as typed (even empty, for a moment)
 * and only a positive whole number is kept; leaving the field shows what is kept.
 */
function WholeNumberField({ label, value, className, onValue }: { label: string; value: number; className: string; onValue: (n: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && positiveWhole(draft) === null;
  return (
    <input
      type="number"
      min={1}
      step={1}
      aria-label={label}
      aria-invalid={invalid || undefined}
      title={invalid ? 'A whole number, 1 or more' : undefined}
      className={`${input} ${className} ${invalid ? 'border-status-error' : ''}`}
      value={draft ?? String(value)}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = positiveWhole(e.target.value);
        if (n !== null) onValue(n);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

export function RunLimitsEditor({ scenario, onChange }: { scenario: Scenario; onChange: (s: Scenario) => void }) {
  const maxTimeMs = scenario.limits?.maxTimeMs ?? DEFAULT_MAX_TIME_MS;
  // the unit is the admin's choice once made: 48 hours typed stays 48 hours, not 2 days
  const [chosenUnit, setChosenUnit] = useState<Unit | null>(null);
  const unit = chosenUnit ?? limitInUnits(maxTimeMs).unit;
  const time = { amount: maxTimeMs / unit.ms, unit };
  const transitions = scenario.limits?.maxTransitions ?? DEFAULT_MAX_TRANSITIONS;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-2">
          Stop the simulation after
          <WholeNumberField label="Time limit" className="w-24" value={time.amount} onValue={(amount) => onChange(withLimits(scenario, { maxTimeMs: amount * time.unit.ms }))} />
        </label>
        <select
          aria-label="Time limit unit"
          className={input}
          value={time.unit.value}
          onChange={(e) => {
            const next = UNITS.find((u) => u.value === e.target.value)!;
            setChosenUnit(next);
            onChange(withLimits(scenario, { maxTimeMs: time.amount * next.ms }));
          }}
        >
          {/* "1 day", "2 days": the unit reads with the number before it */}
          {UNITS.map((u) => <option key={u.value} value={u.value}>{time.amount === 1 ? u.label.slice(0, -1) : u.label}</option>)}
        </select>
        <span>of virtual time, or</span>
        <label className="flex items-center gap-2">
          <WholeNumberField label="Status change limit" className="w-32" value={transitions} onValue={(n) => onChange(withLimits(scenario, { maxTransitions: n }))} />
          status changes
        </label>
      </div>
      <p className="text-xs text-ink-600">
        Defaults: 1 day and 10,000,000. A run still going at a limit stops there, and the run view says which limit stopped it.
      </p>
    </div>
  );
}
