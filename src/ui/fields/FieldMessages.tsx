/** The hint and the problems shown under a form control (referenced by its aria-describedby). */
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
        <p key={e} className="text-status-error">
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
    'aria-invalid': errors && errors.length > 0 ? true : undefined,
  } as const;
}
