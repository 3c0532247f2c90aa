/**
 * The live panels of a step, arranged as the step asks ('single', 'split' side by side on wide
 * screens, 'stack' one above the other). Each panel loads lazily and sits in its own error
 * boundary, so one failing panel leaves the lesson text and the other panel usable.
 *
 * Panels are keyed by id: moving between steps that show the same panel keeps it mounted, so its
 * local state and the run it shows carry on.
 */
import { Suspense } from 'react';
import { useT } from '../../i18n/index.ts';
import type { PanelLayout } from '../../lessons/index.ts';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { PANELS } from '../panels.ts';
import type { PanelId } from '../route.ts';

type Props = Readonly<{ panels: readonly PanelId[]; layout: PanelLayout }>;

/** The panel column of the lesson page. */
export function PanelArea({ panels, layout }: Props) {
  const { t } = useT();
  if (panels.length === 0) return null;
  return (
    <div className={`lesson__panels lesson__panels--${layout}`} role="region" aria-label={t('lessons.ui.panels')}>
      {panels.map((id) => {
        const Panel = PANELS[id];
        return (
          <div key={id} className="lesson-panel" role="group" aria-label={t(`app.panels.${id}`)}>
            <ErrorBoundary resetKey={id}>
              <Suspense fallback={<div className="skeleton lesson-panel__loading" role="status" aria-label={t('lessons.ui.panelLoading')} />}>
                {/* Side by side each panel has half the room: the compact variant fits it. */}
                <Panel compact={layout === 'split'} />
              </Suspense>
            </ErrorBoundary>
          </div>
        );
      })}
    </div>
  );
}
