/**
 * What to compare the open design with: one of its saved versions (version history) or a file
 * (JSON or Flow XML). The file is read with the import's checks; its problems are listed.
 */
import { countOf } from '../../model/glossary';
import { useState } from 'react';
import { readComparedFile } from '../../actions/compareFile';
import type { Orchestration, Problem } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { buttonClass } from '../../ui/fields/styles';
import { useDesignVersions } from '../library/useDesignLibrary';
import { versionLabel, versionNumber } from '../library/versionLabel';

export function CompareSource({ onChosen }: { onChosen: (doc: Orchestration, against: string) => void }) {
  const designId = useAppStore((s) => s.designId);
  const versions = useDesignVersions(designId);
  const [problems, setProblems] = useState<{ file: string; problems: Problem[] } | null>(null);

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readComparedFile(file);
    if (read.ok) onChosen(read.doc, file.name);
    else setProblems({ file: file.name, problems: read.problems });
  };

  return (
    <div className="space-y-3 text-sm">
      <section aria-label="Saved versions">
        <h3 className="font-semibold">A saved version</h3>
        {designId === null && <p className="text-ink-600">This design has not been saved in this browser yet.</p>}
        {versions.error && <p role="alert" className="text-status-error">{versions.error.message}</p>}
        {versions.data?.length === 0 && <p className="text-ink-600">No earlier version is saved yet.</p>}
        <ol className="max-h-48 overflow-auto">
          {versions.data?.map((v) => {
            const label = versionLabel(v);
            return (
              <li key={v.revision} className="flex items-center gap-2 py-0.5">
                <span className="flex-1">{label} · {countOf(v.doc.stages.length, 'stage')}</span>
                <button type="button" className={buttonClass} aria-label={`Compare with version ${versionNumber(v)}`} onClick={() => onChosen(v.doc, label)}>Compare</button>
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-label="A file">
        <h3 className="font-semibold">A file</h3>
        <label className="flex items-center gap-2">
          Design file (.json, .flow-meta.xml or .flow)
          <input type="file" accept=".json,.xml,.flow,application/json,text/xml" aria-label="Design file to compare with" onChange={(e) => void chooseFile(e.target.files?.[0])} />
        </label>
        {problems && (
          <div role="alert" className="mt-1 text-status-error">
            <p>{problems.file} cannot be compared:</p>
            <ul className="list-disc pl-4">
              {problems.problems.filter((p) => p.severity === 'error').slice(0, 10).map((p, i) => <li key={i}>{p.path ? `${p.path}: ` : ''}{p.message}</li>)}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
