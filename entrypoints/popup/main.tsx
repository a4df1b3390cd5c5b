import { render } from 'preact';
import { t } from '@/lib/i18n';
import { Popup } from './Popup';
import './style.css';

// The popup speaks the language of the messages the browser picked, and says so to screen readers.
document.documentElement.lang = t('messages_locale');
const root = document.getElementById('app');
if (root) render(<Popup />, root);
