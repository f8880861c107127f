/** Export the trace being shown as FORMAT.md §4 JSON, or open a trace file to replay it without the engine. */
import { useRef, useState } from 'react';
import { Trace } from '../../model/schema';
import { useRunStore } from '../../store/runStore';
import { useDocumentStore } from '../../store/documentStore';

const button = 'rounded border border-ink-400/40 bg-white px-2 py-1 text-sm hover:bg-brand-50 disabled:opacity-40';
const MAX_BYTES = 20 * 1024 * 1024;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TraceFiles() {
  const trace = useRunStore((s) => s.trace);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const open = async (file: File) => {
    setProblem(null);
    if (file.size > MAX_BYTES) return setProblem(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; traces up to 20 MB can be opened.`);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      return setProblem(`${file.name}: not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const parsed = Trace.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setProblem(`${file.name}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
    useRunStore.getState().showTrace(parsed.data, useDocumentStore.getState().doc);
  };

  return (
    <div className="flex flex-wrap items-center gap-1 text-sm">
      <button type="button" className={button} disabled={!trace} onClick={() => trace && download('trace.json', JSON.stringify(trace, null, 2) + '\n')}>
        Download trace
      </button>
      <button type="button" className={button} onClick={() => input.current?.click()}>Load trace file</button>
      <input ref={input} type="file" accept=".json,application/json" aria-label="Trace file" className="hidden" onChange={(e) => { const f = e.target.files?.[0]; if (f) void open(f); e.target.value = ''; }} />
      {problem && <p role="alert" className="w-full text-status-error">{problem}</p>}
    </div>
  );
}
