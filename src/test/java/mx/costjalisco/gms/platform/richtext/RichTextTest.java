package mx.costjalisco.gms.platform.richtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What survives cleaning, and how clean HTML reads as blocks. */
class RichTextTest {

    @Test
    void scriptsHandlersStylesAndUnknownMarkupAreRemovedKeepingTheWords() {
        String dirty = "<p onclick=\"steal()\" style=\"color:red\">Se <b>aprobó</b> el <i>plan</i>"
                + "<script>alert('x')</script><img src=x onerror=alert(1)><a href=\"javascript:x\">aquí</a></p>"
                + "<iframe src=\"https://evil\"></iframe><style>p{}</style><marquee>texto</marquee>";

        String clean = RichText.sanitize(dirty);

        assertEquals("<p>Se <strong>aprobó</strong> el <em>plan</em>aquí</p>texto", clean);
    }

    @Test
    void wordPasteLosesItsStylesAndConditionalComments() {
        String word = "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
                + "<p class=MsoNormal style='margin:0cm'><span lang=ES-MX style='font-family:Arial'>"
                + "Informe de la&nbsp;Gerencia<o:p></o:p></span></p>"
                + "<h2 class=MsoHeading2>Acuerdos</h2>";

        assertEquals("<p>Informe de la\u00a0Gerencia</p><p>Acuerdos</p>", RichText.sanitize(word));
        assertEquals(List.of("Informe de la Gerencia", "Acuerdos"), RichText.lines(word));
    }

    @Test
    void emptyOrWhitespaceOnlyMarkupIsBlank() {
        assertTrue(RichText.isBlank("<p><br></p><p>&nbsp;</p>"));
        assertTrue(RichText.isBlank(null));
        assertTrue(RichText.isBlank("<script>alert(1)</script>"));
        assertFalse(RichText.isBlank("<p>a</p>"));
    }

    @Test
    void listsAreReadAsNumberedAndBulletedItems() {
        String html = "<p>Intro</p><ol><li>uno</li><li>dos</li></ol><ul><li>punto</li></ul>";

        assertEquals(List.of("Intro", "1. uno", "2. dos", "• punto"), RichText.lines(html));
    }

    @Test
    void quillMarksEachItemsKind() {
        String html = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\"></span>a</li>"
                + "<li data-list=\"ordered\">b</li><li data-list=\"evil\">c</li></ol>";

        assertEquals(List.of("• a", "1. b", "2. c"), RichText.lines(html));
        assertFalse(RichText.sanitize(html).contains("evil"));
    }

    @Test
    void boldAndItalicSpansAreKept() {
        var blocks = RichText.blocks("<p>El <strong>GMS <em>aprobó</em></strong> todo</p>");

        assertEquals(1, blocks.size());
        assertEquals(
                List.of(
                        new RichText.Span("El ", false, false, false),
                        new RichText.Span("GMS ", true, false, false),
                        new RichText.Span("aprobó", true, true, false),
                        new RichText.Span(" todo", false, false, false)),
                blocks.get(0).spans());
    }

    @Test
    void lineBreaksStayInsideTheirParagraph() {
        assertEquals(List.of("Calle 1\nGuadalajara"), RichText.lines("<p>Calle 1<br>  Guadalajara</p>"));
    }

    @Test
    void plainTextKeepsItsCharactersParagraphsAndLineBreaks() {
        String html = RichText.fromPlainText(
                "Donde dice «a < b» debe decir <script>x</script>.\nSegunda línea.\n\nOtro párrafo.");

        assertEquals(
                List.of("Donde dice «a < b» debe decir <script>x</script>.\nSegunda línea.", "Otro párrafo."),
                RichText.lines(html));
        assertFalse(html.contains("<script>"), html);
    }
}
