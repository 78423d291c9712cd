import { useI18n } from '../../i18n/i18n';
import { HTML_LANG, otherLang, type Bilingual } from '../../i18n/lang';

/** A text in the user's language, with the other language beside it in smaller type. */
export function BilingualText({ text }: { text: Bilingual }) {
  const { lang } = useI18n();
  const other = otherLang(lang);
  return (
    <>
      <span className="bi-primary">{text[lang]}</span>{' '}
      <span className="bi-secondary" lang={HTML_LANG[other]}>
        {text[other]}
      </span>
    </>
  );
}
