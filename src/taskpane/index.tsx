import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = createRoot(document.getElementById('root') as HTMLElement);
const render = () => root.render(<App />);

// Office.js is loaded by the page; outside Office, onReady still resolves (with no host).
if (typeof Office !== 'undefined') void Office.onReady(render);
else render();
