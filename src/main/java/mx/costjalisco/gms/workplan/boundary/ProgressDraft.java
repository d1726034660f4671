package mx.costjalisco.gms.workplan.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Progress as typed: the target, the day, the amount (or, for a milestone, done / not done), a note the public may
 * read and a note for the GMS only.
 */
public class ProgressDraft implements Serializable {

    private Long targetId;
    private LocalDate date;
    private BigDecimal amount;
    private boolean done = true;
    private String note;
    private String internalNote;

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }
}
