/**
 * The right-hand column in run mode. Named "Properties", as the column is while editing (the UI
 * contract's landmark, and the skip link's "Skip to the properties"): it shows the selected
 * element's status and why in the run, where the editor shows its fields.
 */
import { useAppStore } from '../../store/appStore';
import { RunPanel } from './RunPanel';

const rerun = () => useAppStore.getState().rerun();

export function RunSidebar() {
  return (
    <aside aria-label="Properties" className="h-full overflow-y-auto">
      <RunPanel onRerun={rerun} />
    </aside>
  );
}
