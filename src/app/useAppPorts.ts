/**
 * The ports the app gives to actions (see actions/ActionPorts.tsx): the canvas's nodes for
 * pictures, the Import file picker, opening and saving projects, and the tidy layout (elkjs, loaded when first used).
 */
import { useReactFlow } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { ActionPorts } from '../actions/ActionPorts';
import { useAppStore } from '../store/appStore';

export function useAppPorts() {
  const { getNodes } = useReactFlow();
  const fileInput = useRef<HTMLInputElement>(null);
  const ports = useMemo<ActionPorts>(() => ({
    getCanvasNodes: getNodes,
    pickImportFile: () => fileInput.current?.click(),
    openProjectFolder: () => import('./project/openProject').then((m) => m.openProjectFolder(useAppStore)),
    saveToProject: () => import('./project/saveToProject').then((m) => m.saveToProject(useAppStore)),
    computeLayout: (doc) => import('../canvas/layout/tidyUp').then((m) => m.computeTidyLayout(doc)),
  }), [getNodes]);
  return { ports, fileInput };
}
