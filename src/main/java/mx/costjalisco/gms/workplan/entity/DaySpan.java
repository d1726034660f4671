package mx.costjalisco.gms.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Consecutive days of a period, both ends included, with the words the plan gives them ("Julio – diciembre,
 * celebración del foro"); the label is optional.
 */
@Embeddable
public class DaySpan implements Serializable {

    @Column(name = "first_day", nullable = false)
    private LocalDate first;

    @Column(name = "last_day", nullable = false)
    private LocalDate last;

    @Column(length = 300)
    private String label;

    protected DaySpan() {}

    public DaySpan(LocalDate first, LocalDate last, String label) {
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
        this.label = label == null || label.isBlank() ? null : label.strip();
    }

    public LocalDate getFirst() {
        return first;
    }

    public LocalDate getLast() {
        return last;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DaySpan span
                && first.equals(span.first)
                && last.equals(span.last)
                && Objects.equals(label, span.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last, label);
    }

    @Override
    public String toString() {
        return first + "/" + last + (label == null ? "" : " " + label);
    }
}
