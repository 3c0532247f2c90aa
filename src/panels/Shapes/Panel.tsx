/**
 * Shape explorer: nn.RNN / nn.LSTM / nn.GRU arguments and an input shape in; the shapes of
 * output, h_n, c_n, every parameter and the parameter count out, drawn and tabulated.
 * React owns the DOM (the diagrams are React-rendered SVG; no d3 selection).
 *
 * The panel keeps its own form state: exploring shapes is a sandbox and must not retrain or
 * reconfigure the running experiment. While a field is invalid the last valid result stays on
 * screen (dimmed), so a half-typed number never blanks the page.
 */
import { useReducer } from 'react';
import type { PanelProps } from '../../app/panels.ts';
import { useT } from '../../i18n/index.ts';
import { argsOf, PRESET_IDS, PRESETS, presetOf } from './form.ts';
import type { PresetId, ShapeForm } from './form.ts';
import { recurrentShapes } from './shapes.ts';
import type { ShapeIssue, ShapeNote, RecurrentShapes } from './shapes.ts';
import { ShapeFields } from './ShapeFields.tsx';
import { CallDiagram } from './CallDiagram.tsx';
import { TensorTable } from './TensorTable.tsx';
import { ParamTable } from './ParamTable.tsx';
import './Shapes.css';

type State = Readonly<{
  form: ShapeForm;
  issues: readonly ShapeIssue[];
  notes: readonly ShapeNote[];
  /** the last valid result; what the tables and diagrams show */
  shown: RecurrentShapes;
}>;

type Action = Readonly<{ type: 'edit'; patch: Partial<ShapeForm> }> | Readonly<{ type: 'preset'; id: PresetId }>;

function evaluate(form: ShapeForm, lastShown: RecurrentShapes | null): State {
  const { args, dims } = argsOf(form);
  const result = recurrentShapes(args, dims);
  if (result.ok) return { form, issues: [], notes: result.notes, shown: result.shapes };
  if (!lastShown) throw new Error('Shapes panel: the initial form must be valid');
  return { form, issues: result.issues, notes: [], shown: lastShown };
}

function reducer(state: State, action: Action): State {
  const form = action.type === 'preset' ? PRESETS[action.id] : { ...state.form, ...action.patch };
  return evaluate(form, state.shown);
}

const initialState = (): State => evaluate(PRESETS.sine, null);

/** The Shape explorer panel (lab route `#/lab/shapes`; `compact` inside lessons). */
export default function ShapesPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  const [state, dispatch] = useReducer(reducer, undefined, initialState);
  const active = presetOf(state.form);
  const stale = state.issues.length > 0;

  return (
    <section className={compact ? 'panel panel--compact shapes' : 'panel shapes'} aria-labelledby="panel-shapes-title">
      <h2 id="panel-shapes-title">{t('shapes.title')}</h2>
      {!compact && <p className="shapes__intro muted">{t('shapes.intro')}</p>}

      <div className="shapes__presets" role="group" aria-label={t('shapes.presets.label')}>
        <span className="shapes__legend" aria-hidden="true">{t('shapes.presets.label')}</span>
        {PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="btn btn--small shapes__preset"
            aria-pressed={active === id}
            onClick={() => dispatch({ type: 'preset', id })}
          >
            {t(`shapes.presets.${id}`)}
          </button>
        ))}
      </div>

      <div className="shapes__layout">
        <ShapeFields form={state.form} issues={state.issues} onChange={(patch) => dispatch({ type: 'edit', patch })} />
        <div className="shapes__results">
          <div role="status" aria-live="polite" className="shapes__status">
            {stale && <p className="message message--warn">{t('shapes.stale')}</p>}
            {state.notes.map((note) => (
              <p key={note} className="message message--warn">
                {t(note)}
              </p>
            ))}
          </div>
          <div className={stale ? 'is-stale' : undefined}>
            <CallDiagram shapes={state.shown} />
          </div>
          <TensorTable shapes={state.shown} stale={stale} />
        </div>
      </div>

      {compact ? (
        <details className="shapes__more">
          <summary>{t('shapes.params.caption')}</summary>
          <ParamTable shapes={state.shown} stale={stale} />
        </details>
      ) : (
        <ParamTable shapes={state.shown} stale={stale} />
      )}
    </section>
  );
}
