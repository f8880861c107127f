/**
 * The hint and the problems shown under a form control (referenced by its aria-describedby). A
 * message starting "Warning: " (store/problems.ts) is a warning: shown in amber, and it does not
 * mark the control invalid — the design still runs and exports.
 */
const isWarning = (message: string) => message.startsWith('Warning: ');
export interface FieldMessagesProps {
  id: string;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
}

export function FieldMessages({ id, hint, errors = [] }: FieldMessagesProps) {
  if (!hint && errors.length === 0) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-xs">
      {errors.map((e) => (
        <p key={e} className={isWarning(e) ? 'text-amber-900' : 'text-status-error'}>
          <span aria-hidden="true">⚠ </span>
          {e}
        </p>
      ))}
      {hint && <p className="text-ink-600">{hint}</p>}
    </div>
  );
}

/** The aria attributes a control gets from its messages. */
export function messageAttributes(id: string, hint: string | undefined, errors: readonly string[] | undefined) {
  const has = !!hint || (errors?.length ?? 0) > 0;
  return {
    'aria-describedby': has ? id : undefined,
    'aria-invalid': errors && errors.some((e) => !isWarning(e)) ? true : undefined,
  } as const;
}
