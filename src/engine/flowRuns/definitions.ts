/**
 * The project flows of a run: each catalog entry's `definition` (FORMAT addition, the flow's own
 * elements) checked once with the interpreter's schema and kept by flow name. A catalog entry
 * without a definition — or with one that does not check — has no definition here, and the engine
 * uses its stand-in behaviour for it (FORMAT.md §2, `behavior`), exactly as before issue 13.
 */
import { storedFlowDefinition, type FlowDefinition } from '../../flows/definition';
import type { ResolvedFlow } from '../../flows/interpreter';
import type { ChildRelationship } from '../../flows/org/standardChildRelationships';
import type { Flow } from '../../model/types';

/** The fields of a definition that carry records of its project for the run's org. */
const PROJECT_RECORDS = ['customMetadata', 'groups', 'groupMembers', 'recordTypes', 'notificationTypes', 'checkboxes'] as const;

/** Element kinds of a definition that make a background step async from API 63 (R20). */
const ASYNC_KINDS: ReadonlySet<string> = new Set(['actionCall', 'subflow', 'wait']);

/** A flow of the catalog that the engine runs through its own elements. */
export interface ProjectFlow {
  readonly name: string;
  readonly definition: FlowDefinition;
  /** The flow file (`source.path`), named in messages. */
  readonly file: string | undefined;
  /** Whether the definition has an element that makes a step async (R20, API 63+). */
  readonly hasAsyncElement: boolean;
  /** Lower-cased names of the definition's input variables (only those are passed in). */
  readonly inputNames: ReadonlySet<string>;
}

/** Definitions by flow name, checked on first use. */
export class FlowDefinitions {
  private readonly checked = new Map<string, ProjectFlow | null>();

  constructor(private readonly flows: ReadonlyMap<string, Flow>) {}

  /** The runnable definition of the catalog flow `name`, or null (no definition: stand-in behaviour). */
  get(name: string | undefined): ProjectFlow | null {
    if (name === undefined) return null;
    let found = this.checked.get(name);
    if (found === undefined) {
      found = check(this.flows.get(name));
      this.checked.set(name, found);
    }
    return found;
  }

  /**
   * The definitions, in catalog order, that carry records of their project — custom metadata records,
   * queues and groups, record types, Checkbox fields (the run's org starts with them, runRecords.ts); only those are
   * checked here, the others on first use.
   */
  withProjectRecords(): FlowDefinition[] {
    const found: FlowDefinition[] = [];
    for (const [name, flow] of this.flows) {
      const raw = flow.definition;
      if (raw === null || typeof raw !== 'object' || !PROJECT_RECORDS.some((key) => Object.hasOwn(raw, key))) continue;
      const definition = this.get(name)?.definition;
      if (definition && PROJECT_RECORDS.some((key) => definition[key])) found.push(definition);
    }
    return found;
  }

  private relationships: ReadonlyMap<string, ChildRelationship> | undefined | null = null;

  /**
   * The project's custom child relationships the catalog's flows update through (`childRelationships`
   * of their definitions, io/project/childRelationships.ts), for every flow run: a subflow finds them
   * as its caller does. Undefined when no flow carries one.
   */
  childRelationships(): ReadonlyMap<string, ChildRelationship> | undefined {
    if (this.relationships !== null) return this.relationships;
    const found = new Map<string, ChildRelationship>();
    for (const [name, flow] of this.flows) {
      const raw = flow.definition;
      if (raw === null || typeof raw !== 'object' || !Object.hasOwn(raw, 'childRelationships')) continue;
      for (const [key, child] of Object.entries(this.get(name)?.definition.childRelationships ?? {})) if (!found.has(key)) found.set(key, child);
    }
    this.relationships = found.size > 0 ? found : undefined;
    return this.relationships;
  }

  /** Subflows resolve by API name into the other flows of the catalog that carry a definition. */
  readonly resolve = (name: string): ResolvedFlow | undefined => {
    const flow = this.get(name);
    if (!flow) return undefined;
    return flow.file === undefined ? { definition: flow.definition } : { definition: flow.definition, file: flow.file };
  };
}

function check(flow: Flow | undefined): ProjectFlow | null {
  if (!flow) return null;
  const definition = storedFlowDefinition(flow.definition);
  if (!definition) return null;
  const kinds = Object.values(definition.elements).map((e) => e.kind);
  return {
    name: flow.name,
    definition,
    file: flow.source?.path,
    hasAsyncElement: kinds.some((k) => ASYNC_KINDS.has(k)),
    inputNames: new Set(definition.variables.filter((v) => v.isInput).map((v) => v.name.toLowerCase())),
  };
}
