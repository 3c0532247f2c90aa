import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { t } from '../i18n/index.ts';

type Props = Readonly<{ children: ReactNode; /** changes when the user navigates, to clear the error */ resetKey?: string }>;
type State = Readonly<{ error: Error | null; resetKey: string | undefined }>;

/**
 * Shows a readable message instead of a blank page when a part of the UI throws while
 * rendering. Navigation (a new `resetKey`) clears it, so one broken panel never traps the user.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for developers; the UI already shows the message to the user.
    console.warn('Unroll error boundary caught:', error.message, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section role="alert" className="error-card">
        <h2>{t('app.error.title')}</h2>
        <p>{t('app.error.body')}</p>
        <pre className="error-card__message">{error.message}</pre>
        <div className="row gap-s">
          <button type="button" className="btn btn--primary" onClick={() => this.setState({ error: null })}>
            {t('app.error.retry')}
          </button>
          <a className="btn" href="#/">
            {t('app.error.home')}
          </a>
        </div>
      </section>
    );
  }
}
