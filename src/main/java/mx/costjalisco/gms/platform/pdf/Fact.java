package mx.costjalisco.gms.platform.pdf;

import java.util.Objects;

/**
 * One line of a facts block — a label and its value, e.g. "Fecha:" and "jueves 18 de mayo de 2023". Labels print as
 * given, in bold, in a column of their own; add the colon in the caller's text if the document's style wants one.
 */
public record Fact(String label, Text value) {

    public Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    public static Fact of(String label, String value) {
        return new Fact(label, Text.of(value));
    }

    public static Fact of(String label, Text value) {
        return new Fact(label, value);
    }
}
