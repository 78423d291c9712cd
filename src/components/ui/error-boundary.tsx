import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Reloads the page: an object, so that a test can stand in for it. */
export const page = { reload: () => window.location.reload() };

/**
 * A part of the app's code that could not be fetched (the network dropped, or a new version was
 * deployed while the page was open). React.lazy keeps a failed load for good, so rendering the part
 * again fails again: only a reload fetches the code anew.
 */
export function isCodeLoadError(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|module script failed/i.test(error.message);
}

interface ErrorBoundaryProps {
  /** `retry` renders the part again, or reloads the page where its code failed to load (`codeMissing`). */
  fallback: (retry: () => void, codeMissing: boolean) => ReactNode;
  children: ReactNode;
  /** A failure is forgotten when this changes (the route's path, say), without remounting what is inside. */
  resetKey?: string;
}

interface ErrorBoundaryState {
  failed: boolean;
  codeMissing: boolean;
  resetKey?: string;
}

/** Keeps a rendering failure inside one panel or chart: the rest of the page goes on working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false, codeMissing: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failed: true, codeMissing: isCodeLoadError(error) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('A panel failed to render', error, info.componentStack);
  }

  private readonly retry = () => {
    if (this.state.codeMissing) page.reload();
    else this.setState({ failed: false });
  };

  render() {
    return this.state.failed ? this.props.fallback(this.retry, this.state.codeMissing) : this.props.children;
  }
}
