import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App.tsx';
import { initI18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/state/index.ts';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    useAppStore.setState((s) => ({ prefs: { ...s.prefs, lang: 'ko', theme: 'system' } }));
    initI18n('ko');
    window.location.hash = '#/';
  });

  it('switches the interface language with the buttons in the labelled Language group', async () => {
    const user = userEvent.setup();
    render(<App />);
    const group = screen.getByRole('group', { name: '언어' });
    expect(within(group).getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();

    await user.click(within(group).getByRole('button', { name: 'English' }));

    const english = await screen.findByRole('group', { name: 'Language' });
    expect(within(english).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('unroll.lang')).toBe('en');
  });

  it('applies the chosen theme to the document and remembers it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(screen.getByRole('group', { name: '테마' })).getByRole('button', { name: /어둡게/ }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('unroll.theme')).toBe('dark');
  });
});
