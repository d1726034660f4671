package mx.costjalisco.gms.platform.mail;

public record MailAttachment(String fileName, String contentType, byte[] content) {}
