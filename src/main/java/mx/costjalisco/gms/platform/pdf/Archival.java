package mx.costjalisco.gms.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Version;

/**
 * What makes a document fit for the archive (PDF/A-2b, the level meant for long-term preservation of the visual
 * appearance): document information and XMP metadata that say the same, the PDF/A identification, an sRGB output
 * intent that fixes what the colours mean, the document's language and a stable file identifier. Embedded fonts,
 * the other half of PDF/A, are {@link FontSet}'s part.
 */
final class Archival {

    /** sRGB from Debian's icc-profiles-free (zlib licence, see color/LICENSE-sRGB.txt); PDFBox 3 ships none. */
    private static final String SRGB_PROFILE = "color/sRGB.icc";

    private static final String SRGB = "sRGB IEC61966-2.1";

    private Archival() {}

    /** The metadata a caller gives a document; {@code creator} (the application) may be null. */
    record Info(String title, String author, String subject, String creator, Locale language) {}

    static void apply(PDDocument document, Info given, ZonedDateTime created) throws IOException {
        // Cleaned once, so the document information and the XMP carry exactly the same strings.
        var info = new Info(
                clean(given.title()),
                clean(given.author()),
                clean(given.subject()),
                clean(given.creator()),
                given.language());
        var when = created.truncatedTo(ChronoUnit.SECONDS);
        var producer = "Apache PDFBox " + Version.getVersion();
        document.setVersion(1.7f);

        var dictionary = document.getDocumentInformation();
        dictionary.setTitle(info.title());
        dictionary.setAuthor(info.author());
        dictionary.setSubject(info.subject());
        dictionary.setCreator(info.creator());
        dictionary.setProducer(producer);
        dictionary.setCreationDate(GregorianCalendar.from(when));
        dictionary.setModificationDate(GregorianCalendar.from(when));

        var xmp = xmp(info, producer, when);
        var catalog = document.getDocumentCatalog();
        var metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp);
        catalog.setMetadata(metadata);
        catalog.setLanguage(info.language().toLanguageTag());

        var intent = new PDOutputIntent(document, new ByteArrayInputStream(Resources.read(SRGB_PROFILE)));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        // Viewers show the title, not the file name, in the window bar.
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        // Derived from the metadata rather than the clock, so the same document rendered twice is the same file.
        var id = new COSString(Arrays.copyOf(sha256(xmp), 16));
        var ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] xmp(Info info, String producer, ZonedDateTime when) {
        var date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when);
        var xml = new StringBuilder()
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        if (info.title() != null) {
            xml.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                    .append(escape(info.title()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (info.author() != null) {
            xml.append("   <dc:creator><rdf:Seq><rdf:li>")
                    .append(escape(info.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.subject() != null) {
            xml.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                    .append(escape(info.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        xml.append("   <dc:language><rdf:Bag><rdf:li>")
                .append(escape(info.language().toLanguageTag()))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        xml.append("   <pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        if (info.creator() != null) {
            xml.append("   <xmp:CreatorTool>").append(escape(info.creator())).append("</xmp:CreatorTool>\n");
        }
        xml.append("   <xmp:CreateDate>")
                .append(date)
                .append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>")
                .append(date)
                .append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>")
                .append(date)
                .append("</xmp:MetadataDate>\n")
                .append("   <pdfaid:part>2</pdfaid:part>\n")
                .append("   <pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String clean(String text) {
        return text == null
                ? null
                : text.codePoints()
                        .filter(c -> !Character.isISOControl(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString();
    }

    /** XML text content; characters XML 1.0 cannot carry (control characters) are dropped. */
    static String escape(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
