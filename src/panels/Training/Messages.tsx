import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import type { Message } from '../../state/index.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The message in the reader's language: field names and causes are translated too. */
function text(t: Translate, m: Message): string {
  const params: Record<string, unknown> = { ...m.params };
  if (typeof m.params.field === 'string' && m.params.field !== '') params.field = t(`common.fields.${m.params.field}`, { defaultValue: m.params.field });
  if (typeof m.params.what === 'string') params.what = t(`common.what.${m.params.what}`, { defaultValue: m.params.what });
  return t(m.key, params);
}

/** Messages about the run (bad link, refused value, divergence, restarts, imports), each dismissible. */
export function Messages() {
  const { t } = useT();
  const tx = t as unknown as Translate; // keys come from data; tests/i18n checks they exist
  const messages = useAppStore((s) => s.messages);
  const dismiss = useAppStore((s) => s.dismissMessage);
  return (
    <div className="messages" aria-live="polite" aria-label={t('common.messages')}>
      {messages.map((m) => (
        <div key={m.id} className={`message message--${m.level}`} data-key={m.key}>
          <p className="message__text">{text(tx, m)}</p>
          {m.detail && (
            <details className="message__details">
              <summary>{t('common.details')}</summary>
              <code>{m.detail}</code>
            </details>
          )}
          <button type="button" className="message__close" aria-label={t('common.dismiss')} onClick={() => dismiss(m.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
