// The three perspectives on the same plan: organisation, team and individual.
import { Intro } from '../components/Intro';
import { SaveToWorkbook } from '../components/SaveToWorkbook';
import { useStrings } from '../i18n/LocaleProvider';
import { IndividualPerspective } from './IndividualPerspective';
import { OrganisationPerspective } from './OrganisationPerspective';
import { TeamPerspective } from './TeamPerspective';

export function PerspectivesTab() {
  const strings = useStrings();
  return (
    <>
      <Intro>{strings.perspectivesIntro}</Intro>
      <OrganisationPerspective />
      <TeamPerspective />
      <IndividualPerspective />
      <SaveToWorkbook />
    </>
  );
}
