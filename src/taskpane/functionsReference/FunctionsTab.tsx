// The reference of the CASELOAD worksheet functions, in the user's language: name, what it
// returns, how to write it, and each argument. From the same description as Excel's metadata.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { describeFunctions, FunctionDescription, PACKS } from '../../core';
import { FUNCTIONS_NAMESPACE } from '../../workbook';
import { Intro } from '../components/Intro';
import { useLanguage, useStrings } from '../i18n/LocaleProvider';

// The namespace this add-in's functions have in Excel (CASELOAD in production).
const NAMESPACE = FUNCTIONS_NAMESPACE;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    paddingBlock: tokens.spacingVerticalM,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: 'anywhere',
  },
  description: { marginBlock: tokens.spacingVerticalXS },
  syntax: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: 'anywhere',
  },
  parametersTitle: { fontWeight: tokens.fontWeightSemibold, cursor: 'pointer' },
  details: { marginBlockStart: tokens.spacingVerticalS },
  parameters: { margin: 0 },
  parameterName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    marginBlockStart: tokens.spacingVerticalXS,
  },
  parameterText: { marginInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export function FunctionsTab() {
  const styles = useStyles();
  const strings = useStrings();
  const language = useLanguage();
  const functions = useMemo(() => describeFunctions(PACKS[language].functions), [language]);
  return (
    <>
      <Intro>{strings.functionsIntro}</Intro>
      <ul className={styles.list}>
        {functions.map(f => (
          <FunctionEntry key={f.id} fn={f} />
        ))}
      </ul>
    </>
  );
}

function FunctionEntry({ fn }: { fn: FunctionDescription }) {
  const styles = useStyles();
  const strings = useStrings();
  const separator = useLanguage() === 'nl' ? '; ' : ', ';
  const syntax = `=${NAMESPACE}.${fn.name}(${fn.parameters.map(p => (p.optional ? `[${p.name}]` : p.name)).join(separator)})`;
  return (
    <li className={styles.item}>
      <h2 className={styles.name}>
        {NAMESPACE}.{fn.name}
      </h2>
      <p className={styles.description}>{fn.description}</p>
      <code className={styles.syntax}>{syntax}</code>
      {fn.parameters.length === 0 ? (
        <p>{strings.functionsNoParameters}</p>
      ) : (
        <details className={styles.details}>
          <summary className={styles.parametersTitle}>
            {strings.functionsParameters} ({fn.parameters.length})
          </summary>
          <dl className={styles.parameters}>
            {fn.parameters.map(p => (
              <div key={p.id}>
                <dt className={styles.parameterName}>
                  {p.name}
                  {p.optional && ` (${strings.functionsOptional})`}
                </dt>
                <dd className={styles.parameterText}>{p.description}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}
