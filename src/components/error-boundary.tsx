import { Component, type ReactNode } from 'react';

type Props = { fallback: (error: unknown, retry: () => void) => ReactNode; resetKey?: string; children: ReactNode };
type State = { error: unknown; resetKey?: string };

/** A page never goes blank: a render error shows the fallback instead, and navigating away clears it. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  render() {
    if (this.state.error !== undefined) return this.props.fallback(this.state.error, () => this.setState({ error: undefined }));
    return this.props.children;
  }
}
