// Finance's part of the organisation perspective: the team cost and hourly rate, the cost of an
// FTE and each person's pay, the cost price and tariff of each product, the gaps between formatie,
// bezetting and benodigd in euro, and the year budget. Every figure comes from core's
// financeFigures, as on the sheet "VC Financiën".
import { Section } from '../components/Section';
import { useStrings } from '../i18n/LocaleProvider';
import { PayTable } from './PayTable';
import { ProductPrices } from './ProductPrices';
import { SalaryCosts } from './SalaryCosts';
import { StaffingGaps } from './StaffingGaps';
import { TeamCostFigures } from './TeamCostFigures';
import { YearBudget } from './YearBudget';

export function FinanceSection() {
  const strings = useStrings();
  return (
    <Section title={strings.financeTitle} intro={strings.financeIntro}>
      <TeamCostFigures />
      <ProductPrices />
      <StaffingGaps />
      <YearBudget />
      <SalaryCosts />
      <PayTable />
    </Section>
  );
}
