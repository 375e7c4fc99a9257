// A small SVG chart with its caption. Screen readers hear the chart as one image whose name is a
// sentence with the figures it shows; the visible caption is only a title, so it is not read twice.
import { makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  figure: { margin: 0 },
  // A label longer than the chart is cut at its edge, never widening the pane.
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'hidden' },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

interface Props {
  width: number;
  height: number;
  /** What the chart shows, in words. */
  summary: string;
  caption: string;
  children: ReactNode;
}

export function ChartFigure({ width, height, summary, caption, children }: Props) {
  const styles = useStyles();
  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {children}
      </svg>
      <figcaption className={styles.caption} aria-hidden="true">
        {caption}
      </figcaption>
    </figure>
  );
}
