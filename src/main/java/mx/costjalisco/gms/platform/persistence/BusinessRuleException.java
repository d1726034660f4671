package mx.costjalisco.gms.platform.persistence;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the GMS or of the registry refuses the operation. Carries the key of the message shown to the user (in
 * the i18n bundle) and its arguments, and the field it concerns, if any; the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length > 0 ? " " + Arrays.toString(arguments) : ""));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A violation that concerns one field of the form, shown next to it. */
    public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
        return new BusinessRuleException(field, messageKey, arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
