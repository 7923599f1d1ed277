import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/forms.css';
import './styles/panels.css';
import './styles/layout.css';
import './styles/recovery-key.css';
import './styles/kit.css';

const root = document.getElementById('root');
if (!root) throw new Error('main: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
