/**
 * The properties panel: the `complementary` landmark named "Properties" (UI contract). It shows
 * the orchestration settings when nothing is selected, the form of the selected stage, step or
 * decision, or the shared fields of a multi-selection. It brings its own TanStack Query client for
 * the simulated org and keeps it in step with the document's catalog.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { syncCatalog } from '../org/catalogSync';
import { locateElement } from '../commands/elementLocator';
import { orgQueryClient } from '../org/orgQueryClient';
import { DecisionForm } from './decision/DecisionForm';
import { MultiSelectionForm } from './MultiSelectionForm';
import { OrchestrationForm } from './orchestration/OrchestrationForm';
import { StageForm } from './stage/StageForm';
import { StepForm } from './step/StepForm';
import { useAppStore } from '../store/appStore';
import { selectDoc } from '../store/selectors';

function headingOf(kind: string | undefined, count: number): string {
  if (count > 1) return `${count} elements`;
  if (kind === 'stage') return 'Stage';
  if (kind === 'step') return 'Step';
  if (kind === 'decision') return 'Decision';
  return 'Orchestration';
}

function SelectedForm() {
  const doc = useAppStore(selectDoc);
  const selected = useAppStore((s) => s.selected);
  const existing = selected.filter((n) => locateElement(doc, n));
  const single = existing.length === 1 ? locateElement(doc, existing[0]!) : null;
  const heading = headingOf(single?.kind, existing.length);
  return (
    <>
      <h2 className="text-base font-semibold text-brand-900">{heading}</h2>
      {existing.length > 1 ? (
        <MultiSelectionForm key={existing.join(',')} names={existing} />
      ) : single?.kind === 'stage' ? (
        <StageForm name={existing[0]!} />
      ) : single?.kind === 'step' ? (
        <StepForm name={existing[0]!} />
      ) : single?.kind === 'decision' ? (
        <DecisionForm name={existing[0]!} />
      ) : (
        <OrchestrationForm />
      )}
    </>
  );
}

export function PropertiesPanel() {
  // The panel owns the org's cache while it is shown: catalog changes are pushed into it.
  useEffect(() => syncCatalog(orgQueryClient, useAppStore), []);
  return (
    // data-design-fields: Ctrl/Cmd+Z in its text fields is the app's Undo (actions/fieldHistoryKey.ts)
    <aside aria-label="Properties" data-design-fields className="h-full overflow-y-auto bg-gray-50 p-3 text-ink-800">
      <QueryClientProvider client={orgQueryClient}>
        <div className="space-y-3">
          <SelectedForm />
        </div>
      </QueryClientProvider>
    </aside>
  );
}
