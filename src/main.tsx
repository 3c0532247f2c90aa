import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import 'katex/dist/katex.min.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import { initI18n } from './i18n/index.ts';
import { useAppStore } from './state/index.ts';
import { App } from './app/App.tsx';

initI18n(useAppStore.getState().prefs.lang);
document.documentElement.dataset.theme = useAppStore.getState().prefs.theme;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
