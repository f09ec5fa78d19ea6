import { applyShell } from './i18n.js';

applyShell();
