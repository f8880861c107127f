/** Export (JSON, Flow XML, pictures, share link) and Import. */
import { countOf } from '../model/glossary';
import { problemInWords, problemPlace } from '../model/problemPlace';
import { downloadText } from '../io/download';
import { exportOrchestration } from '../io/jsonExport';
import type { AppStore } from '../store/appStore';
import { selectProblems } from '../store/selectors';
import { exportImage } from './exportImage';
import { shareLink } from './shareLink';
import type { Action, ActionContext } from './types';
import { writeFlowXml } from './xmlFiles';

/** Export is refused while the design has errors; the user is told the first one. */
function exportBlocked(store: AppStore): boolean {
  const state = store.getState();
  if (!state.validatorReady) {
    state.notify('info', 'The design is still being checked. Export it in a moment.');
    return true;
  }
  const errors = selectProblems(state).errors;
  if (!errors.length) return false;
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (and ${countOf(errors.length - 1, 'other problem')})` : '';
  state.notify('error', `Can’t export yet. ${problemInWords(state.doc, first)}${more}`, { element: problemPlace(state.doc, first.path).element, path: first.path }, false, errors.length > 1);
  return true;
}

export const exportJsonAction: Action = {
  id: 'file.exportJson',
  label: 'Export',
  description: 'Download the design as JSON',
  group: 'file',
  icon: 'export',
  when: 'edit',
  focusAfter: 'unchanged',
  perform({ store }) {
    if (exportBlocked(store)) return;
    const doc = store.getState().doc;
    downloadText(`${doc.name}.orchestration.json`, exportOrchestration(doc));
  },
};

export const exportXmlAction: Action = {
  id: 'file.exportFlowXml',
  label: 'Flow XML',
  description: 'Download the design as Salesforce Flow metadata XML (.flow-meta.xml)',
  group: 'file',
  icon: 'xml',
  when: 'edit',
  focusAfter: 'unchanged',
  async perform({ store }) {
    if (exportBlocked(store)) return;
    const doc = store.getState().doc;
    const { xml, warnings } = await writeFlowXml(doc);
    downloadText(`${doc.name}.flow-meta.xml`, xml, 'application/xml');
    if (warnings.length) store.getState().notify('info', `Flow XML written. ${warnings.join(' ')}`);
  },
};

export const importAction: Action = {
  id: 'file.import',
  label: 'Import',
  description: 'Open a design from a JSON or Flow XML file (or drop the file on the page)',
  group: 'file',
  icon: 'import',
  when: 'edit',
  focusAfter: 'dialog',
  perform: ({ pickImportFile }) => pickImportFile?.(),
};

function pictureAction(format: 'png' | 'svg'): Action {
  return {
    id: `file.export${format === 'png' ? 'Png' : 'Svg'}`,
    label: `${format.toUpperCase()} image`,
    description: `Download ${format === 'png' ? 'a PNG' : 'an SVG'} picture of the whole design`,
    group: 'file',
    icon: 'image',
    when: 'edit',
    focusAfter: 'unchanged',
    perform({ store, getCanvasNodes, sketchPicture }: ActionContext) {
      const nodes = getCanvasNodes?.() ?? [];
      return exportImage(nodes, format, store.getState().doc.name, sketchPicture?.(nodes) ?? null).catch((e: unknown) =>
        store.getState().notify('error', `The picture could not be made: ${e instanceof Error ? e.message : String(e)}`),
      );
    },
  };
}

export const exportPngAction = pictureAction('png');
export const exportSvgAction = pictureAction('svg');

export const shareLinkAction: Action = {
  id: 'file.shareLink',
  label: 'Share link',
  description: 'Copy a link that carries this design (no server)',
  group: 'file',
  icon: 'link',
  when: 'edit',
  focusAfter: 'unchanged',
  perform: ({ store }) => shareLink(store),
};
