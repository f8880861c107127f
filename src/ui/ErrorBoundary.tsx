/** Keeps a failing area (canvas, panel) from blanking the page; the design in memory is untouched. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Stageflow: the ${this.props.area} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="m-4 rounded-md border border-status-error bg-red-50 p-4 text-sm text-ink-800">
        <p className="font-semibold">The {this.props.area} hit a problem: {this.state.error.message}</p>
        <p className="mt-1">Your design is safe. Undo the last change or try again.</p>
        <button
          type="button"
          className="mt-3 rounded-md border border-ink-400 bg-white px-3 py-1 hover:bg-ink-400/10 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          onClick={() => this.setState({ error: null })}
        >
          Try again
        </button>
      </div>
    );
  }
}
