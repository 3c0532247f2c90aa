/** The most likely outputs of one step as labelled bars, with the numbers as text. */
import { useId } from 'react';
import { useT } from '../../i18n/index.ts';

type Props = Readonly<{ items: readonly { label: string; prob: number }[] }>;

export function TopK({ items }: Props) {
  const { t } = useT();
  const id = useId();
  return (
    <figure className="arch-topk" aria-labelledby={id}>
      <figcaption id={id} className="small muted">{t('architectures.try.top')}</figcaption>
      <ol>
        {items.map((it) => (
          <li key={it.label}>
            <span className="arch-topk__label">{it.label}</span>
            <span className="arch-topk__bar" aria-hidden="true">
              <span style={{ width: `${Math.max(1, it.prob * 100)}%` }} />
            </span>
            <span className="arch-topk__value">{(it.prob * 100).toFixed(1)}%</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
