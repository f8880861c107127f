/** Opens the start design once (sample via react-query, or an empty design) and reports problems. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { emptyOrchestration } from '../model/factories';
import { useUiStore } from '../store/uiStore';
import { openDocument } from './documentIo';
import { fetchSample, startSource } from './sampleSource';

const source = startSource(window.location.search);

export function useStartDocument(): { loading: boolean } {
  const names = source.kind === 'samples' ? source.names : [];
  const query = useQuery({ queryKey: ['sample', names], queryFn: () => fetchSample(names), enabled: names.length > 0, retry: false, staleTime: Infinity });
  const opened = useRef(false);

  useEffect(() => {
    if (opened.current) return;
    const notify = useUiStore.getState().notify;
    if (source.kind === 'new') {
      opened.current = true;
      openDocument(emptyOrchestration(), 'New design', { fresh: true });
      return;
    }
    if (query.isPending) return;
    opened.current = true;
    const data = query.data;
    if (!data || !data.found) {
      const what = source.explicit ? `Sample "${source.names[0]}" was not found` : 'No sample design was found';
      notify(source.explicit ? 'error' : 'info', `${what}${query.error ? ` (${query.error.message})` : ''}. Starting with an empty design.`);
      openDocument(emptyOrchestration(), 'New design', { fresh: true });
      return;
    }
    const { result, name } = data;
    if (!result.doc) {
      const first = result.problems[0];
      notify('error', `Sample "${name}" cannot be opened: ${first ? `${first.path || 'document'}: ${first.message}` : 'invalid document'}. Starting with an empty design.`);
      openDocument(emptyOrchestration(), 'New design', { fresh: true });
      return;
    }
    openDocument(result.doc, `Open sample ${name}`, { fresh: true });
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    if (errors) notify('warning', `Sample "${name}" has ${errors} validation error${errors > 1 ? 's' : ''}: see the marked elements.`);
  }, [query.isPending, query.data, query.error]);

  return { loading: source.kind === 'samples' && query.isPending };
}
