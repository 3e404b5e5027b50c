import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead; `retry` renders the children again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
  /** Changing it clears a caught error (e.g. the view's address). */
  resetKey?: string;
}

/** Keeps one broken view from taking the whole workspace (and the unsaved work elsewhere) with it. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null; resetKey?: string }> {
  override state: { error: Error | null; resetKey?: string } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: { error: Error | null; resetKey?: string },
  ) {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error): void {
    console.error(error);
  }

  retry = () => this.setState({ error: null });

  override render() {
    return this.state.error ? this.props.fallback(this.retry) : this.props.children;
  }
}
