import { useRef, useState } from 'react';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import { Icon } from './Icon.tsx';

/** Largest file read at all (the worker refuses larger state dicts too). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Saves text as a file through a temporary object URL. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export the parameters as a PyTorch state dict, or import one; a bad file changes nothing. */
export function WeightsIO() {
  const { t } = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useAppStore((s) => s.run.ready);
  const imported = useAppStore((s) => s.run.imported);

  const onExport = async (): Promise<void> => {
    const s = useAppStore.getState();
    const { json, step } = await s.exportWeights();
    const file = `unroll-${s.config.task}-${s.config.cell}-${s.config.layers}x${s.config.hidden}-step${step}.json`;
    download(file, json);
    setNote(t('training.weights.exported', { file }));
  };

  const onFile = async (file: File | undefined): Promise<void> => {
    if (fileRef.current) fileRef.current.value = '';
    if (!file) return;
    const s = useAppStore.getState();
    setNote(null);
    if (file.size > MAX_FILE_BYTES) {
      s.addMessages([{ level: 'error', source: 'import', key: 'common.import.too-large', params: {}, detail: `${file.name}: ${file.size} bytes` }]);
      return;
    }
    setBusy(true);
    try {
      await s.importWeights(await file.text());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="weights" aria-labelledby="weights-title">
      <h3 id="weights-title" className="weights__title">
        {t('training.weights.title')}
      </h3>
      <div className="row gap-s wrap">
        <button type="button" className="btn" disabled={!ready} onClick={() => void onExport()}>
          <Icon name="download" />
          {t('training.weights.export')}
        </button>
        <button type="button" className="btn" disabled={!ready || busy} onClick={() => fileRef.current?.click()}>
          <Icon name="upload" />
          {busy ? t('training.weights.importing') : t('training.weights.import')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('training.weights.import')}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <p className="muted small">{t('training.weights.hint')}</p>
      {note && <p className="small" role="status">{note}</p>}
      {imported && <p className="small muted">{t('training.weights.importedNote')}</p>}
    </section>
  );
}
