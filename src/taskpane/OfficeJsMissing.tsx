// Shown instead of the pane when Office opened it but Office.js did not load (a proxy or firewall
// that blocks Microsoft's CDN, no network): without it the pane cannot reach the workbook, and the
// sample municipality of a plain browser would only mislead. Says which address to allow.
import type { Language } from '../core';
import { HostNotice } from './HostNotice';

interface Props {
  language: Language;
  /** Where Office.js comes from (deploy/headers.js), the address IT must allow. */
  script: string;
}

export function OfficeJsMissing({ language, script }: Props) {
  return (
    <HostNotice
      language={language}
      notice={strings => ({
        title: strings.officeJsMissingTitle,
        sentences: [strings.officeJsMissing(script), strings.officeJsMissingCause, strings.officeJsMissingFunctions],
      })}
    />
  );
}
