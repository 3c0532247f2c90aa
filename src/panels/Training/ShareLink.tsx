import { useState } from 'react';
import { useT } from '../../i18n/index.ts';
import { shareLink } from '../../state/index.ts';
import { formatCount } from './format.ts';
import { Icon } from './Icon.tsx';

/**
 * "Copy share link": the address of this exact run (config, live changes and the step reached),
 * copied to the clipboard and shown in a read-only field for copying by hand.
 */
export function ShareLink() {
  const { t } = useT();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const [step, setStep] = useState(0);

  const onCopy = async (): Promise<void> => {
    const { url, step: at } = await shareLink();
    setLink(url);
    setStep(at);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission (an iframe, an old browser): the field below holds the link.
      setCopied(false);
    }
  };

  return (
    <div className="share">
      <button type="button" className="btn btn--small" onClick={() => void onCopy()}>
        <Icon name="link" />
        {t('training.share.copy')}
      </button>
      {link !== null && (
        <div className="share__result">
          <p className="small" role="status">
            {copied ? t('training.share.copied', { step: formatCount(step) }) : t('training.share.copyByHand')}
          </p>
          <input className="share__input" readOnly value={link} aria-label={t('training.share.link')} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
