package mx.costjalisco.gms.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import mx.costjalisco.gms.member.entity.Institution;

/** One institution's vote on an agreement: one vote per institution (art. 22). */
@Entity
@Table(name = "resolution_vote")
public class ResolutionVote implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resolution_id", nullable = false, updatable = false)
    private Resolution resolution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VoteChoice choice;

    @Column(length = 1000)
    private String justification;

    protected ResolutionVote() {}

    public ResolutionVote(Institution institution, VoteChoice choice, String justification) {
        this.institution = institution;
        this.choice = choice;
        this.justification = justification;
    }

    void belongTo(Resolution resolution) {
        this.resolution = resolution;
    }

    public Institution getInstitution() {
        return institution;
    }

    public VoteChoice getChoice() {
        return choice;
    }

    public String getJustification() {
        return justification;
    }
}
