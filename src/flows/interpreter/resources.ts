/**
 * A run's resources before its first element: every variable declared, the constants, the caller's
 * inputs, each checked against the flow's input variables and converted to their type, then the
 * default values of the variables no input gave.
 */
import type { FlowDefinition } from '../definition';
import { convert, fitTo, flowTypeOf, isNumeric, toScale } from './dataTypes';
import type { Frame } from './frame';
import { readingNullRecordsAsNull, readThroughNullRecord } from './nullRecordRead';
import { fault, FlowStop } from './stop';

/** How a stop in a variable's default value begins: `variable Start_Date's default value: `. */
export const DEFAULT_VALUE_OF = (name: string): string => `variable ${name}'s default value: `;

/** Declares the flow's variables and constants and applies `inputs`. */
export function initResources(frame: Frame, definition: FlowDefinition, inputs: Readonly<Record<string, unknown>>): void {
  for (const v of definition.variables) {
    const type = flowTypeOf(v.dataType);
    // a Number or Currency variable keeps what is stored in it to its decimal places (Frame.write)
    const scale = isNumeric(type) && v.scale !== undefined ? { scale: v.scale } : {};
    frame.declare({ name: v.name, type, collection: v.isCollection, ...(v.objectType ? { objectType: v.objectType } : {}), ...scale, value: { type, value: null, ...(v.isCollection ? { collection: true } : {}) } });
  }
  for (const c of definition.constants) {
    const type = flowTypeOf(c.dataType);
    frame.declare({ name: c.name, type, collection: false, readOnly: true, value: fitTo(frame.valueOf(c.value), type, false, c.name) });
  }
  for (const name of Object.keys(inputs)) {
    const variable = definition.variables.find((v) => v.isInput && v.name.toLowerCase() === name.toLowerCase());
    if (!variable) {
      const known = definition.variables.filter((v) => v.isInput).map((v) => v.name);
      throw fault(`"${name}" is not an input variable of this flow (${known.length > 0 ? `its inputs: ${known.join(', ')}` : 'it has no inputs'})`);
    }
    const slot = frame.slot(variable.name)!;
    const given = inputs[name];
    // a record input given its Id (a screen flow's recordId is most often Text, so an admin gives the
    // Id): say what a record input takes, where "is not a valid record" left the shape to guess (survey 16)
    if (slot.type === 'Record' && !slot.collection && typeof given === 'string') {
      throw fault(`input ${variable.name}: ${JSON.stringify(given.slice(0, 80))} is not a valid record: ${variable.name} is ${variable.objectType ? `${/^[AEIOU]/i.test(variable.objectType) ? 'an' : 'a'} ${variable.objectType}` : 'a'} record variable, which takes the record as an object of its fields, such as { "Id": ${JSON.stringify(given.slice(0, 80))} }`);
    }
    slot.value = toScale(convert(given, slot.type, slot.collection, `input ${variable.name}`), slot.scale);
    frame.set.add(variable.name.toLowerCase());
  }
  // defaults after the inputs: a default may read an input (a field of the input record, as a real
  // Active flow's does), and an input given is not replaced by its default, which is then not read
  for (const v of definition.variables) {
    if (v.value === undefined || frame.set.has(v.name.toLowerCase())) continue;
    const slot = frame.slot(v.name)!;
    try {
      // a field of a record that is null as the run starts (a Get Records not run yet) reads null,
      // directly or through a formula the default reads (chosen)
      const spec = v.value;
      const value = readingNullRecordsAsNull(frame, () => ('ref' in spec ? readThroughNullRecord(frame, spec.ref) : frame.valueOf(spec)));
      slot.value = toScale(fitTo(value, slot.type, slot.collection, v.name), slot.scale);
    } catch (caught) {
      // a stop before the first element has no element to name: name the variable whose default
      // stopped it (survey 16: DATE(2024, MONTH(TODAY()) - 1, 1) in January), not the caller's inputs
      if (!(caught instanceof FlowStop)) throw caught;
      throw new FlowStop(caught.kind, `${DEFAULT_VALUE_OF(v.name)}${caught.message}`, caught.detail);
    }
  }
}

/** The output variables' values by name. */
export function outputsOf(frame: Frame, definition: FlowDefinition): Record<string, import('../values').FlowValue['value']> {
  const outputs: Record<string, import('../values').FlowValue['value']> = {};
  for (const v of definition.variables) if (v.isOutput) outputs[v.name] = frame.slot(v.name)?.value.value ?? null;
  return outputs;
}
