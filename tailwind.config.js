/** @type {import('tailwindcss').Config} */
// Brand colours and the run-status palette. The canvas, the run view and the legend all read
// status colours from here (`bg-status-completed`, `border-status-error`, …) so they never drift.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: { 50: '#eef6f4', 100: '#d5ebe5', 500: '#1f6f5c', 600: '#195c4c', 700: '#134a3d', 900: '#0b2e26' },
        ink: { 400: '#6b7280', 600: '#374151', 800: '#1f2937' },
        status: {
          notstarted: '#6b7280',
          inprogress: '#1d4ed8',
          completed: '#15803d',
          discontinued: '#92400e',
          canceled: '#7c3aed',
          error: '#b91c1c',
          suspended: '#a16207',
        },
      },
    },
  },
};
