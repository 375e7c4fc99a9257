// The pane's one number input in its two forms: labelled above, or named by aria-label inside a
// table cell. What it accepts (useNumberDraft) is checked in Chromium by
// test/browser/numberFields.browser.test.ts.
import { renderToStaticMarkup } from 'react-dom/server';
import { NumberField } from '../../src/taskpane/components/NumberField';

const render = (node: JSX.Element) => renderToStaticMarkup(node);
const attribute = (html: string, element: string, name: string) =>
  new RegExp(`<${element}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe('NumberField', () => {
  it('is named by the label above it', () => {
    const html = render(<NumberField label="Contracturen per week" value={36} onChange={() => {}} />);
    expect(html).toMatch(/<label[^>]*>Contracturen per week<\/label>/);
    expect(attribute(html, 'label', 'for')).toBe(attribute(html, 'input', 'id'));
    expect(attribute(html, 'input', 'aria-label')).toBeUndefined();
    expect(attribute(html, 'input', 'value')).toBe('36');
    expect(attribute(html, 'input', 'inputMode')).toBe('decimal');
  });

  it('in a table cell is named by aria-label, with no label on screen', () => {
    const html = render(<NumberField inTable label="Fte aanwezig, rij 2" value={5.6} onChange={() => {}} />);
    expect(html).not.toContain('<label');
    expect(attribute(html, 'input', 'aria-label')).toBe('Fte aanwezig, rij 2');
    expect(attribute(html, 'input', 'value')).toBe('5,6');
  });

  it('is small in a table cell, as the inputs beside it', () => {
    const classes = (html: string) => attribute(html, 'span', 'class');
    const inTable = render(<NumberField inTable label="Open casussen, rij 1" value={1} onChange={() => {}} />);
    const labelled = render(<NumberField label="Open casussen" value={1} onChange={() => {}} />);
    expect(classes(inTable)).not.toBe(classes(labelled));
  });

  it('shows a percentage as 0-100, with a % after it on screen only', () => {
    const html = render(<NumberField label="Verzuim" kind="percent" value={0.055} onChange={() => {}} />);
    expect(attribute(html, 'input', 'value')).toBe('5,5');
    expect(html).toContain('<span aria-hidden="true">%</span>');
  });
});
