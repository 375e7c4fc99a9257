// What the build puts into help.html (src/help/help.html): the contact line, set at build time with
// `--env contact="…"` or ADDIN_CONTACT (an e-mail address or https link in it becomes a link), and
// the version. Everything is HTML-escaped: the contact is text, never markup.
const { version } = require('../package.json');

const escapeHtml = text =>
  String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Escaped text with its e-mail addresses and https links made into links. */
function contactHtml(contact) {
  return escapeHtml(contact)
    .replace(/\bhttps:\/\/[^\s,;]+[^\s,;.)]/g, url => `<a href="${url}">${url}</a>`)
    .replace(
      /(^|[\s(,;:])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g,
      (_, before, mail) => `${before}<a href="mailto:${mail}">${mail}</a>`,
    );
}

/** The template parameters of help.html for a build's env (and environment). */
function helpParameters(env = {}, environment = process.env) {
  const given = typeof env.contact === 'string' ? env.contact : environment.ADDIN_CONTACT;
  const contact = given && given.trim() ? contactHtml(given.trim()) : undefined;
  return {
    version,
    contactNl: contact
      ? `Vragen over de invoegtoepassing? ${contact}`
      : 'Vragen over de invoegtoepassing? Stel ze aan de functioneel beheerder of de servicedesk van je gemeente.',
    contactEn: contact
      ? `Questions about the add-in? ${contact}`
      : "Questions about the add-in? Ask your municipality's application manager or service desk.",
  };
}

module.exports = { contactHtml, escapeHtml, helpParameters };
