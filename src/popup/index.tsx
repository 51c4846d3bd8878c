/**
 * The popup's entry. The popup opens for the active tab of its window; opened in a tab of
 * its own (tests, `npm start`), it reads the page's tab id from `?tab=<id>` instead.
 */
import { render } from 'preact';
import { t, uiLocale } from '../shared/i18n';
import { App, askFirst } from './App';
import './popup.css';
import { tabIdFromUrl } from './tab-param';

// The analysis is asked for first, so that it runs while the popup draws itself.
const first = askFirst(tabIdFromUrl());
// The popup speaks the interface's language: `lang` for screen readers and hyphenation.
document.documentElement.lang = uiLocale();
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<App first={first} />, root);
