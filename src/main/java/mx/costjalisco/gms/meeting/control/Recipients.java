package mx.costjalisco.gms.meeting.control;

import java.util.List;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.mail.Recipient;

/**
 * Who a meeting's notices go to — every current titular and suplente for a session, the liaisons for a liaison
 * meeting — and the institutions nobody can be written to for, which the secretary sees listed instead of silently
 * skipped.
 */
public record Recipients(List<Recipient> people, List<Institution> withoutRecipient) {}
