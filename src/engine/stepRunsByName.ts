/**
 * The run of each step by name, over the steps of the stages that have started: the first stage to
 * start that holds a name keeps it (a validated document holds each name once; an unvalidated one
 * may not, and conditions then read the first), and iteration goes in that order — stage by stage as
 * they first started, each stage's steps in declared order, as the Map this replaces did.
 *
 * Why not a Map (docs/performance.md, forty-first round): a Map cannot be given a size, so one of
 * 20,000 names grew by doubling through tables of which the last three are large objects (1.6 MB,
 * each page a fault the kernel zeroes) and kept 0.9 MB on the heap. This is an open-addressing table
 * over typed arrays sized once from the document's step count: 230 KB at 20,000 steps, off the heap
 * (never copied by a scavenge). A lookup hashes the name in JavaScript (FNV-1a), where a Map uses
 * the hash V8 keeps in the string; names are short and a step's predecessor is looked up once.
 */
import type { Orchestration, Stage } from '../model/types';
import type { StageRun, StepRun } from './state';

/** FNV-1a of the name's UTF-16 code units, its high bits folded into the low ones the mask keeps. */
function hashOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

export class StepRunsByName {
  /** 1 + the document position of the step a slot holds (stages in document order, then steps); 0: empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The document position of each document stage's first step. */
  private readonly firstOfStage: Int32Array;
  /** The document stage each document position belongs to. */
  private readonly stageOf: Int32Array;
  /** 1 at the document position of each step run held (the first of its name). */
  private readonly held: Uint8Array;
  /** Each document stage's place in the document, for a stage run's `stage`. */
  private readonly places = new Map<Stage, number>();
  /** The run of each document stage once added, by place. */
  private readonly runs: (StageRun | undefined)[];
  /** The stage runs added, in order. */
  private readonly added: StageRun[] = [];
  /** How many step runs are held. */
  size = 0;

  constructor(doc: Orchestration) {
    const stages = doc.stages;
    // a stage without a list of steps (a document not validated) holds none here, and fails only
    // if it runs, as it did before this table
    const counts = stages.map((stage) => (Array.isArray(stage.steps) ? stage.steps.length : 0));
    let total = 0;
    for (let s = 0; s < stages.length; s++) total += counts[s]!;
    // at most three quarters full, so that a probe meets an empty slot soon
    let capacity = 8;
    while (capacity * 3 < total * 4) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.firstOfStage = new Int32Array(stages.length);
    this.stageOf = new Int32Array(total);
    this.held = new Uint8Array(total);
    this.runs = new Array<StageRun | undefined>(stages.length).fill(undefined);
    let position = 0;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s]!;
      if (!this.places.has(stage)) this.places.set(stage, s);
      this.firstOfStage[s] = position;
      this.stageOf.fill(s, position, position + counts[s]!);
      position += counts[s]!;
    }
  }

  /** The run of the step at document position `position` (its stage has been added). */
  private runAt(position: number): StepRun {
    const s = this.stageOf[position]!;
    return this.runs[s]!.steps[position - this.firstOfStage[s]!]!;
  }

  get(name: string): StepRun | undefined {
    const slots = this.slots;
    for (let i = hashOf(name) & this.mask; ; i = (i + 1) & this.mask) {
      const held = slots[i]!;
      if (held === 0) return undefined;
      const run = this.runAt(held - 1);
      if (run.name === name) return run;
    }
  }

  /** A stage's run, the first time the stage starts: its steps whose names are not held yet are. */
  addStage(run: StageRun): void {
    const place = this.places.get(run.stage);
    if (place === undefined || this.runs[place] !== undefined) throw new Error(`stage "${run.name}" is not a stage of the document, or was added before`);
    this.runs[place] = run;
    this.added.push(run);
    const slots = this.slots;
    const first = this.firstOfStage[place]!;
    const steps = run.steps;
    for (let k = 0; k < steps.length; k++) {
      const name = steps[k]!.name;
      let i = hashOf(name) & this.mask;
      for (let held = slots[i]!; held !== 0; held = slots[i]!) {
        if (this.runAt(held - 1).name === name) break;
        i = (i + 1) & this.mask;
      }
      if (slots[i] !== 0) continue; // the name is held by a step added before
      slots[i] = first + k + 1;
      this.held[first + k] = 1;
      this.size++;
    }
  }

  /** Every step run held, in the order they were added. */
  forEach(visit: (run: StepRun) => void): void {
    const added = this.added;
    for (let a = 0; a < added.length; a++) {
      const run = added[a]!;
      const first = this.firstOfStage[this.places.get(run.stage)!]!;
      const steps = run.steps;
      for (let k = 0; k < steps.length; k++) if (this.held[first + k] === 1) visit(steps[k]!);
    }
  }

  /** Every step run held, in the order they were added, as a new list. */
  values(): StepRun[] {
    const out: StepRun[] = [];
    this.forEach((run) => out.push(run));
    return out;
  }
}
