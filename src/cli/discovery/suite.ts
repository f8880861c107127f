/** What `stageflow test` and `stageflow coverage` run: designs, each with its scenario files. */

/** Where a design comes from. */
export type DesignSource =
  /** An orchestration `.json` or `.flow-meta.xml` file. */
  | { kind: 'file'; file: string }
  /** An orchestration inside an SFDX project folder, by API name (read by src/io/project once it lands). */
  | { kind: 'project'; folder: string; orchestration: string };

/** A design and the scenario files to run against it (an empty list: the design has none). */
export interface Suite {
  design: DesignSource;
  scenarios: string[];
}

/** How a suite is named in reports: the design's file, or `<folder>#<ApiName>`. */
export function suiteLabel(source: DesignSource): string {
  return source.kind === 'file' ? source.file : `${source.folder}#${source.orchestration}`;
}

/**
 * A path or manifest entry that could not be read: `file` is what it is about (the path given, the
 * manifest, or the design or scenario a manifest entry names), `line` says where and what
 * (`<path>: <message>`, a manifest's entry as `<manifest>: tests[1].design: <message>`).
 */
export interface DiscoveryProblem {
  file: string;
  line: string;
}

/** Suites found, and the problems that make the input bad. */
export interface Discovery {
  suites: Suite[];
  problems: DiscoveryProblem[];
  /** The texts of scenario files found inside a `.zip`, by the names the suites give them (archive.ts). */
  archived: Map<string, string>;
  /** Lines for stderr that do not make the input bad: scenarios a walk found without a design, so not run. */
  warnings: string[];
}
