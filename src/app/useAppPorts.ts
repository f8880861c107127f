/**
 * The ports the app gives to actions (see actions/ActionPorts.tsx): the canvas's nodes for
 * pictures and the Import file picker.
 */
import { useReactFlow } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { ActionPorts } from '../actions/ActionPorts';

export function useAppPorts() {
  const { getNodes } = useReactFlow();
  const fileInput = useRef<HTMLInputElement>(null);
  const ports = useMemo<ActionPorts>(() => ({
    getCanvasNodes: getNodes,
    pickImportFile: () => fileInput.current?.click(),
  }), [getNodes]);
  return { ports, fileInput };
}
