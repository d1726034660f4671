package mx.costjalisco.gms.platform.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Checks a PDF against PDF/A-2b with veraPDF, the PDF Association's reference validator — what an archive would run
 * before accepting a document.
 */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {}

    /** The PDF/A-2b rules the document breaks, one line per rule with its first message; empty when it conforms. */
    public static List<String> violations(byte[] pdf) {
        var foundry = Foundries.defaultInstance();
        try (var parser = foundry.createParser(new ByteArrayInputStream(pdf));
                var validator = foundry.createValidator(PDFAFlavour.PDFA_2_B, false)) {
            var result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (var assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    var rule = assertion.getRuleId();
                    failed.putIfAbsent(
                            rule.getClause() + "-" + rule.getTestNumber(),
                            assertion.getMessage() + " at "
                                    + assertion.getLocation().getContext());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant, job status " + result.getJobEndStatus());
            }
            return failed.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }
}
