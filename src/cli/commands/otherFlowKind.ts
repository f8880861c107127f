/**
 * `stageflow validate force-app/main/default/flows/*.flow-meta.xml` names every flow of a project,
 * and a project's flows folder holds the flows its orchestrations call beside them. Among several
 * files, a flow that is not an orchestration is skipped with a line saying so (*chosen*: the command
 * checks orchestrations, and the other flows are not wrong for being there); given alone, it is
 * still refused, as the user asked for that one file.
 */
import { isFlowFile } from '../../io/project/paths';
import type { CliIo } from '../cliIo';

const PROCESS_TYPE = /<processType>\s*([A-Za-z]+)\s*<\/processType>/;

/** The processType of a Flow XML file that is not an Orchestrator (`AutoLaunchedFlow`), or null: not Flow XML, an orchestration, unreadable or not well-formed (loading it says why). */
export async function otherFlowKind(io: CliIo, file: string): Promise<string | null> {
  if (!isFlowFile(file)) return null;
  try {
    const text = await io.readFile(file);
    const type = PROCESS_TYPE.exec(text)?.[1];
    if (type === undefined || type === 'Orchestrator') return null;
    // one that is not well-formed is no flow to pass over: loading it says where and why (exit 2), as
    // for a Git LFS pointer named here; it read "skipped", exit 0, though a deploy fails on it
    const { parseXml } = await import('../../io/xml/parseXml');
    return parseXml(text).ok ? type : null;
  } catch {
    return null;
  }
}
