/**
 * The popup's entry. The popup opens for the active tab of its window; opened in a tab of
 * its own (tests, `npm start`), it reads the page's tab id from `?tab=<id>` instead.
 */
import { render } from 'preact';
import { App } from './App';
import './popup.css';

function tabIdFromUrl(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

const root = document.getElementById('app');
if (root) render(<App tabIdParam={tabIdFromUrl()} />, root);
