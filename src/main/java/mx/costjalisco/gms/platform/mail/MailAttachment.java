package mx.costjalisco.gms.platform.mail;

/** A file sent with a message, e.g. the convocation's PDF. */
public record MailAttachment(String fileName, String contentType, byte[] content) {}
