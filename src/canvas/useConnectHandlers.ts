/** Connecting by dragging from a handle: refused links say why while dragging and on release. */
import type { Connection, Edge, IsValidConnection, OnConnect, OnConnectEnd } from '@xyflow/react';
import { useCallback } from 'react';
import { connect, connectionProblem } from '../actions/connect';
import { useAppStore } from '../store/appStore';

export function useConnectHandlers() {
  const isValidConnection = useCallback<IsValidConnection>((c: Edge | Connection) => {
    const problem = connectionProblem(useAppStore.getState().doc, c);
    useAppStore.getState().setConnectionHint(problem);
    return !problem;
  }, []);

  const onConnect = useCallback<OnConnect>((c) => {
    connect(useAppStore, c);
  }, []);

  const onConnectStart = useCallback(() => useAppStore.getState().setConnectionHint(null), []);

  const onConnectEnd = useCallback<OnConnectEnd>((_event, state) => {
    const ui = useAppStore.getState();
    const hint = ui.connectionHint;
    ui.setConnectionHint(null);
    if (hint && state.toNode && !state.isValid) ui.notify('warning', `Can't connect: ${hint}`);
  }, []);

  return { isValidConnection, onConnect, onConnectStart, onConnectEnd };
}
