// Every case category as a product: its hours per case, its cost price at the integral hourly rate
// (PRODUCT_COST), the tariff agreed for it (typed here) and how far that covers the cost price
// (TARIFF_COVERAGE), said in words when it does not.
import { EDITS } from '../../core';
import { FigureTable } from '../components/FigureTable';
import { OptionalNumberField } from '../components/OptionalNumberField';
import { Section } from '../components/Section';
import { useFormats, useStrings } from '../i18n/LocaleProvider';
import { useOrganisation, usePlanActions } from '../state/PlanStore';

export function ProductPrices() {
  const strings = useStrings();
  const formats = useFormats();
  const { finance } = useOrganisation();
  const { apply } = usePlanActions();
  return (
    <Section level={3} title={strings.productsTitle} intro={strings.productsIntro}>
      {finance.products.length === 0 ? (
        <p>{strings.noProducts}</p>
      ) : (
        <FigureTable
          caption={strings.productsTitle}
          rowHeaders
          columns={[
            { heading: strings.productColumn },
            { heading: strings.hoursPerCaseColumn, numeric: true },
            { heading: strings.costPrice, numeric: true, live: true },
            { heading: strings.tariffColumn },
            { heading: strings.coverage, live: true },
          ]}
          rows={finance.products.map(product => [
            product.product,
            formats.number(product.hoursPerCase, 1),
            formats.result(product.costPrice, n => formats.euro(n)),
            <OptionalNumberField
              key="tariff"
              inTable
              label={strings.tariffLabel(product.product)}
              value={product.tariff}
              onChange={tariff => apply(EDITS.setTariff, { product: product.product, tariff })}
            />,
            product.coverage === null ? (
              strings.noValue
            ) : (
              <span key="coverage" data-testid="tariff-coverage">
                {formats.result(product.coverage, n => formats.fixed(n, 2))}
                {product.belowCost ? `: ${strings.belowCost}` : ''}
              </span>
            ),
          ])}
        />
      )}
    </Section>
  );
}
