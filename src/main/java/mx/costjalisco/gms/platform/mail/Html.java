package mx.costjalisco.gms.platform.mail;

/** Text people typed, made safe to put in the HTML part of a mail. */
public final class Html {

    private Html() {}

    /** Escapes the characters HTML gives a meaning to, so the text shows as typed; {@code null} becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
