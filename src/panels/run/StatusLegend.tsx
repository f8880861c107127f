/** The status colours and glyphs used on the canvas during a run. */
import { STATUS_BG, STATUS_ICON, STATUS_LABEL, STATUS_ORDER } from '../../ui/statusStyles';

export function StatusLegend() {
  return (
    <ul aria-label="Status legend" className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-ink-800">
      {STATUS_ORDER.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <span aria-hidden="true" className={`inline-flex h-4 w-4 items-center justify-center rounded-full text-[10px] text-white ${STATUS_BG[s]}`}>
            {STATUS_ICON[s]}
          </span>
          {STATUS_LABEL[s]}
        </li>
      ))}
    </ul>
  );
}
