// The short explanation at the top of a tab.
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  intro: { margin: `0 0 ${tokens.spacingVerticalL}`, color: tokens.colorNeutralForeground2 },
});

export function Intro({ children }: { children: string }) {
  return <p className={useStyles().intro}>{children}</p>;
}
