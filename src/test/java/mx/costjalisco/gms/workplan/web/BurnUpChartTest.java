package mx.costjalisco.gms.workplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The burn-up chart as the browser gets it: well-formed SVG, named for screen readers, with no inline style. */
class BurnUpChartTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    /** Twelve months of 2023, actual known up to {@code lastKnownMonth} (0: none). */
    private static List<BurnUpChart.Point> year(int lastKnownMonth) {
        List<BurnUpChart.Point> points = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal ideal = BigDecimal.valueOf(m).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_EVEN);
            BigDecimal actual = m <= lastKnownMonth ? BigDecimal.valueOf(m * 0.06) : null;
            points.add(new BurnUpChart.Point(YearMonth.of(2023, m), actual, ideal));
        }
        return points;
    }

    private static String svg(List<BurnUpChart.Point> points, String title) {
        return BurnUpChart.svg(points, title, "Avance real frente al ideal, mes por mes", "Real", "Ideal", SPANISH);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Document document, String name, String cssClass) {
        NodeList nodes = document.getElementsByTagName(name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(element.getAttribute("class"))) {
                found.add(element);
            }
        }
        return found;
    }

    @Test
    void itIsWellFormedSvgNamedByItsTitleAndDescription() throws Exception {
        Document chart = parse(svg(year(6), "Avance del plan 2023"));

        Element svg = chart.getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals("img", svg.getAttribute("role"));
        String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
        assertEquals(2, labelledBy.length);
        Element title = elements(chart, "title", null).get(0);
        Element desc = elements(chart, "desc", null).get(0);
        assertEquals(labelledBy[0], title.getAttribute("id"));
        assertEquals(labelledBy[1], desc.getAttribute("id"));
        assertEquals("Avance del plan 2023", title.getTextContent());
        assertEquals("Avance real frente al ideal, mes por mes", desc.getTextContent());
        assertEquals(svg, title.getParentNode());
        assertEquals(svg, desc.getParentNode());
    }

    @Test
    void markupInTheTitleIsEscaped() throws Exception {
        String title = "Meta \"A\" <b>1 & 2</b>";

        String svg = svg(year(6), title);

        assertFalse(svg.contains("<b>"), svg);
        Document chart = parse(svg);
        assertEquals(title, elements(chart, "title", null).get(0).getTextContent());
        assertEquals(1, chart.getElementsByTagName("title").getLength());
        assertEquals(0, chart.getElementsByTagName("b").getLength());
    }

    @Test
    void escapeCoversTheFourCharactersThatBreakMarkup() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;R&amp;D&lt;/a&gt;", BurnUpChart.escape("<a href=\"x\">R&D</a>"));
    }

    @Test
    void thereIsNoInlineStyle() throws Exception {
        String svg = svg(year(6), "Avance del plan 2023");

        assertFalse(svg.contains("style="), "the Content-Security-Policy forbids inline styles");
        Document chart = parse(svg);
        NodeList all = chart.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertFalse(element.hasAttribute("style"), element.getTagName());
            assertNotEquals("style", element.getTagName());
        }
    }

    @Test
    void oneLineForTheIdealAndOneForTheActualUpToTheLastKnownMonth() throws Exception {
        Document chart = parse(svg(year(6), "Avance del plan 2023"));

        List<Element> ideal = elements(chart, "polyline", "ideal");
        List<Element> actual = elements(chart, "polyline", "actual");
        assertEquals(1, ideal.size());
        assertEquals(1, actual.size());
        assertEquals(2, chart.getElementsByTagName("polyline").getLength());
        assertEquals(12, ideal.get(0).getAttribute("points").split(" ").length);
        assertEquals(6, actual.get(0).getAttribute("points").split(" ").length);
        assertEquals(6, elements(chart, "circle", "actual").size());
    }

    @Test
    void noActualLineWhenNothingIsKnownYet() throws Exception {
        Document chart = parse(svg(year(0), "Avance del plan 2024"));

        assertEquals(1, elements(chart, "polyline", "ideal").size());
        assertEquals(0, elements(chart, "polyline", "actual").size());
        assertEquals(0, elements(chart, "circle", null).size());
    }

    @Test
    void pointsAreInsideThePlotAndTheActualIsClampedToIt() throws Exception {
        List<BurnUpChart.Point> points = List.of(
                new BurnUpChart.Point(YearMonth.of(2023, 1), new BigDecimal("1.5"), BigDecimal.ZERO),
                new BurnUpChart.Point(YearMonth.of(2023, 2), new BigDecimal("-0.2"), BigDecimal.ONE));
        Document chart = parse(svg(points, "Meta"));

        for (Element polyline : elements(chart, "polyline", null)) {
            for (String point : polyline.getAttribute("points").split(" ")) {
                String[] xy = point.split(",");
                double x = Double.parseDouble(xy[0]);
                double y = Double.parseDouble(xy[1]);
                assertTrue(x >= 44 && x <= 628, point);
                assertTrue(y >= 12 && y <= 210, point);
            }
        }
    }

    @Test
    void monthsAreNamedInTheReadersLanguage() throws Exception {
        Document chart = parse(svg(year(6), "Avance del plan 2023"));

        List<String> labels = elements(chart, "text", "axis").stream()
                .map(Element::getTextContent)
                .toList();
        assertTrue(labels.contains(Month.JANUARY.getDisplayName(TextStyle.SHORT, SPANISH)), labels::toString);
        assertTrue(labels.contains(Month.DECEMBER.getDisplayName(TextStyle.SHORT, SPANISH)), labels::toString);
        assertFalse(labels.contains("Jan"), labels::toString);
        assertTrue(labels.contains("100 %"), labels::toString);
    }

    @Test
    void twoChartsOfTheSamePageHaveDifferentIds() throws Exception {
        // the activity page draws one chart per target; two targets may share a description
        String first =
                parse(svg(year(6), "Meta: 10 talleres")).getDocumentElement().getAttribute("aria-labelledby");
        String second =
                parse(svg(year(3), "Meta: 10 talleres")).getDocumentElement().getAttribute("aria-labelledby");

        assertNotEquals(first, second);
    }

    @Test
    void aSingleMonthIsDrawnWithoutDividingByZero() throws Exception {
        Document chart = parse(svg(year(1).subList(0, 1), "Meta de enero"));

        assertEquals("44.0,198.1", elements(chart, "polyline", "actual").get(0).getAttribute("points"));
    }
}
