/**
 * Canvas positions: `locationX`/`locationY` of stages and decisions ↔ `layout[name]`. Elements
 * without a position are placed in one column, as Flow Builder's auto-layout would draw them.
 */
import type { Orchestration, Position } from '../../model/types';
import type { Children } from './importContext';
import { leaf, type XmlNode } from './xmlNode';

/** `locationX`/`locationY` as a position, marking them used when both are whole numbers. */
export function importPosition(children: Children): Position | undefined {
  const x = children.text('locationX');
  const y = children.text('locationY');
  if (x === undefined || y === undefined || !/^-?\d{1,9}$/.test(x) || !/^-?\d{1,9}$/.test(y)) return undefined;
  children.use(children.first('locationX'), children.first('locationY'));
  return { x: Number(x), y: Number(y) };
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
