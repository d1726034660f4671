package mx.costjalisco.gms.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.meeting.boundary.AgendaService;
import mx.costjalisco.gms.meeting.boundary.MeetingService;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.AgendaItemState;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingDocument;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.LocaleBacking;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code meetings/edit/agenda.xhtml}: the secretary builds the agenda under the Reglamento's fixed points, decides on
 * the items members proposed, and attaches the documents that go with the convocation.
 */
@Named
@ViewScoped
public class MeetingAgendaBacking implements Serializable {

    @Inject
    private MeetingService meetings;

    @Inject
    private AgendaService agenda;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking localeBacking;

    private Long meetingId;
    private Meeting meeting;
    private List<AgendaItem> items;
    private List<MeetingDocument> documents;
    private AgendaItem editing;
    private String title;
    private String description;
    private int minutes = 15;
    private String declineReason;
    private transient Part file;

    public void load() {
        meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null) {
            Pages.notFound();
            return;
        }
        refresh();
    }

    private void refresh() {
        items = agenda.itemsOf(meetingId);
        documents = agenda.documentsOf(meetingId);
    }

    public void startNew() {
        editing = null;
        title = null;
        description = null;
        minutes = 15;
    }

    public void startEdit(AgendaItem item) {
        editing = item;
        title = item.getTitle();
        description = item.getDescription();
        minutes = item.getMinutes();
    }

    public void saveItem() {
        try {
            if (editing == null) {
                agenda.add(meetingId, title, description, minutes);
                messages.info("agenda.added", title);
            } else {
                agenda.update(editing.getId(), editing.getVersion(), title, description, minutes);
                messages.info("agenda.saved", title);
            }
            startNew();
            refresh();
        } catch (ConcurrentChangeException changed) {
            refresh();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("itemForm", refused);
        }
    }

    public void withdraw(AgendaItem item) {
        try {
            agenda.withdraw(item.getId(), item.getVersion());
            messages.info("agenda.withdrawn", item.getTitle());
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
        refresh();
    }

    public void move(AgendaItem item, boolean up) {
        agenda.move(item.getId(), up);
        refresh();
    }

    public void decide(AgendaItem item, boolean accept) {
        try {
            agenda.decide(item.getId(), item.getVersion(), accept, declineReason);
            messages.info(accept ? "agenda.accepted" : "agenda.declined", item.getTitle());
            declineReason = null;
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("proposals", refused);
        }
        refresh();
    }

    public void upload() {
        if (file == null
                || file.getSubmittedFileName() == null
                || file.getSubmittedFileName().isBlank()) {
            messages.error("documentForm:file", "upload.noFile");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            MeetingDocument document = agenda.attach(meetingId, file.getSubmittedFileName(), in);
            messages.info("document.attached", document.getFileName());
        } catch (BusinessRuleException refused) {
            messages.error("documentForm", refused);
        } catch (IOException unreadable) {
            messages.error("documentForm:file", "upload.unreadable");
        }
        refresh();
    }

    public void withdrawDocument(MeetingDocument document) {
        try {
            agenda.withdrawDocument(document.getId(), document.getVersion());
            messages.info("document.withdrawn", document.getFileName());
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        }
        refresh();
    }

    public List<AgendaItem> getOnAgenda() {
        return items.stream().filter(AgendaItem::isOnAgenda).toList();
    }

    public List<AgendaItem> getPending() {
        return items.stream()
                .filter(i -> i.getState() == AgendaItemState.PROPOSED)
                .toList();
    }

    public int getTotalMinutes() {
        return getOnAgenda().stream().mapToInt(AgendaItem::getMinutes).sum();
    }

    public String getName() {
        return MeetingTexts.name(meeting, localeBacking.getLocale());
    }

    public boolean isEditing() {
        return editing != null;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public List<MeetingDocument> getDocuments() {
        return documents;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
