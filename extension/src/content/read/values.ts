// Values as the page shows them, and the shapes they must have to be passed on: a value
// that does not look like what it should be is dropped, because no recipient is better
// than the wrong one.
import type { Reading } from '../sites.js';

export function tidy(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** An element's text as shown, without the visually hidden parts (presence, a11y hints). */
export function shownText(e: Element): string | null {
  if (!e.querySelector('.visually-hidden, .a11y-text')) return tidy(e.textContent);
  const copy = e.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden, .a11y-text')) hidden.remove();
  return tidy(copy.textContent);
}

/** The values `reading` finds in `root`, in document order; `where` picks the elements. */
export function readAll(root: ParentNode, reading: Reading, where: (e: Element) => boolean = () => true): string[] {
  const r = typeof reading === 'string' ? { sel: reading } : reading;
  const out: string[] = [];
  for (const e of root.querySelectorAll(r.sel)) {
    if (!where(e)) continue;
    const raw = r.attr ? tidy(e.getAttribute(r.attr)) : shownText(e);
    if (!raw) continue;
    const m = r.pattern ? r.pattern.exec(raw) : null;
    const value = r.pattern ? tidy(m?.[1]) : raw;
    if (value) out.push(value);
  }
  return out;
}

/** The first value of the first reading that yields one `accept` takes. */
export function read(root: ParentNode | null, readings: Reading[], accept: (v: string) => boolean = () => true): string | null {
  if (!root) return null;
  for (const reading of readings) {
    for (const v of readAll(root, reading)) if (accept(v)) return v;
  }
  return null;
}

// What a recipient's name is not. Headers and buttons say these where a name could be.
const HEADER = /^(new message|neue nachricht|nuevo mensaje|nouveau message|messaging|nachrichten|mensajes|messages)$/i;
// presence: "Status is offline" [blaze], "Activo ahora" [pilot], and their kin
const PRESENCE = /^(status\b|active\b|activo\b|activa\b|aktiv\b|jetzt aktiv|online\b|offline\b|available\b|away\b|busy\b)/i;
// a degree: "· 2nd", "2nd", "3rd+", "· 2."
const DEGREE = /^[·•]|^\d+(st|nd|rd|th|\.)?\+?(\s+degree.*)?$/i;
const BUTTON =
  /^(send|senden|enviar|message|nachricht|connect|vernetzen|more|mehr|follow|folgen|close|schlie(ß|ss)en|open|öffnen|remove|entfernen|view|invite|einladen|cancel|abbrechen|add|hinzufügen|dismiss|pending|ausstehend)\b|(’|')s profile$|\bprofile?$/i;

/** True when `v` could be a person's name (and is not the user's own). */
export function plausibleName(v: string, self: string | null): boolean {
  if (v.length < 2 || v.length > 80 || !/\p{L}/u.test(v)) return false;
  if (/[|@:/]|https?:|\d{3,}/.test(v)) return false;
  if (v.split(' ').length > 8) return false;
  if (self && sameName(v, self)) return false;
  return ![HEADER, PRESENCE, DEGREE, BUTTON].some((re) => re.test(v));
}

/** True when `v` could be a headline: not presence text, not a degree. */
export function plausibleLine(v: string): boolean {
  return v.length > 1 && v.length < 300 && !PRESENCE.test(v) && !DEGREE.test(v);
}

export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** Words a page's headings use that no one is called. */
const UI_WORDS = new Set(
  (
    'message messages messaging inbox chat chats conversation conversations new write reply contact contacts profile settings search ' +
    'network notifications home jobs people my your to with and the a an of for about ' +
    'nachricht nachrichten neue neuer unterhaltung unterhaltungen posteingang kontakt kontakte kontaktanfrage profil einstellungen suche ' +
    'netzwerk benachrichtigungen startseite mein meine ihre ihr dein deine an mit und der die das von für über schreiben antworten'
  ).split(' '),
);
/**
 * Words of job titles, company forms and German headings, where every noun has a capital:
 * "Senior Software Engineer", "Contoso Robotics GmbH", "Persönliche Daten" look like names
 * by their capitals and are none.
 */
const NOT_NAME_WORDS = new Set(
  (
    'senior junior lead head chief principal staff manager management director engineer engineering developer designer consultant ' +
    'recruiter recruiting officer specialist analyst founder cofounder co-founder ceo cto cfo coo vp president partner owner assistant ' +
    'sales marketing software data product project account technical team department services solutions group holding ' +
    'gmbh ag inc ltd llc plc se kg ohg co corp company university universität hochschule ' +
    'leiter leiterin entwickler entwicklerin ingenieur ingenieurin berater beraterin geschäftsführer geschäftsführerin inhaber inhaberin ' +
    'vertrieb projektmanager projektmanagerin daten angaben bewerbung stellenanzeige anzeige details einstellungen persönliche'
  ).split(' '),
);
const PARTICLE = /^(von|van|vom|zu|zur|de|der|den|del|della|da|di|du|dos|la|le|ten|ter|bin|al|el|y|und)$/;
const TITLE = /^(dr|prof|mag|ing|dipl|mr|mrs|ms|herr|frau)\.?$/i;

/**
 * True when `v` has a person's name's shape: two to five words, each starting with a
 * capital (besides titles and particles such as "Dr." and "von"), none a word that pages
 * put in headings. Where the page's markup is unknown this is what tells "Sabine Schmidt"
 * from "Neue Nachricht"; one word alone is never enough there.
 */
export function nameShaped(v: string, self: string | null): boolean {
  if (!plausibleName(v, self) || /[!?,;"()[\]{}#]/.test(v)) return false;
  const words = v.split(' ').filter((w) => !TITLE.test(w));
  const names = words.filter((w) => !PARTICLE.test(w));
  if (names.length < 2 || words.length > 5) return false;
  return names.every((w) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) && !UI_WORDS.has(w.toLocaleLowerCase()) && !NOT_NAME_WORDS.has(w.toLocaleLowerCase()));
}
