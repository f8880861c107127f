/** What the chosen API version changes for this orchestration (R20, R40–R45). */
export function ApiVersionNote({ apiVersion }: { apiVersion: number }) {
  return (
    <ul className="mt-1 list-disc space-y-0.5 rounded bg-brand-50 py-1 pr-2 pl-6 text-xs text-ink-800" data-testid="api-version-note">
      <li>
        <strong>60 and later:</strong> background steps get a <em>Run as</em> choice (Automated Process User by default); the orchestration launches and
        resumes as the Automated Process User. Earlier versions run steps as whoever launched or last resumed the run.
        {apiVersion < 60 && <span className="font-semibold text-amber-900"> This orchestration uses the older behaviour.</span>}
      </li>
      <li>
        <strong>63 and later:</strong> whether a background step runs sync or async is decided by its flow (an Action, Subflow or Wait element makes it async);
        the step’s “Requires async processing” box is ignored.
        {apiVersion < 63 && <span className="font-semibold text-amber-900"> Here the box decides.</span>}
      </li>
    </ul>
  );
}
