/** Projects (SFDX folders, dropped files, `.zip` archives): read, list, open, write back. */
export type { LazyProjectFile, OrchestrationStart, Project, ProjectFile, ProjectFlow, ProjectOrchestration, ProjectProblem } from './types';
export { DEFAULT_FLOWS_FOLDER, FLOW_FILE_SUFFIX, METADATA_API_FLOW_SUFFIX } from './types';
export { flowFileSuffix, isFlowFile } from './paths';
export { DEFAULT_PROJECT_LIMITS, type ProjectLimits } from './limits';
export { projectFromFiles, projectFile } from './projectFromFiles';
export { readLazyFiles } from './readLazyFiles';
export { readZip } from './readZip';
export { findOrchestration, openOrchestration, type OpenOrchestrationResult } from './openOrchestration';
export { saveOrchestrationToProject, type KeptFormatting, type SaveOrchestrationResult } from './saveOrchestration';
export { describeStart } from './describeStart';
