package taizhang.serve;

/** The details of an audit entry: a JSON object of names and values (strings escaped, numbers as they are). */
final class Detail {
    private Detail() {
    }

    /** {@code of("method", "password", "tries", 3)} is {@code {"method":"password","tries":3}}. */
    static String of(Object... namesAndValues) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (i > 0) {
                b.append(',');
            }
            string(b, String.valueOf(namesAndValues[i]));
            b.append(':');
            Object v = namesAndValues[i + 1];
            if (v instanceof Number) {
                b.append(v);
            } else {
                string(b, String.valueOf(v));
            }
        }
        return b.append('}').toString();
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
