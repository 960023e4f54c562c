import { MAX_IMPORT_LABEL } from "../domain/import-limit";
import type { Locale } from "../domain/localized-text";
import { localePath } from "../i18n/paths";
import { catalogue } from "../messages/catalogue";

/**
 * The answers the proxy gives before any page runs, so without the site's layout: a bare page (or a line of text) in
 * the language of the address the request went to.
 */
function bare(locale: Locale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main>${body}</main></body></html>`;
}

export function unavailablePage(locale: Locale): string {
  const t = catalogue(locale).plainAnswers;
  return bare(locale, t.unavailableTitle, `<h1>${t.unavailableHeading}</h1><p>${t.unavailableText}</p>`);
}

export function tooLargePage(locale: Locale): string {
  const t = catalogue(locale).plainAnswers;
  return bare(locale, t.tooLargeTitle, `<h1>${t.tooLargeHeading}</h1><p>${t.tooLargeText(MAX_IMPORT_LABEL)}</p>` +
    `<p><a href="${localePath(locale, "/admin/import")}">${t.backToImport}</a></p>`);
}

export function notFromThisSiteText(locale: Locale): string {
  return `${catalogue(locale).plainAnswers.notFromThisSite}\n`;
}

export function unreadableFormText(locale: Locale): string {
  return `${catalogue(locale).plainAnswers.unreadableForm}\n`;
}
