package mx.costjalisco.gms.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 10 characters, not one character repeated, and not the account's own address.
 * Length beats composition rules (NIST SP 800-63B), so there are none of those.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The bundle key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.chars().distinct().count() == 1) {
            return Optional.of("password.repeated");
        }
        if (email != null && password.trim().toLowerCase(Locale.ROOT).equals(Account.normalizeEmail(email))) {
            return Optional.of("password.isEmail");
        }
        return Optional.empty();
    }
}
