import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { BandwidthCalculator } from './BandwidthCalculator';

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <h1>Verantwoorde Caseload</h1>
        <BandwidthCalculator />
      </main>
    </FluentProvider>
  );
}
