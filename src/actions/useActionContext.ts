/** The context actions run with in the app: the app store and the ports the app provides. */
import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { useActionPorts } from './ActionPorts';
import type { ActionContext } from './types';

export function useActionContext(): ActionContext {
  const ports = useActionPorts();
  return useMemo(() => ({ ...ports, store: useAppStore }), [ports]);
}
