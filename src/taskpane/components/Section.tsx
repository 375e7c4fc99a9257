// A titled part of a tab: a <section> named by its heading, with an optional short explanation.
import { makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode, useId } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBlockEnd: tokens.spacingVerticalXL,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

interface Props {
  title: string;
  intro?: string;
  /** 2 for a tab's main parts, 3 for parts inside those. */
  level?: 2 | 3;
  children: ReactNode;
}

export function Section({ title, intro, level = 2, children }: Props) {
  const styles = useStyles();
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Heading id={id} className={level === 2 ? styles.heading : styles.subheading}>
        {title}
      </Heading>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}
