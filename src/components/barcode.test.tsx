import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { encodeCode128, QUIET_ZONE_MODULES } from '@/lib/code128';
import { Barcode } from './barcode';

describe('Barcode', () => {
  it('draws the Code 128 bars with quiet zones, sharp edges, a name and the text below', () => {
    render(<Barcode value="SO2026112200123" height={40} moduleWidth={2} label="订单号条码" />);
    const svg = screen.getByRole('img', { name: '订单号条码' });
    const { modules, widths } = encodeCode128('SO2026112200123');
    expect(svg).toHaveAttribute('width', String((modules + 2 * QUIET_ZONE_MODULES) * 2));
    expect(svg).toHaveAttribute('shape-rendering', 'crispEdges');
    const bars = svg.querySelector('path')?.getAttribute('d')?.match(/M/g) ?? [];
    expect(bars).toHaveLength(Math.ceil(widths.length / 2));
    // The first bar starts after the quiet zone.
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M20 0h4/);
    expect(svg).toHaveTextContent('SO2026112200123');
  });
});
