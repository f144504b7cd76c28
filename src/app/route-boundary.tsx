import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { RouteError } from './pages/route-error';

interface ErrorBoundaryProps {
  /** A new value (the next page) clears a caught error. */
  resetKey: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failure: { error: unknown } | null;
  resetKey: string;
}

class RouteErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failure: null, resetKey: props.resetKey };
  }

  private readonly retry = () => this.setState({ failure: null });

  override render() {
    const { failure } = this.state;
    return failure ? (
      <RouteError error={failure.error} onRetry={this.retry} />
    ) : (
      this.props.children
    );
  }
}

/**
 * Catches what the pages below throw while loading or rendering and shows the route error page
 * in their place. Moving to another page (or the same one again) starts over without the error.
 */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <RouteErrorBoundary resetKey={location.key}>{children}</RouteErrorBoundary>;
}
