package mx.costjalisco.gms.disclosure.control;

import java.io.Serial;
import java.util.List;

/**
 * Why a whole import was refused — the file is empty, too big, not JSON, not a package, repeats a project id, the
 * platform did not answer — as a message key of the Spanish bundle and its arguments. Nothing of a refused import is
 * kept but the refusal itself.
 */
public class ImportRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> arguments;

    public ImportRefused(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public ImportRefused(Throwable cause, String key, Object... arguments) {
        this(key, arguments);
        initCause(cause);
    }

    public String getKey() {
        return key;
    }

    public List<String> getArguments() {
        return arguments;
    }

    /** The arguments as one line, kept with the refused import. */
    public String detail() {
        return String.join("\u001f", arguments);
    }
}
