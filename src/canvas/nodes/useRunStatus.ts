/**
 * What a node shows during a run: its status at the moment the player shows, who it runs as, and
 * its async progress. Each node subscribes to its own entry only, so a status change re-renders
 * just the nodes it touches. Outside a run everything is null and nothing re-renders.
 */
import { useLayoutEffect, type RefObject } from 'react';
import type { AnyStatus } from '../../ui/statusStyles';
import { useAppStore } from '../../store/appStore';
import { selectRunShown } from '../../store/selectors';
import { standInShown } from '../../player/flowRunsShown';
import { own } from '../../model/ownKey';
import { runAsOf, runStatusOf, type RunKind } from './runAttributes';


/** The status a stage or step node shows now, or null outside run mode. */
export function useRunStatus(name: string, kind: RunKind): AnyStatus | null {
  return useAppStore((s) => runStatusOf(s, name, kind));
}

/** Who a started step runs as now (UI-CONTRACT `data-run-as`), or null. */
export function useRunAs(name: string): string | null {
  return useAppStore((s) => runAsOf(s, name));
}

/** Whether a project flow of the step (its own, or a condition's) has taken its stand-in by the moment shown. */
export function useStandIn(name: string): boolean {
  return useAppStore((s) => selectRunShown(s) && s.trace !== null && standInShown(s.trace, name, { index: s.cursor.index, time: s.cursor.time, events: s.trace.events.length }));
}

/** Whether the step has an open work item now. */
export function useOpenWorkItem(name: string): boolean {
  return useAppStore((s) => selectRunShown(s) && s.snapshot!.openWorkItems.includes(name));
}

/**
 * Progress (0..1) of a running async step: virtual time elapsed over its duration, quantised to
 * 5% so that playback re-renders a node about twenty times per run of the step, not every frame.
 */
export function useAsyncProgress(name: string, active: boolean): number | null {
  return useAppStore((s) => {
    if (!active || !s.trace || !s.snapshot) return null;
    const info = own(s.trace.steps, name);
    const started = own(s.snapshot.stepStartedAt, name);
    if (!info || info.mode !== 'async' || started === undefined || info.endedAt === null || info.startedAt !== started) return null;
    const duration = info.endedAt - started;
    if (duration <= 0) return null;
    return Math.round(Math.min(1, Math.max(0, (s.cursor.time - started) / duration)) * 20) / 20;
  });
}

/**
 * Mirrors a run attribute onto React Flow's node wrapper (`.react-flow__node`), where browser tests
 * look for it, as well as on the node's own element. `null` removes it.
 */
export function useWrapperAttribute(ref: RefObject<HTMLElement | null>, name: string, value: string | null): void {
  useLayoutEffect(() => {
    const wrapper = ref.current?.closest<HTMLElement>('.react-flow__node');
    if (!wrapper) return;
    if (value === null) wrapper.removeAttribute(name);
    else wrapper.setAttribute(name, value);
  }, [ref, name, value]);
}

/**
 * The event index of the latest beat when it changed this node (so the node can mark the change
 * briefly, restarting the mark on each new change), else null. Only the nodes whose answer changes
 * re-render.
 */
export function useJustChanged(name: string): number | null {
  return useAppStore((s) => {
    const change = selectRunShown(s) ? s.snapshot!.lastChange : null;
    return change && change.element === name ? change.index : null;
  });
}
