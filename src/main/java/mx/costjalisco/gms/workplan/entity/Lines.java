package mx.costjalisco.gms.workplan.entity;

import java.util.List;

/** Text kept one item per line (actions, kinds of evidence, objectives), read back as a list without blank lines. */
public final class Lines {

    private Lines() {}

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
