/** The toolbar: history, layout and view, file, run (names are the UI contract's). */
import { useReactFlow } from '@xyflow/react';
import { exportImage } from '../canvas/actions/exportImage';
import { startRun } from '../panels/run/runActions';
import { shareLink } from './useShareLink';
import { useStore } from 'zustand';
import { tidyUp } from '../canvas/actions/tidyUp';
import { redo, undo, useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { ImportReport } from './ImportReport';
import { ToolbarButton } from './ToolbarButton';
import { useFileActions } from './useFileActions';
import { useFileDrop } from './useFileDrop';

type Temporal = ReturnType<typeof useDocumentStore.temporal.getState>;
const selectCanUndo = (s: Temporal) => s.pastStates.length > 0;
const selectCanRedo = (s: Temporal) => s.futureStates.length > 0;

export function Toolbar() {
  const canUndo = useStore(useDocumentStore.temporal, selectCanUndo);
  const canRedo = useStore(useDocumentStore.temporal, selectCanRedo);
  const snap = useUiStore((s) => s.snapToGrid);
  // Running needs the start design: Run is enabled once it is open (tests and people wait for it).
  const starting = useUiStore((s) => s.starting);
  const { getNodes } = useReactFlow();
  const picture = (format: 'png' | 'svg') =>
    exportImage(getNodes(), format, useDocumentStore.getState().doc.name).catch((e: unknown) =>
      ui().notify('error', `The picture could not be made: ${e instanceof Error ? e.message : String(e)}`),
    );
  const { fileInput, report, onExport, onExportXml, onImportClick, onFileChosen, importFile, closeReport } = useFileActions();
  useFileDrop(importFile);
  const ui = useUiStore.getState;

  return (
    <div role="toolbar" aria-label="Design tools" className="flex flex-wrap items-center gap-1">
      <ToolbarButton onClick={undo} disabled={!canUndo} title="Undo (Ctrl/Cmd+Z)">Undo</ToolbarButton>
      <ToolbarButton onClick={redo} disabled={!canRedo} title="Redo (Ctrl/Cmd+Shift+Z)">Redo</ToolbarButton>
      <span className="mx-1 h-5 w-px bg-ink-400/40" aria-hidden="true" />
      <ToolbarButton onClick={tidyUp} title="Lay out stages in run order and steps by predecessor">Tidy up</ToolbarButton>
      <ToolbarButton onClick={() => ui().requestFit('all')} title="Show the whole design">Fit view</ToolbarButton>
      <ToolbarButton onClick={() => ui().setSnapToGrid(!snap)} pressed={snap} title="Snap moved nodes to the grid">Snap to grid</ToolbarButton>
      <ToolbarButton onClick={() => ui().setSearchOpen(true)} title="Find an element (Ctrl/Cmd+F)">Find</ToolbarButton>
      <span className="mx-1 h-5 w-px bg-ink-400/40" aria-hidden="true" />
      <ToolbarButton onClick={onExport} title="Download the design as JSON">Export</ToolbarButton>
      <ToolbarButton onClick={() => void onExportXml()} title="Download the design as Salesforce Flow metadata XML (.flow-meta.xml)">Flow XML</ToolbarButton>
      <ToolbarButton onClick={onImportClick} title="Open a design from a JSON or Flow XML file (or drop the file on the page)">Import</ToolbarButton>
      <input ref={fileInput} type="file" accept=".json,.xml,application/json,application/xml,text/xml" className="hidden" aria-hidden="true" tabIndex={-1} onChange={onFileChosen} />
      <ToolbarButton onClick={() => void picture('png')} title="Download a PNG picture of the whole design">PNG image</ToolbarButton>
      <ToolbarButton onClick={() => void picture('svg')} title="Download an SVG picture of the whole design">SVG image</ToolbarButton>
      <ToolbarButton onClick={() => void shareLink()} title="Copy a link that carries this design (no server)">Share link</ToolbarButton>
      <span className="mx-1 h-5 w-px bg-ink-400/40" aria-hidden="true" />
      <ToolbarButton onClick={() => ui().setDialog('library')} title="Designs saved in this browser">Designs</ToolbarButton>
      <ToolbarButton onClick={() => ui().setDialog('scenarios')} title="What the world does during a run; expected outcomes">Scenarios</ToolbarButton>
      <ToolbarButton onClick={() => ui().setHelpOpen(true)} title="Keyboard shortcuts (?)">Shortcuts</ToolbarButton>
      <ToolbarButton onClick={() => startRun()} disabled={starting} primary title="Simulate a run of this design">Run</ToolbarButton>
      <ImportReport report={report} onClose={closeReport} />
    </div>
  );
}
