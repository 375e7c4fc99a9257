// The one table scaffold of the pane's figure tables: the markup screen readers and the browser
// tests rely on (caption, column and row headers, total row, live regions, each cell's heading for
// the stacked rows of a table too wide for the pane).
import { renderToStaticMarkup } from 'react-dom/server';
import { FigureTable } from '../../src/taskpane/components/FigureTable';

/** The markup without the styling classes. */
const markup = (node: JSX.Element) => renderToStaticMarkup(node).replace(/ class="[^"]*"/g, '');

describe('FigureTable', () => {
  it('names the table by its caption and heads each column', () => {
    expect(
      markup(
        <FigureTable
          caption="Team"
          columns={[{ heading: 'Naam' }, { heading: 'Fte', numeric: true }]}
          rows={[
            ['Anouk', '0,89'],
            ['Bram', '1,00'],
          ]}
        />,
      ),
    ).toBe(
      '<div data-stacked="false"><table><caption>Team</caption>' +
        '<thead><tr><th scope="col">Naam</th><th scope="col">Fte</th></tr></thead>' +
        '<tbody><tr><td data-label="Naam">Anouk</td><td data-label="Fte">0,89</td></tr><tr><td data-label="Naam">Bram</td><td data-label="Fte">1,00</td></tr></tbody>' +
        '</table></div>',
    );
  });

  it('makes the first cell of each row its header, and adds a total row when a column has a total', () => {
    expect(
      markup(
        <FigureTable
          caption="Team"
          rowHeaders
          liveBody
          columns={[
            { heading: 'Naam', total: 'Team' },
            { heading: 'Ruimte', numeric: true, live: true, total: '10 – 20' },
            { heading: 'Open', numeric: true, total: '9' },
          ]}
          rows={[['Anouk', '4 – 8', '5']]}
        />,
      ),
    ).toBe(
      '<div data-stacked="false"><table><caption>Team</caption>' +
        '<thead><tr><th scope="col">Naam</th><th scope="col">Ruimte</th><th scope="col">Open</th></tr></thead>' +
        // The body is live as a whole: its cells need no live region of their own.
        '<tbody aria-live="polite"><tr><th scope="row">Anouk</th><td data-label="Ruimte">4 – 8</td><td data-label="Open">5</td></tr></tbody>' +
        // The foot is outside the body: a live column's total is read out by its own cell.
        '<tfoot><tr><th scope="row">Team</th><td data-label="Ruimte" aria-live="polite">10 – 20</td><td data-label="Open">9</td></tr></tfoot>' +
        '</table></div>',
    );
  });

  it('reads out the cells of a live column when the body is not live, and can hide a heading', () => {
    expect(
      markup(
        <FigureTable
          caption="Weken"
          columns={[
            { heading: 'Week' },
            { heading: 'Per fte', numeric: true, live: true },
            { heading: 'Verwijderen', hiddenHeading: true },
          ]}
          rows={[['2026-W40', '12,7', <button key="remove">✕</button>]]}
        />,
      ),
    ).toBe(
      '<div data-stacked="false"><table><caption>Weken</caption>' +
        '<thead><tr><th scope="col">Week</th><th scope="col">Per fte</th><th scope="col"><span>Verwijderen</span></th></tr></thead>' +
        // A hidden heading is not shown beside its cell in stacked rows either.
        '<tbody><tr><td data-label="Week">2026-W40</td><td data-label="Per fte" aria-live="polite">12,7</td>' +
        '<td><button>✕</button></td></tr></tbody>' +
        '</table></div>',
    );
  });

  it('aligns the figures of numeric columns apart from text columns, and adds a column class to its cells', () => {
    const html = renderToStaticMarkup(
      <FigureTable
        caption="Scenario's"
        rowHeaders
        columns={[{ heading: 'Uitkomst' }, { heading: 'Basis', numeric: true, cellClassName: 'nowrap' }]}
        rows={[['Fte', '6,12']]}
      />,
    );
    const classes = [...html.matchAll(/<t[hd][^>]* class="([^"]*)"/g)].map(m => m[1]);
    const [textHead, numberHead, rowHead, figure] = classes;
    expect(numberHead).not.toBe(textHead);
    expect(figure.split(' ')).toContain('nowrap');
    expect(rowHead.split(' ')).not.toContain('nowrap');
  });
});
