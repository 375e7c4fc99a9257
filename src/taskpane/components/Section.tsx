// A titled part of a tab: a <section> named by its heading, with an optional short explanation.
// A part that is not needed every time (what the team agreed once, taking data over from a table)
// can start folded: its heading is then a button that opens and closes it (aria-expanded), so a
// long tab shows what matters first at 350 px.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { ReactNode, useId, useState } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBlockEnd: tokens.spacingVerticalXL,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // The button is the heading's text: same size and weight, the whole width, the chevron first.
  toggle: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    padding: 0,
    minWidth: 0,
    fontSize: 'inherit',
    lineHeight: 'inherit',
    fontWeight: 'inherit',
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

interface Props {
  title: string;
  intro?: string;
  /** 2 for a tab's main parts, 3 for parts inside those. */
  level?: 2 | 3;
  /** Starts folded, with a heading that opens it. */
  folded?: boolean;
  children: ReactNode;
}

export function Section({ title, intro, level = 2, folded = false, children }: Props) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(!folded);
  const Heading = level === 2 ? 'h2' : 'h3';
  const content = (
    <>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </>
  );
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Heading id={id} className={level === 2 ? styles.heading : styles.subheading}>
        {folded ? (
          <Button
            appearance="transparent"
            className={styles.toggle}
            icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={open}
            aria-controls={open ? `${id}-body` : undefined}
            data-disclosure
            onClick={() => setOpen(!open)}
          >
            {title}
          </Button>
        ) : (
          title
        )}
      </Heading>
      {folded
        ? open && (
            <div id={`${id}-body`} className={styles.body}>
              {content}
            </div>
          )
        : content}
    </section>
  );
}
