/**
 * The blank screen (B or '.'): covers everything with black so the room looks at the speaker,
 * while the page, the panels and any training run go on underneath untouched.
 */
import { useT } from '../../i18n/index.ts';

type Props = Readonly<{ onShow: () => void }>;

/** A full-screen black cover; a click or B brings the page back. */
export function BlankScreen({ onShow }: Props) {
  const { t } = useT();
  return (
    <div className="presenter-blank" role="status" aria-label={t('presenter.blanked')} onClick={onShow}>
      <span className="visually-hidden">{t('presenter.blanked')}</span>
    </div>
  );
}
