package mx.costjalisco.gms.platform.pdf;

import java.io.IOException;
import java.util.List;

/**
 * Labelled facts in two columns — "Fecha:", "Hora:", "Lugar:" — with the labels in bold and the values aligned on
 * one left edge. The label column is as wide as the longest label, up to a third of the line.
 */
record FactsBlock(List<Fact> facts) implements Block {

    private static final float MAX_LABEL_SHARE = 0.33f;

    FactsBlock {
        facts = List.copyOf(facts);
    }

    @Override
    public void layout(PageLayout pages) throws IOException {
        float size = Theme.BODY_SIZE;
        float lineHeight = Theme.lineHeight(size);
        var breaker = pages.breaker(size);
        float labelWidth = 0;
        for (var fact : facts) {
            var natural = breaker.wrap(Text.bold(fact.label()), Float.MAX_VALUE).get(0);
            labelWidth = Math.max(labelWidth, natural.width());
        }
        labelWidth = Math.min(labelWidth, pages.width() * MAX_LABEL_SHARE);
        float valueOffset = labelWidth + Theme.FACT_LABEL_GAP;
        pages.gap(Theme.PARAGRAPH_GAP);
        for (int i = 0; i < facts.size(); i++) {
            if (i > 0) {
                pages.gap(Theme.FACT_GAP);
            }
            var label = breaker.wrap(Text.bold(facts.get(i).label()), labelWidth);
            var value = breaker.wrap(facts.get(i).value(), pages.width() - valueOffset);
            int rows = Math.max(label.size(), value.size());
            pages.ensure(Math.min(rows * lineHeight, pages.pageHeight()));
            for (int row = 0; row < rows; row++) {
                pages.ensure(lineHeight);
                if (row < label.size()) {
                    pages.text(label.get(row), pages.left(), pages.y(), size, Theme.TEXT);
                }
                if (row < value.size()) {
                    pages.text(value.get(row), pages.left() + valueOffset, pages.y(), size, Theme.TEXT);
                }
                pages.advance(lineHeight);
            }
        }
        pages.gap(Theme.PARAGRAPH_GAP);
    }
}
