/** The right-hand column in run mode. */
import { useAppStore } from '../../store/appStore';
import { RunPanel } from './RunPanel';

const rerun = () => useAppStore.getState().rerun();

export function RunSidebar() {
  return (
    <aside aria-label="Run" className="h-full overflow-y-auto">
      <RunPanel onRerun={rerun} />
    </aside>
  );
}
