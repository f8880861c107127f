import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  onClick(): void;
  title?: string;
  disabled?: boolean;
  /** A toggle: rendered with aria-pressed. */
  pressed?: boolean;
  primary?: boolean;
}

export function ToolbarButton({ children, onClick, title, disabled, pressed, primary }: Props) {
  const look = primary
    ? 'border-brand-600 bg-brand-600 text-white hover:bg-brand-700'
    : pressed
      ? 'border-brand-500 bg-brand-100 text-brand-900'
      : 'border-ink-400/50 bg-white text-ink-800 hover:bg-brand-50';
  return (
    <button
      type="button"
      onClick={onClick}
      title={title}
      disabled={disabled}
      aria-pressed={pressed}
      className={`rounded-md border px-2.5 py-1 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-1 disabled:cursor-not-allowed disabled:opacity-50 ${look}`}
    >
      {children}
    </button>
  );
}
