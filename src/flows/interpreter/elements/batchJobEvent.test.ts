import { describe, expect, it } from 'vitest';
import { definitionOf, flowText } from '../../../io/flowXml/testing/flowText';
import { run } from '../testing/build';

// A scheduled flow that starts a Data Processing Engine definition and waits until its batch job
// is done (the shape of survey 21's forecast flows; written here, not copied)
const waitFor = (eventType: string): string => `<processType>AutoLaunchedFlow</processType><status>Active</status>
<start><connector><targetReference>Run_Rollup</targetReference></connector></start>
<actionCalls><name>Run_Rollup</name><actionName>Rollup_Definition</actionName><actionType>dataProcessingEngineAction</actionType>
  <connector><targetReference>Until_Done</targetReference></connector></actionCalls>
<waits><name>Until_Done</name><defaultConnectorLabel>Not done</defaultConnectorLabel>
  <waitEvents><name>Job_Done</name><conditionLogic>and</conditionLogic><eventType>${eventType}</eventType>
    <inputParameters><name>BatchJob</name><value><elementReference>Run_Rollup.batchJobId</elementReference></value></inputParameters>
  </waitEvents></waits>`;

describe('a wait for a batch job\'s BatchJobStatusChangedEvent', () => {
  it('stays waiting and says the Data Processing Engine job the action started publishes the event, which the simulator never runs', () => {
    // when
    const result = run(definitionOf(flowText(waitFor('BatchJobStatusChangedEvent')))).run;
    // then
    expect(result.status).toBe('waiting');
    expect(result.waiting).toMatchObject({ element: 'Until_Done', events: ['BatchJobStatusChangedEvent'] });
    expect(result.waiting?.about).toEqual(['BatchJobStatusChangedEvent: the batch job {!Run_Rollup.batchJobId} — the Data Processing Engine definition Rollup_Definition that Run_Rollup started — publishes it when its status changes; the simulator runs no batch job (the action that starts one is a side effect), so nothing publishes it and the run stays waiting']);
  });

  it('a wait for another platform event says nothing more than its name', () => {
    // when
    const result = run(definitionOf(flowText(waitFor('Order_Shipped__e')))).run;
    // then
    expect(result.waiting).toMatchObject({ events: ['Order_Shipped__e'] });
    expect(result.waiting?.about).toBeUndefined();
  });
});
