import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Tex } from '../../../src/panels/shared/Tex.tsx';
import { renderTex } from '../../../src/panels/shared/renderTex.ts';

describe('Tex', () => {
  it('renders a formula with MathML for screen readers and the TeX source kept', () => {
    const { container } = render(<Tex tex="h_t = \tanh(W x_t)" display />);
    expect(container.querySelector('.katex-display math')).not.toBeNull();
    expect(container.querySelector('annotation')?.textContent).toBe('h_t = \\tanh(W x_t)');
  });

  it('turns \\htmlData term tags into data attributes and trusts nothing else', () => {
    expect(renderTex('\\htmlData{term=W}{W}')).toContain('data-term="W"');
    const link = renderTex('\\href{https://example.com}{x}');
    expect(link).not.toContain('<a ');
    expect(renderTex('\\htmlClass{evil}{x}')).not.toContain('class="evil');
  });

  it('shows a broken formula as red source text instead of throwing', () => {
    expect(renderTex('\\frac{1}{')).toContain('katex-error');
  });
});
