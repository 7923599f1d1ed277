import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The widget kit's styles come first, so a feature's own styles can adjust a widget where it sits.
import './styles/kit.css';
import { App } from './app/App';
import './styles/base.css';
import './styles/forms.css';
import './styles/panels.css';
import './styles/layout.css';
import './styles/recovery-key.css';

const root = document.getElementById('root');
if (!root) throw new Error('main: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
