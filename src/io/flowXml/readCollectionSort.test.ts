/**
 * Reading a Collection Sort element's sort options: "Put empty string and null values first"
 * (`doesPutEmptyStringAndNullFirst`) is kept, and the sort leaves the collection variable sorted
 * (survey 10: lumonoy/lumonCode's flows write it on each of their 65 sort options).
 */
import { describe, expect, it } from 'vitest';
import { runFlow } from '../../flows/interpreter';
import { definitionOf, flowText } from './testing/flowText';

const text = flowText(`<apiVersion>58.0</apiVersion>
    <collectionProcessors>
        <name>Sort_Dates</name><label>Sort Dates</label><locationX>0</locationX><locationY>0</locationY>
        <collectionProcessorType>SortCollectionProcessor</collectionProcessorType>
        <collectionReference>dates</collectionReference>
        <elementSubtype>SortCollectionProcessor</elementSubtype>
        <sortOptions><doesPutEmptyStringAndNullFirst>true</doesPutEmptyStringAndNullFirst><sortOrder>Desc</sortOrder></sortOptions>
    </collectionProcessors>
    <label>Sort dates</label>
    <processType>AutoLaunchedFlow</processType>
    <start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Sort_Dates</targetReference></connector></start>
    <status>Active</status>
    <variables><name>dates</name><dataType>Date</dataType><isCollection>true</isCollection><isInput>true</isInput><isOutput>true</isOutput></variables>`);

describe('collectionProcessors: a Collection Sort read from Flow XML', () => {
  it('collectionProcessors: doesPutEmptyStringAndNullFirst is read, and the sorted collection variable puts its empty values first', () => {
    // given
    const definition = definitionOf(text);
    // when
    const { run } = runFlow(definition, { inputs: { dates: ['2025-01-05', null, '2025-03-10'] } });
    // then
    expect(definition.elements.Sort_Dates).toMatchObject({ sortOptions: [{ order: 'Desc', emptyFirst: true }] });
    expect(run.outputs.dates).toEqual([null, '2025-03-10', '2025-01-05']);
  });
});
