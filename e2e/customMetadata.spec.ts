/**
 * A project's custom metadata records in the app: the BookingCounter project
 * (`src/io/project/__fixtures__/BookingCounter/README.md`) is opened as a folder, and its step flow's
 * Get Records on `Booking_Counter__mdt` and `$CustomMetadata` read the counter record the project
 * ships, as `stageflow simulate` and `stageflow flow` do (docs/projects.md, "Custom metadata records").
 */
import { expect, test } from '@playwright/test';
import { openProjectOrchestration } from './helpers';

interface Trace { run: { status: string }; flowRuns?: { flow: string; outputs?: Record<string, unknown> }[] }

test('a step flow opened from a project reads the project\'s custom metadata record in the run', async ({ page }) => {
  // given the project opened as a folder, with the scenarios kept beside its orchestration
  await openProjectOrchestration(page, 'src/io/project/__fixtures__/BookingCounter', 'Booking_Intake');
  // when its first scenario (no record of the type) is run
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // then the step flow numbered the case from the project's counter
  await expect.poll(async () => {
    const trace = await page.evaluate(() => window.stageflow.getTrace() as unknown as Trace | null);
    return trace?.flowRuns?.map((r) => [r.flow, r.outputs]) ?? null;
  }, { timeout: 15_000 }).toEqual([['Number_Booking', { bookingNumber: 'BK-41', counterLabel: 'Default Counter' }]]);
});
