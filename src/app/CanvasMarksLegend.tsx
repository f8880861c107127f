/**
 * What the canvas's small marks mean, in the Shortcuts dialog (`?`). A new admin met the red dot
 * under a stage and the outlined "↳" badge with nothing on screen naming them: only a hover tooltip
 * did, which a keyboard or touch user never sees. *Chosen* (docs/editor.md, "Marks on the canvas").
 * Each sample is drawn as on the canvas but hidden from assistive technology: the row's words say it.
 */
export interface CanvasMark {
  /** What the sample shows, e.g. the red dot. */
  sample: 'fault' | 'next' | 'wait' | 'outcome' | 'default' | 'error' | 'warning' | 'consequence';
  what: string;
}

export const CANVAS_MARKS: readonly CanvasMark[] = [
  { sample: 'fault', what: 'Red dot under a stage: its fault path. Drag it to the stage to go to when a step fails, or Shift+F10 ▸ Set fault path to' },
  { sample: 'next', what: 'Green dot on a stage’s right side: drag it to the next stage' },
  { sample: 'wait', what: 'Green dot under a step: drag it to another step of its stage to make that one wait for it' },
  { sample: 'outcome', what: 'Amber dot on a decision: drag it to the stage an outcome goes to' },
  { sample: 'default', what: 'Green dot under a decision: drag it to the stage to go to when no outcome is met (its default path)' },
  { sample: 'error', what: 'Red “!”: an error (“!3”: three problems). Run and Export wait until it is fixed; its tooltip and the Properties panel say what it is' },
  { sample: 'warning', what: 'Amber “?”: a warning of its own. It runs, but may not do what you expect' },
  { sample: 'consequence', what: 'Outlined “↳”: only follows from an error elsewhere (e.g. a step that can never start). Fix that error; the Problems list’s Show it goes there' },
];

function Sample({ sample }: { sample: CanvasMark['sample'] }) {
  if (sample === 'fault' || sample === 'next' || sample === 'wait' || sample === 'outcome' || sample === 'default') {
    // the handles' own colours (canvas/nodes/nodes.css), written as hex: the canvas keeps them in
    // the dark theme, where the palette's `white` is a dark surface
    const colour = { fault: 'bg-[#b91c1c]', next: 'bg-[#195c4c]', wait: 'bg-[#195c4c]', outcome: 'bg-[#a16207]', default: 'bg-[#195c4c]' }[sample];
    return <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full border border-[#fff] ${colour}`} />;
  }
  const look = {
    error: 'bg-[#b91c1c] text-[#fff]',
    warning: 'bg-[#a16207] text-[#fff]',
    consequence: 'border border-[#a16207] bg-[#fff] text-[#78350f]',
  }[sample];
  const glyph = { error: '!', warning: '?', consequence: '↳' }[sample];
  return (
    <span aria-hidden="true" className={`inline-block h-5 min-w-5 rounded-full px-1 text-center text-xs font-bold leading-5 ${look}`}>
      {glyph}
    </span>
  );
}

export function CanvasMarksLegend() {
  return (
    <table className="mb-3 w-full table-fixed text-sm">
      <caption className="pb-1 text-left text-xs font-semibold uppercase tracking-wide text-ink-600">Marks on the canvas</caption>
      <colgroup><col className="w-10" /><col /></colgroup>
      <thead className="sr-only">
        <tr><th scope="col">Mark</th><th scope="col">Meaning</th></tr>
      </thead>
      <tbody>
        {CANVAS_MARKS.map(({ sample, what }) => (
          <tr key={sample} className="border-t border-ink-400/20">
            <td className="py-1.5 align-top"><Sample sample={sample} /></td>
            <td className="py-1.5 text-ink-600">{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
