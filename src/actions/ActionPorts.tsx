/**
 * What actions reach besides the store, provided by the app (the composition root): the canvas's
 * nodes, the Import file picker, the layout engine. Actions stay free of the layers above them.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { ActionContext } from './types';

export type ActionPorts = Omit<ActionContext, 'store'>;

const PortsContext = createContext<ActionPorts>({});

export function ActionPortsProvider({ ports, children }: { ports: ActionPorts; children: ReactNode }) {
  return <PortsContext.Provider value={ports}>{children}</PortsContext.Provider>;
}

export function useActionPorts(): ActionPorts {
  return useContext(PortsContext);
}
