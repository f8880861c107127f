/** One flow of the org's catalog by name (read through the same cached list as the pickers). */
import type { Flow, FlowType } from '../model/types';
import { useFlows } from './useFlows';

export function useFlowDetails(name: string | undefined, type: FlowType): Flow | undefined {
  const query = useFlows({ type });
  return name ? query.data?.find((f) => f.name === name) : undefined;
}
