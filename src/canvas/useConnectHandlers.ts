/** Connecting by dragging from a handle: refused links say why while dragging and on release. */
import type { Connection, Edge, IsValidConnection, OnConnect, OnConnectEnd } from '@xyflow/react';
import { useCallback } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { connect, connectionProblem } from './actions/connect';

export function useConnectHandlers() {
  const isValidConnection = useCallback<IsValidConnection>((c: Edge | Connection) => {
    const problem = connectionProblem(useDocumentStore.getState().doc, c);
    useUiStore.getState().setConnectionHint(problem);
    return !problem;
  }, []);

  const onConnect = useCallback<OnConnect>((c) => {
    connect(c);
  }, []);

  const onConnectStart = useCallback(() => useUiStore.getState().setConnectionHint(null), []);

  const onConnectEnd = useCallback<OnConnectEnd>((_event, state) => {
    const ui = useUiStore.getState();
    const hint = ui.connectionHint;
    ui.setConnectionHint(null);
    if (hint && state.toNode && !state.isValid) ui.notify('warning', `Can't connect: ${hint}`);
  }, []);

  return { isValidConnection, onConnect, onConnectStart, onConnectEnd };
}
