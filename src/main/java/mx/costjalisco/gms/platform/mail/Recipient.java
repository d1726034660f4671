package mx.costjalisco.gms.platform.mail;

public record Recipient(String email, String name, Long personId) {}
