// Every string of the playground's own interface, in both languages. What the engine says
// about a message comes from the engine, already in the chosen language.
export const STRINGS = {
  en: {
    'nav.playground': 'Playground',
    'nav.rules': 'Rules',
    'nav.privacy': 'Privacy',
    'lang.switch': 'Deutsch',
    'lang.switch.label': 'Auf Deutsch umschalten',
    'hero.title': 'Write the message they will answer.',
    'hero.lead': 'Paste or type a connection note, a message or an InMail. Verbindlich shows how long, how personal and how clear your ask is — right here, on your machine.',
    'ctx.surface': 'Where will you send it?',
    'ctx.recipient': 'Recipient’s name',
    'ctx.recipient.placeholder': 'e.g. Anna Schmidt',
    'ctx.company': 'Their company',
    'ctx.company.placeholder': 'e.g. Contoso',
    'editor.label': 'Your message',
    'editor.placeholder': 'Hi Anna,\n\nI enjoyed your talk on …',
    'surface.linkedin-connect': 'LinkedIn · connection note',
    'surface.linkedin-message': 'LinkedIn · message',
    'surface.linkedin-inmail': 'LinkedIn · InMail',
    'surface.xing-message': 'XING · message',
    'surface.xing-contact': 'XING · contact request',
    'surface.generic': 'Anywhere else',
    'meta.chars': 'characters',
    'meta.words': 'words',
    'meta.word': 'word',
    'silenced.page': 'Silenced on this page until you reload it; the extension keeps it in your settings.',
    'quote.open': '“',
    'quote.close': '”',
    'meta.lang.de': 'German',
    'meta.lang.en': 'English',
    'score.overall': 'Overall',
    'score.length': 'Length',
    'score.personal': 'Personal',
    'score.ask': 'Ask',
    'score.value': 'Value',
    'score.tone': 'Tone',
    'checklist.title': 'Before you send',
    'findings.title': 'What to improve',
    'findings.none': 'Nothing to improve. Send it.',
    'findings.empty': 'Start typing and the feedback appears here.',
    'card.why': 'Why',
    'card.apply': 'Apply',
    'card.suggestion': 'Suggestion',
    'card.remove': 'Remove this',
    'severity.error': 'Must fix',
    'severity.warning': 'Worth fixing',
    'severity.hint': 'Hint',
    'example.weak': 'Try a weak example',
    'example.good': 'Try a good one',
    'footer.privacy': 'Runs entirely in your browser. Nothing you type leaves this page — no server, no analytics, no cookies.',
    'rules.title': 'The rules',
    'rules.lead': 'Every judgement Verbindlich makes comes from one of these rules. Each is documented with why it matters, an example and what to write instead.',
    'rules.example': 'Example',
    'rules.instead': 'Instead',
    'rules.options': 'Options',
    'rules.default': 'default',
    'rules.none': 'No options.',
    'family.length': 'Length',
    'family.personal': 'Personal',
    'family.ask': 'Ask',
    'family.value': 'Value',
    'family.template': 'Template',
    'family.spam': 'Spam',
    'family.tone': 'Tone',
    'family.trust': 'Trust',
    'family.followup': 'Follow-up',
    'family.readability': 'Readability',
    'engine.failed': 'The analysis engine could not start:',
  },
  de: {
    'nav.playground': 'Ausprobieren',
    'nav.rules': 'Regeln',
    'nav.privacy': 'Datenschutz',
    'lang.switch': 'English',
    'lang.switch.label': 'Switch to English',
    'hero.title': 'Schreiben Sie die Nachricht, die beantwortet wird.',
    'hero.lead': 'Fügen Sie eine Kontaktanfrage, Nachricht oder InMail ein oder tippen Sie los. Verbindlich zeigt, wie lang, wie persönlich und wie klar Ihre Bitte ist – direkt hier, auf Ihrem Rechner.',
    'ctx.surface': 'Wo wollen Sie sie senden?',
    'ctx.recipient': 'Name der Person',
    'ctx.recipient.placeholder': 'z. B. Anna Schmidt',
    'ctx.company': 'Unternehmen der Person',
    'ctx.company.placeholder': 'z. B. Contoso',
    'editor.label': 'Ihre Nachricht',
    'editor.placeholder': 'Hallo Anna,\n\nIhr Vortrag über … hat mir gefallen.',
    'surface.linkedin-connect': 'LinkedIn · Kontaktanfrage mit Notiz',
    'surface.linkedin-message': 'LinkedIn · Nachricht',
    'surface.linkedin-inmail': 'LinkedIn · InMail',
    'surface.xing-message': 'XING · Nachricht',
    'surface.xing-contact': 'XING · Kontaktanfrage',
    'surface.generic': 'Anderswo',
    'meta.chars': 'Zeichen',
    'meta.words': 'Wörter',
    'meta.word': 'Wort',
    'silenced.page': 'Auf dieser Seite stumm, bis Sie sie neu laden; die Erweiterung behält es in Ihren Einstellungen.',
    'quote.open': '„',
    'quote.close': '“',
    'meta.lang.de': 'Deutsch',
    'meta.lang.en': 'Englisch',
    'score.overall': 'Gesamt',
    'score.length': 'Länge',
    'score.personal': 'Persönlich',
    'score.ask': 'Bitte',
    'score.value': 'Nutzen',
    'score.tone': 'Ton',
    'checklist.title': 'Vor dem Senden',
    'findings.title': 'Was sich verbessern lässt',
    'findings.none': 'Nichts zu verbessern. Abschicken.',
    'findings.empty': 'Tippen Sie los, dann erscheinen hier die Hinweise.',
    'card.why': 'Warum',
    'card.apply': 'Übernehmen',
    'card.suggestion': 'Vorschlag',
    'card.remove': 'Entfernen',
    'severity.error': 'Bitte ändern',
    'severity.warning': 'Lohnt sich',
    'severity.hint': 'Tipp',
    'example.weak': 'Schwaches Beispiel',
    'example.good': 'Gutes Beispiel',
    'footer.privacy': 'Läuft vollständig in Ihrem Browser. Nichts, was Sie tippen, verlässt diese Seite – kein Server, keine Statistik, keine Cookies.',
    'rules.title': 'Die Regeln',
    'rules.lead': 'Jedes Urteil von Verbindlich stammt aus einer dieser Regeln. Zu jeder steht, warum sie zählt, ein Beispiel und was besser wäre.',
    'rules.example': 'Beispiel',
    'rules.instead': 'Besser',
    'rules.options': 'Optionen',
    'rules.default': 'Standard',
    'rules.none': 'Keine Optionen.',
    'family.length': 'Länge',
    'family.personal': 'Persönlich',
    'family.ask': 'Bitte',
    'family.value': 'Nutzen',
    'family.template': 'Vorlage',
    'family.spam': 'Spam',
    'family.tone': 'Ton',
    'family.trust': 'Vertrauen',
    'family.followup': 'Nachfassen',
    'family.readability': 'Lesbarkeit',
    'engine.failed': 'Die Analyse konnte nicht starten:',
  },
};

const KEY = 'verbindlich.ui-lang';

/** The interface language: the user's choice, else the browser's. */
export function uiLang() {
  const saved = localStorage.getItem(KEY);
  if (saved === 'de' || saved === 'en') return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function setUiLang(lang) {
  localStorage.setItem(KEY, lang);
}

export function t(key, lang = uiLang()) {
  return STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
}

/** Fills every `data-i18n` element and `data-i18n-placeholder`, shows the matching `data-lang-block`, and wires the switch. */
export function applyShell(onChange) {
  const lang = uiLang();
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n, lang);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder, lang);
  for (const el of document.querySelectorAll('[data-lang-block]')) el.hidden = el.dataset.langBlock !== lang;
  const button = document.getElementById('lang-switch');
  if (button) {
    button.setAttribute('aria-label', t('lang.switch.label', lang));
    button.onclick = () => {
      setUiLang(lang === 'de' ? 'en' : 'de');
      applyShell(onChange);
      onChange?.();
    };
  }
}
