/**
 * Canvas positions: `locationX`/`locationY` of stages and decisions ↔ `layout[name]`. Elements
 * without a position are placed in one column, as Flow Builder's auto-layout would draw them.
 */
import type { Orchestration, Position } from '../../model/types';
import type { Children } from './importContext';
import { leaf, type XmlNode } from './xmlNode';

/** Salesforce's `locationX`/`locationY` are xsd:int: what the writer may write (xmlWriteLimits.ts) is read back. */
export const LOCATION_MIN = -2147483648;
export const LOCATION_MAX = 2147483647;

/** `text` as a location when it is a whole number in xsd:int's range, else null. */
function location(text: string | undefined): number | null {
  if (text === undefined || !/^-?\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  return value >= LOCATION_MIN && value <= LOCATION_MAX ? value : null;
}

/**
 * `locationX`/`locationY` as a position, marking them used when both are whole numbers in xsd:int's
 * range. Up to nine digits were read, so a stage the writer placed at x 1,500,000,000 (within the
 * range Export, Save to project and `convert` write) came back without its position.
 */
export function importPosition(children: Children): Position | undefined {
  const x = location(children.text('locationX'));
  const y = location(children.text('locationY'));
  if (x === null || y === null) return undefined;
  children.use(children.first('locationX'), children.first('locationY'));
  return { x, y };
}

/** `locationX`/`locationY` for a position. */
export function exportPosition(position: Position): XmlNode[] {
  return [leaf('locationX', String(Math.round(position.x))), leaf('locationY', String(Math.round(position.y)))];
}

const COLUMN_X = 176;
const FIRST_Y = 134;
const ROW_HEIGHT = 120;

/** The position of every stage and decision: from `layout`, else the next free row of one column. */
export function positionsOf(doc: Orchestration): Map<string, Position> {
  const positions = new Map<string, Position>();
  const names = [...doc.stages.map((stage) => stage.name), ...(doc.decisions ?? []).map((decision) => decision.name)];
  names.forEach((name, row) => {
    const known = doc.layout && Object.hasOwn(doc.layout, name) ? doc.layout[name] : undefined;
    const usable = known && Number.isFinite(known.x) && Number.isFinite(known.y);
    positions.set(name, usable ? known : { x: COLUMN_X, y: FIRST_Y + ROW_HEIGHT * row });
  });
  return positions;
}
