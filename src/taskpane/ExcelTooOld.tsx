// Shown instead of the pane in an Excel that lacks an API set the pane needs (requirements.ts):
// which set, which Excel versions have it, how to get one, and that the functions still work.
import type { Language } from '../core';
import { HostNotice } from './HostNotice';
import { MINIMUM_EXCEL, RequirementSet } from './requirements';

interface Props {
  language: Language;
  /** The sets this Excel lacks, highest first. */
  missing: readonly RequirementSet[];
}

export function ExcelTooOld({ language, missing }: Props) {
  const set = `${missing[0].name} ${missing[0].version}`;
  return (
    <HostNotice
      language={language}
      notice={strings => ({
        title: strings.excelTooOldTitle,
        sentences: [
          strings.excelTooOld(set),
          strings.excelTooOldVersions(MINIMUM_EXCEL),
          strings.excelTooOldUpdate,
          strings.excelTooOldFunctions,
        ],
      })}
    />
  );
}
