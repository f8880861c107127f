/**
 * The ports the app gives to actions (see actions/ActionPorts.tsx): the canvas's nodes for
 * pictures, the Import file picker, and opening and saving projects.
 */
import { useMemo, useRef } from 'react';
import type { ActionPorts } from '../actions/ActionPorts';
import { useAppStore } from '../store/appStore';
import { sketchPicture } from '../canvas/sketchPicture';
import { canvasNodes } from './canvasNodes';

export function useAppPorts() {
  const fileInput = useRef<HTMLInputElement>(null);
  const ports = useMemo<ActionPorts>(() => ({
    getCanvasNodes: canvasNodes.get,
    sketchPicture,
    pickImportFile: () => fileInput.current?.click(),
    openProjectFolder: () => import('./project/openProject').then((m) => m.openProjectFolder(useAppStore)),
    saveToProject: () => import('./project/saveToProject').then((m) => m.saveToProject(useAppStore)),
  }), []);
  return { ports, fileInput };
}
