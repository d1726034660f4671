package mx.costjalisco.gms.platform.mail;

/** Who receives a message: an address, the name shown beside it, and the person of the registry when there is one. */
public record Recipient(String email, String name, Long personId) {}
