/** @type {import('tailwindcss').Config} */
// The brand and run-status colours live in src/index.css (`@theme`), as CSS variables, so dark mode
// can swap them in one place. The canvas, the run view and the legend read status colours through
// them (`bg-status-completed`, `border-status-error`, …) so they never drift.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
};
