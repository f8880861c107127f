/** The right-hand column in run mode. */
import { RunPanel } from './RunPanel';
import { rerun } from './runActions';

export function RunSidebar() {
  return (
    <aside aria-label="Run" className="h-full overflow-y-auto">
      <RunPanel onRerun={rerun} />
    </aside>
  );
}
