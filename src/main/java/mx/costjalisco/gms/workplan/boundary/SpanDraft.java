package mx.costjalisco.gms.workplan.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A span of a period as typed in a form: first and last day and, for an activity, the plan's words for it. */
public class SpanDraft implements Serializable {

    private LocalDate first;
    private LocalDate last;
    private String label;

    public SpanDraft() {}

    public SpanDraft(LocalDate first, LocalDate last, String label) {
        this.first = first;
        this.last = last;
        this.label = label;
    }

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
