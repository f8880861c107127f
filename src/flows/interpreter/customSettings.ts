/**
 * `$Setup.Object.Field`: a hierarchy custom setting's field, as the running user sees it. Salesforce
 * merges the user's, the profile's and the org default values (the lowest level that sets the field
 * wins); the simulated org holds the scenario's records, so the first record of the setting is what
 * the user sees (*chosen*). Without one, the setting as the flow's project declares it
 * (FlowDefinition.customSettings, read from its object metadata): the field's default value, typed
 * by the field's type, or null — false for a Checkbox, which is never null (*chosen*: Salesforce
 * documents what a formula reads only when a value is set; docs/flows.md, "$Setup"). A List custom
 * setting, which `$Setup` cannot read, and a field or setting the project does not declare stop the
 * run as unsupported, naming them.
 */
import type { FlowCustomSetting } from '../definition';
import { evaluateFormula, parseFormula, referencesOf } from '../formula';
import type { OrgRecord, SimulatedOrg } from '../org/simulatedOrg';
import { readField } from '../org/simulatedOrg';
import { booleanValue, nullOf, type FlowDataType, type FlowValue } from '../values';
import { unsupported } from './stop';

/** What a `$Setup` read needs of the run. */
export interface CustomSettingContext {
  readonly org: SimulatedOrg;
  /** The virtual clock, for a default such as `TODAY()`. */
  readonly now: number;
  readonly startAt?: string;
  /** The custom settings the flow's project declares (FlowDefinition.customSettings); absent when the flow was not read with a project. */
  readonly customSettings?: Readonly<Record<string, FlowCustomSetting>>;
}

/** The Flow data type a custom field of this `<type>` reads as (custom settings take these types only). */
const DATA_TYPES: Readonly<Record<string, FlowDataType>> = {
  checkbox: 'Boolean', number: 'Number', percent: 'Number', currency: 'Currency', date: 'Date', datetime: 'DateTime', time: 'Time',
  text: 'Text', textarea: 'Text', longtextarea: 'Text', email: 'Text', phone: 'Text', url: 'Text', encryptedtext: 'Text',
};

/** The key of `record` equal to `name` ignoring case (API names are case-insensitive), if any. */
function keyOf<T>(record: Readonly<Record<string, T>>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(record).find((k) => k.toLowerCase() === lower);
}

/** The org's record of the setting: the first of its object (the scenario's records), if any. */
function orgRecord(org: SimulatedOrg, object: string): OrgRecord | undefined {
  const name = org.objects().find((o) => o.toLowerCase() === object.toLowerCase());
  return name === undefined ? undefined : org.recordsOf(name)[0];
}

/**
 * The default value of `field` of the declared setting `object`: its `<defaultValue>` formula worked
 * out with the run's clock and no references (a literal — `true`, `5`, `"abc"` — or a formula such
 * as `TODAY()`), typed by the field's type. A default that reads something (`$User.Id`, another
 * field) or that the evaluator cannot work out stops the run as unsupported, saying what to give.
 */
function defaultOf(ctx: CustomSettingContext, object: string, field: string, declared: { type?: string; defaultValue?: string }, reference: string): FlowValue {
  const type = DATA_TYPES[(declared.type ?? '').toLowerCase()] ?? 'Unknown';
  const text = declared.defaultValue?.trim() ?? '';
  // Salesforce stores a Checkbox as true or false, never null
  if (text === '') return type === 'Boolean' ? booleanValue(false) : nullOf(type);
  const instead = `give a record of ${object} in the scenario's records`;
  const parsed = parseFormula(text);
  if (!parsed.ok) throw unsupported(`{!${reference}}: the project's default value of ${object}.${field}, ${text}, is not a formula the simulator reads (${parsed.error.message}); ${instead}`, { reference });
  const reads = referencesOf(parsed.formula);
  if (reads.length > 0) throw unsupported(`{!${reference}}: the project's default value of ${object}.${field}, ${text}, reads {!${reads[0]}}, which the simulator does not work out for a default; ${instead}`, { reference });
  const result = evaluateFormula(parsed.formula, { resolve: () => undefined, now: ctx.now, ...(ctx.startAt ? { startAt: ctx.startAt } : {}) }, type === 'Unknown' ? undefined : type);
  if (!result.ok) throw unsupported(`{!${reference}}: the project's default value of ${object}.${field}, ${text}, cannot be worked out (${result.error.message}); ${instead}`, { reference });
  return result.value;
}

/** `{!$Setup.Object.Field}`'s value (module comment). */
export function customSetting(ctx: CustomSettingContext, object: string, field: string, reference: string): FlowValue {
  const settings = ctx.customSettings;
  const key = settings ? keyOf(settings, object) : undefined;
  const declared = key !== undefined ? settings![key]! : undefined;
  if (declared?.settingsType?.toLowerCase() === 'list') {
    throw unsupported(`{!${reference}} reads ${key}, which the project declares as a List custom setting: $Setup reads only hierarchy custom settings (Salesforce Help, "Access Custom Settings with Code": formulas, flows among them, cannot use list custom settings), so Salesforce would not save this flow`, { reference });
  }
  const setting = orgRecord(ctx.org, object);
  if (setting) return { type: 'Unknown', value: readField(setting, field) };
  if (!declared) {
    const project = settings !== undefined ? `; the flow's project declares no custom setting ${object} either (objects/${object}/${object}.object-meta.xml, or objects/${object}.object in a retrieved package)` : '';
    throw unsupported(`{!${reference}} reads the custom setting ${object}, which the simulated org does not have (give a record of ${object} in the scenario's records)${project}`, { reference });
  }
  const fieldKey = keyOf(declared.fields, field);
  if (fieldKey === undefined) {
    throw unsupported(`{!${reference}} reads the field ${field} of the custom setting ${key}, which the project's ${key} does not declare (no objects/${key}/fields/${field}.field-meta.xml); check the name, or give a record of ${key} in the scenario's records`, { reference });
  }
  return defaultOf(ctx, key!, fieldKey, declared.fields[fieldKey]!, reference);
}
