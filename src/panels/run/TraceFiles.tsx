/** Export the trace being shown as FORMAT.md §4 JSON, or open a trace file to replay it without the engine. */
import { readFileText } from '../../io/readFileText';
import { pastSizeLimit } from '../../io/sizeLimit';
import { useRef, useState } from 'react';
import { downloadText } from '../../io/download';
import { exportTrace } from '../../io/jsonExport';
import { importTrace } from '../../io/documentImport';
import { useAppStore } from '../../store/appStore';

const button = 'rounded border border-ink-400/40 bg-white px-2 py-1 text-sm hover:bg-brand-50 disabled:opacity-40';
const MAX_BYTES = 20 * 1024 * 1024;


export function TraceFiles() {
  const trace = useAppStore((s) => s.trace);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const open = async (file: File) => {
    setProblem(null);
    // in megabytes of 1,024 KB, as the limit says them (it read '21.0 MB' for 20 MB and a byte)
    if (file.size > MAX_BYTES) return setProblem(`${file.name}: ${pastSizeLimit(file.size, MAX_BYTES)} of a trace.`);
    // The same safe reader as every import: size cap, no prototype keys, line:col for bad JSON.
    const text = await readFileText(file);
    if (!text.ok) return setProblem(`${file.name}: ${text.message}`);
    const result = importTrace(text.text, { maxBytes: MAX_BYTES });
    if (!result.ok) {
      const first = result.problems[0];
      return setProblem(`${file.name}: ${first?.path || 'trace'}: ${first?.message ?? 'not a trace'}`);
    }
    useAppStore.getState().showTrace(result.doc, useAppStore.getState().doc);
  };

  return (
    <div className="flex flex-wrap items-center gap-1 text-sm">
      <button type="button" className={button} disabled={!trace} onClick={() => trace && downloadText('trace.json', exportTrace(trace))}>
        Download trace
      </button>
      <button type="button" className={button} onClick={() => input.current?.click()}>Load trace file</button>
      <input ref={input} type="file" accept=".json,application/json" aria-label="Trace file" className="hidden" onChange={(e) => { const f = e.target.files?.[0]; if (f) void open(f); e.target.value = ''; }} />
      {problem && <p role="alert" className="w-full text-status-error">{problem}</p>}
    </div>
  );
}
