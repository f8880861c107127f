/** Export (JSON, Flow XML, pictures, share link) and Import. */
import { countOf } from '../model/glossary';
import { problemInWords, problemPlace } from '../model/problemPlace';
import { downloadText } from '../io/download';
import { exportOrchestration } from '../io/jsonExport';
import type { XmlLimitProblem } from '../io/xml';
import type { Orchestration } from '../model/types';
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

/** "Stage “Triage” (position): 1e+300 is past a Flow file's locationX, …", convert's words with the element named as the panel names it. */
function pastLimitInWords(doc: Orchestration, problem: XmlLimitProblem): string {
  const stage = doc.stages.findIndex((s) => s.name === problem.element);
  const decision = (doc.decisions ?? []).findIndex((d) => d.name === problem.element);
  const at = stage >= 0 ? `stages[${stage}]` : decision >= 0 ? `decisions[${decision}]` : null;
  if (at === null) return problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
  return `${problemPlace(doc, at).where} (position ${problem.path?.slice(-1) ?? ''}): ${problem.message}`;
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
    const { xml, warnings, refused } = await writeFlowXml(doc);
    if (refused.length > 0) {
      // nothing is downloaded and nothing in the design changes: the admin moves the stage or splits the design
      const first = refused[0]!;
      const more = refused.length > 1 ? ` (and ${countOf(refused.length - 1, 'other problem')})` : '';
      const target = first.element !== undefined ? { element: first.element, path: first.path ?? '' } : undefined;
      store.getState().notify('error', `Can’t export Flow XML: the file would not be read back. ${pastLimitInWords(doc, first)}${more}. Nothing was downloaded; the design is unchanged.`, target);
      return;
    }
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
