package mx.costjalisco.gms.platform.pdf;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * What repeats on every page: the organisation and document title at the top; at the bottom an optional note (when
 * and by what the document was generated) and the page number, whose wording the caller gives as a
 * {@link MessageFormat} pattern with the page as {0} and the page count as {1}.
 */
record RunningText(
        String organisation, String documentTitle, String footerNote, String pageNumberPattern, Locale locale) {

    String pageNumber(int page, int pages) {
        return new MessageFormat(pageNumberPattern, locale).format(new Object[] {page, pages});
    }
}
