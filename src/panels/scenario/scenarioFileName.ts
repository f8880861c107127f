/**
 * Where `stageflow test` looks for a design's scenarios (docs/cli.md): `Name.scenario.json` beside
 * the design, or any `.json` in a `Name.scenarios/` folder beside it. The path a downloaded scenario
 * should take: the single file when the design has one scenario, else a file of the folder named
 * after the scenario (letters, digits, `_` and `-` kept, the rest `_`).
 */
export function scenarioFileName(design: string, scenario: string | undefined, several: boolean): string {
  if (!several) return `${design}.scenario.json`;
  const slug = (scenario ?? '').trim().replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'scenario';
  return `${design}.scenarios/${slug}.json`;
}
