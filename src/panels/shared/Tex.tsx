/**
 * The one `<Tex>` component: React owns the wrapper element, KaTeX owns the markup inside it
 * (see renderTex.ts). KaTeX's CSS and fonts are bundled in main.tsx (never a CDN).
 */
import { renderTex } from './renderTex.ts';

type Props = Readonly<{
  /** the TeX source */
  tex: string;
  /** display (block, centred) math instead of inline */
  display?: boolean;
  className?: string;
}>;

/** A formula. Inline math is a `<span>`, display math a `<div>`. */
export function Tex({ tex, display = false, className }: Props) {
  const Tag = display ? 'div' : 'span';
  // The selector of the lint rule also matches the key `__html` itself, so it flags even the one
  // use it allows; the value here is renderTex's KaTeX output, which the rule permits.
  // eslint-disable-next-line no-restricted-syntax
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: renderTex(tex, display) }} />;
}
