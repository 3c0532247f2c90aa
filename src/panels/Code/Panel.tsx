/**
 * "Show PyTorch code": the runnable script for the current experiment, with Copy and
 * Download .py, and a pointer to the Training panel's weight export so the script can continue
 * from a model trained here. React owns the DOM.
 */
import { useMemo, useState } from 'react';
import type { PanelProps } from '../../app/panels.ts';
import { useT } from '../../i18n/index.ts';
import { CodeBlock } from './CodeBlock.tsx';
import { pytorchScript, scriptFileName, WEIGHTS_FILE } from './pytorch.ts';
import { copyText, downloadText } from './share.ts';
import { useDataSizes, useExperimentConfig } from './useScriptInputs.ts';
import './Code.css';

/** What the live region last said; `n` changes on every copy so a repeat is announced again. */
type CopyState = Readonly<{ ok: boolean; n: number }> | null;

/** The PyTorch code panel (lab route `#/lab/code`; `compact` inside lessons). */
export default function CodePanel({ compact = false }: PanelProps) {
  const { t } = useT();
  const config = useExperimentConfig();
  const sizes = useDataSizes(config.task);
  const [loadWeights, setLoadWeights] = useState(false);
  const [copied, setCopied] = useState<CopyState>(null);
  const script = useMemo(() => pytorchScript(config, { loadWeights, sizes }), [config, loadWeights, sizes]);
  const file = scriptFileName(config);

  const onCopy = async (): Promise<void> => {
    const ok = await copyText(script);
    setCopied((prev) => ({ ok, n: (prev?.n ?? 0) + 1 }));
  };

  return (
    <section className={compact ? 'panel panel--compact code-panel' : 'panel code-panel'} aria-labelledby="panel-code-title">
      <h2 id="panel-code-title">{t('code.title')}</h2>
      <p className="code-panel__intro muted">{t('code.intro')}</p>

      <div className="code-panel__toolbar">
        <button type="button" className="btn btn--primary" onClick={() => void onCopy()}>
          {t('code.copy')}
        </button>
        <button type="button" className="btn" onClick={() => downloadText(file, script)}>
          {t('code.download')}
        </button>
        <label className="code-panel__check">
          <input type="checkbox" checked={loadWeights} onChange={(e) => setLoadWeights(e.currentTarget.checked)} />
          {t('code.loadWeights')}
        </label>
        <p role="status" aria-live="polite" className="code-panel__status">
          {copied && (
            <span key={copied.n} className={copied.ok ? 'message message--ok' : 'message message--error'}>
              {t(copied.ok ? 'code.copied' : 'code.copyFailed')}
            </span>
          )}
        </p>
      </div>

      <div className="code-panel__file">
        <span className="code-panel__filename">{file}</span>
        <span className="muted small">{t('code.run', { command: `python ${file}` })}</span>
      </div>
      <CodeBlock code={script} label={t('code.codeLabel', { file })} />

      <div className="code-panel__notes">
        <div className="card">
          <h3 className="code-panel__note-title">{t('code.weightsTitle')}</h3>
          <p>{t('code.weightsBody', { file: WEIGHTS_FILE })}</p>
          <a href="#/lab/training">{t('code.weightsLink')}</a>
        </div>
        <div className="card">
          <h3 className="code-panel__note-title">{t('code.randomTitle')}</h3>
          <p>{t('code.randomBody')}</p>
        </div>
      </div>
    </section>
  );
}
