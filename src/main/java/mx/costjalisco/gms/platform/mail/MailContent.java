package mx.costjalisco.gms.platform.mail;

import java.util.List;

public record MailContent(
        String subject,
        String text,
        String html,
        List<MailAttachment> attachments,
        String calendar,
        String calendarMethod) {}
