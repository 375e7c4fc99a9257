import { useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { BANDWIDTH, describeError, isError } from '../core';

export function BandwidthCalculator() {
  const [clientHours, setClientHours] = useState('910.3752');
  const [high, setHigh] = useState('40');
  const [low, setLow] = useState('25');
  const result = BANDWIDTH.evaluate([Number(clientHours), Number(high), Number(low)]);
  return (
    <section aria-labelledby="calc-title">
      <h2 id="calc-title">Bandbreedte</h2>
      <Field label="Cliënturen per fte">
        <Input value={clientHours} onChange={(_, d) => setClientHours(d.value)} />
      </Field>
      <Field label="Uren per casus (zwaar)">
        <Input value={high} onChange={(_, d) => setHigh(d.value)} />
      </Field>
      <Field label="Uren per casus (licht)">
        <Input value={low} onChange={(_, d) => setLow(d.value)} />
      </Field>
      <output aria-live="polite">
        {isError(result) ? describeError(result, 'nl') : `${result[0][0].toFixed(1)} – ${result[0][1].toFixed(1)}`}
      </output>
    </section>
  );
}
