import { deadlineChange } from "@/lib/domain/deadline-change";
import { formatNumber } from "@/lib/domain/format-number";
import { closedWithoutEvidence } from "@/lib/domain/update-rules";
import type { PublicUpdate } from "@/lib/data/public-commitments";
import { formatDay, formatInstant } from "@/lib/domain/format-instant";
import { SOURCE_LOCALE, type Locale } from "@/lib/domain/localized-text";
import { shortenText } from "@/lib/domain/shorten-text";
import { updateAuthor } from "@/lib/domain/update-summary";
import { Link } from "@/lib/i18n/navigation";
import { getCatalogue } from "@/lib/i18n/server";

const LIST_NOTE_LENGTH = 300;

/**
 * Public history entries; notes are plain text, so any markup in them shows as typed. In a list across commitments
 * (`shorten`), a long note is cut with a link to read it whole on its commitment's page.
 */
export async function UpdateTimeline({ updates, timeZone, showCommitment, shorten = false }: {
  updates: PublicUpdate[];
  timeZone: string;
  showCommitment: boolean;
  shorten?: boolean;
}) {
  const { locale, t } = await getCatalogue();
  const words = t.history;
  if (updates.length === 0) return <p className="text-sm text-slate-700">{words.none}</p>;
  return (
    <ol className="space-y-4">
      {updates.map((update) => (
        <li key={update.id} id={`entry-${update.id}`} className="border-l-2 border-slate-300 pl-4" data-update={update.id}>
          <p className="text-sm text-slate-700">
            <time dateTime={update.createdAt.toISOString()}>{formatInstant(update.createdAt, timeZone, locale)}</time>
            {" · "}
            <bdi>{updateAuthor(update, words.sources)}</bdi>
          </p>
          {showCommitment && (
            <p className="font-medium">
              <Link href={`/commitments/${update.commitment.key}`} className={`text-blue-900 underline ${shorten ? "line-clamp-3" : ""}`}>
                <bdi lang={update.commitment.titleLang}>{update.commitment.title}</bdi>
              </Link>
            </p>
          )}
          {update.corrects && (
            <p className="mt-1 text-sm">
              {words.corrects} <a href={`#entry-${update.corrects.id}`} className="underline">{formatDay(update.corrects.createdAt, timeZone, locale)}</a>
            </p>
          )}
          {update.newStatus && (
            <p>
              {update.oldStatus ? words.statusChanged(t.status[update.oldStatus].label) : words.statusRecorded}
              <strong>{t.status[update.newStatus].label}</strong>
              {/* The reason is written in the entry's language, as its note is. */}
              {update.statusReason && <>: <span lang={update.noteLang} className="whitespace-pre-line">{update.statusReason}</span></>}
            </p>
          )}
          {update.deadlineChanges.map((change, index) => {
            const moved = deadlineChange(change.old, change.new, locale);
            return <p key={index}><bdi lang={SOURCE_LOCALE}>{change.label}</bdi>: {words.deadlineChange[moved.kind](moved.from, moved.to)}</p>;
          })}
          {update.valueReached && update.target && (
            <p><bdi lang={SOURCE_LOCALE}>{update.target.label}</bdi>: {formatNumber(Number(update.valueReached), locale)}{" "}
              <bdi lang={SOURCE_LOCALE}>{update.target.unit}</bdi> {words.reached}</p>
          )}
          {update.note && <Note text={update.note} lang={update.noteLang} shorten={shorten}
            href={`/commitments/${update.commitment.key}#entry-${update.id}`} readWhole={words.readWhole} />}
          {update.statusOnly && <p className="mt-1 text-sm italic">{words.internal}</p>}
          {!update.statusOnly && closedWithoutEvidence(update) && <p className="mt-1 text-sm italic">{words.noEvidence}</p>}
          {update.evidenceUrls.length > 0 && (
            <ul className="mt-1 list-inside list-disc text-sm">
              {update.evidenceUrls.map((url) => (
                <li key={url}>
                  {words.evidence} <a href={url} rel="noopener noreferrer nofollow" className="break-all text-blue-900 underline">{url}</a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** lang: the language the note was written in, so a screen reader reads a Spanish note on an English page in Spanish. */
function Note({ text, lang, shorten, href, readWhole }: {
  text: string; lang: Locale; shorten: boolean; href: string; readWhole: string;
}) {
  const short = shorten ? shortenText(text, LIST_NOTE_LENGTH) : null;
  if (!short) return <p lang={lang} className="whitespace-pre-line">{text}</p>;
  return (
    <p className="whitespace-pre-line">
      <span lang={lang}>{short}</span> <Link href={href} className="whitespace-nowrap text-blue-900 underline">{readWhole}</Link>
    </p>
  );
}
