package mx.costjalisco.gms.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Consecutive days of a target's own period, both ends included. */
@Embeddable
public class TargetSpan implements Serializable {

    @Column(name = "first_day", nullable = false)
    private LocalDate first;

    @Column(name = "last_day", nullable = false)
    private LocalDate last;

    protected TargetSpan() {}

    public TargetSpan(LocalDate first, LocalDate last) {
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
    }

    public LocalDate getFirst() {
        return first;
    }

    public LocalDate getLast() {
        return last;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetSpan span && first.equals(span.first) && last.equals(span.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last);
    }

    @Override
    public String toString() {
        return first + "/" + last;
    }
}
