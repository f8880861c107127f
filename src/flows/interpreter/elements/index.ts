/** The behaviour of each element kind (one file per kind). */
import type { FlowElement, FlowElementKind } from '../../definition';
import type { ElementBehavior, ElementResult } from '../behavior';
import type { Frame } from '../frame';
import { runActionCall } from './actionCall';
import { runAssignment } from './assignment';
import { runCollectionProcessor } from './collectionProcessor';
import { runCustomError } from './customError';
import { runDecision } from './decision';
import { runLoop } from './loop';
import { runRecordCreate } from './recordCreate';
import { runRecordDelete } from './recordDelete';
import { runRecordLookup } from './recordLookup';
import { runRecordRollback } from './recordRollback';
import { runRecordUpdate } from './recordUpdate';
import { runScreen } from './screen';
import { runSubflow } from './subflow';
import { runTransform } from './transform';
import { runUnsupported } from './unsupportedElement';
import { runWait } from './wait';

const BEHAVIORS: { [K in FlowElementKind]: ElementBehavior<K> } = {
  assignment: runAssignment,
  decision: runDecision,
  loop: runLoop,
  recordLookup: runRecordLookup,
  recordCreate: runRecordCreate,
  recordUpdate: runRecordUpdate,
  recordDelete: runRecordDelete,
  subflow: runSubflow,
  actionCall: runActionCall,
  wait: runWait,
  screen: runScreen,
  collectionProcessor: runCollectionProcessor,
  customError: runCustomError,
  recordRollback: runRecordRollback,
  transform: runTransform,
  unsupported: runUnsupported,
};

/** Runs one element with the behaviour of its kind. */
export function runElement(element: FlowElement, frame: Frame): ElementResult {
  return (BEHAVIORS[element.kind] as ElementBehavior<FlowElementKind>)(element as never, frame);
}
