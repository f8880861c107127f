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

/**
 * The paths of all a design's scenarios in the `Name.scenarios/` folder (or `Name.scenario.json`
 * for a single one), in order; two scenarios whose names give the same file get `-2`, `-3`…
 */
export function scenarioFilePaths(design: string, names: readonly (string | undefined)[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const path = scenarioFileName(design, name, names.length > 1);
    let unique = path;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = path.replace(/\.json$/, `-${n}.json`);
    taken.add(unique.toLowerCase());
    return unique;
  });
}
