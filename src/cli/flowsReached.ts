/**
 * The flows one run of a flow can reach: the flow, the flows its Subflow elements (`<flowName>`) and
 * flow actions (`<actionCalls>` of `<actionType>flow`, `<actionName>`) call, theirs, and so on —
 * found in the files' text, before any of them is parsed, by the names `stageflow flow` resolves
 * subflows by (the file's API name; the project's own namespace prefix taken off a called name).
 *
 * Why: `stageflow flow` reads a project's record types, queues and groups, custom metadata and
 * settings only when a flow of the run reads them. Asked of every flow in the project, a big org's
 * project paid for them on every run because some other flow read them (survey 13:
 * brendannova/salesforce-crm, 499 flows and 376 record type files, about 1 s of reading per run of
 * a flow that reads no record type). A name that matches more than the interpreter would call (a
 * flowName inside some other element) only reads more, never less.
 */
const CALLED_BY_NAME = /<flowName>\s*([^<\s]+)\s*<\/flowName>/g;
const ACTION_CALL = /<actionCalls>([\s\S]*?)<\/actionCalls>/g;
const FLOW_ACTION = /<actionType>\s*flow\s*<\/actionType>/;
const ACTION_NAME = /<actionName>\s*([^<\s]+)\s*<\/actionName>/;

/** The API names `text` calls as subflows or flow actions. */
export function calledFlowNames(text: string): string[] {
  const names = [...text.matchAll(CALLED_BY_NAME)].map((m) => m[1]!);
  for (const [, body] of text.matchAll(ACTION_CALL)) {
    if (!FLOW_ACTION.test(body!)) continue;
    const name = ACTION_NAME.exec(body!)?.[1];
    if (name) names.push(name);
  }
  return names;
}

/** The texts of `root` and of every project flow (`texts`, by API name) it reaches through calls; `root` first. */
export function flowsReached(root: string, texts: ReadonlyMap<string, string>, namespace?: string): string[] {
  const own = namespace ? `${namespace}__` : null;
  const reached: string[] = [root];
  const seen = new Set<string>();
  for (let i = 0; i < reached.length; i++) {
    for (const called of calledFlowNames(reached[i]!)) {
      const name = own && called.startsWith(own) ? called.slice(own.length) : called;
      const text = texts.get(name);
      if (text === undefined || seen.has(name)) continue;
      seen.add(name);
      reached.push(text);
    }
  }
  return reached;
}
