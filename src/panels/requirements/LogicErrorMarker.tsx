/** The logic text again, with the character at the fault underlined and a caret under it. */
export interface LogicErrorMarkerProps {
  text: string;
  /** 1-based character position of the fault (may be one past the end). */
  position: number;
}

export function LogicErrorMarker({ text, position }: LogicErrorMarkerProps) {
  const at = Math.max(0, Math.min(position - 1, text.length));
  const before = text.slice(0, at);
  const faulty = text.slice(at, at + 1) || ' ';
  const after = text.slice(at + 1);
  return (
    <div className="mt-1 overflow-x-auto rounded bg-red-50 px-2 py-1 font-mono text-xs text-ink-800" data-testid="logic-error-marker" data-error-position={position}>
      <span className="sr-only">Error at character {position}: </span>
      <span className="whitespace-pre">{before}</span>
      <mark className="whitespace-pre bg-red-200 text-status-error underline decoration-status-error decoration-wavy decoration-2" data-testid="logic-error-char">
        {faulty}
      </mark>
      <span className="whitespace-pre">{after}</span>
      <div aria-hidden="true" className="whitespace-pre text-status-error">
        {' '.repeat(at)}^ character {position}
      </div>
    </div>
  );
}
