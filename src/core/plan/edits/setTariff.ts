// The tariff of a product (a case category, by name), or none with null.
import { sameName } from '../compute';
import { hasTariff, productLines } from '../finance';
import { defineEdit } from './edit';
import { setNamed, withFinance } from './financeLines';

export const setTariff = defineEdit<{ product: string; tariff: number | null }>({
  name: 'setTariff',
  perform: (plan, { product, tariff }) =>
    withFinance(plan, {
      products: setNamed(
        productLines(plan),
        p => sameName(p.product, product),
        p => ({ ...p, tariff }),
        { product, tariff: null },
        hasTariff,
      ),
    }),
});
