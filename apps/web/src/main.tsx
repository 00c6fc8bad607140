import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './lib/i18n.ts';
import { applyTheme, savedTheme } from './lib/theme.ts';
import { App } from './app/app.tsx';
import './styles.css';

applyTheme(savedTheme());
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
