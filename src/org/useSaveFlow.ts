/** Saves a flow to the simulated org (a react-query mutation: pending, error, retry). */
import { useMutation } from '@tanstack/react-query';
import { saveFlowInOrg } from './orgApi';

export function useSaveFlow() {
  return useMutation({ mutationFn: saveFlowInOrg });
}
