package taizhang.domain;

/**
 * Something wrong (or worth a second look) with one field of one record. The message
 * names the value; {@link #describe()} is what a clerk reads after the line number.
 */
public record Problem(String field, String value, String message, boolean warning) {

    public static Problem error(String field, String value, String message) {
        return new Problem(field, value, message, false);
    }

    public static Problem warning(String field, String value, String message) {
        return new Problem(field, value, message, true);
    }

    /** {@code "value" message}, the value made safe to print. */
    public String describe() {
        return value == null || value.isEmpty() ? message : "\"" + Text.printable(value) + "\" " + message;
    }
}
