package mx.costjalisco.gms.disclosure.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String URL = "https://gms.costjalisco.org.mx/public/entities.xhtml?id=7";

    /** What a phone reads from the image: the URL of the entity's public page. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    @Test
    void thePngReadsBackAsTheUrl() throws Exception {
        assertEquals(URL, decode(QrCodes.png(URL, 10)));
    }

    @Test
    void theSvgDrawsTheModulesAndSaysWhatItIs() {
        String svg = QrCodes.svg(URL, "Código QR de <Zapopan> & co");
        assertTrue(svg.startsWith("<?xml"), svg);
        assertTrue(svg.contains("<title>Código QR de &lt;Zapopan&gt; &amp; co</title>"), svg);
        int modules = QrCodes.matrix(URL).getWidth();
        assertTrue(svg.contains("viewBox=\"0 0 " + (modules + 8) + " " + (modules + 8) + "\""), svg);
        assertTrue(svg.contains("h1v1h-1z"), svg);
    }

    @Test
    void thePrintableSheetCarriesTheNameTheLogoSpaceAndTheUrl() throws Exception {
        byte[] pdf = QrCodes.sheet(URL, "Ayuntamiento de Tlajomulco de Zúñiga", "Logotipo de CoST Jalisco", "Escanee:");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ayuntamiento de Tlajomulco de Zúñiga"), text);
            assertTrue(text.contains("Logotipo de CoST Jalisco"), text);
            assertTrue(text.contains(URL), text);
        }
    }
}
