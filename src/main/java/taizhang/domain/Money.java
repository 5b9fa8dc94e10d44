package taizhang.domain;

import java.util.regex.Pattern;

/** Amounts of money in yuan, held exactly as integer fen. */
public final class Money {
    private Money() {
    }

    private static final Pattern YUAN = Pattern.compile("(\\d{1,13})(?:\\.(\\d{1,2}))?");

    /** Thrown with a message fit to show the clerk. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public static long parseFen(String text) throws Invalid {
        String t = text.startsWith("¥") || text.startsWith("￥") ? text.substring(1).strip() : text;
        if (t.startsWith("-")) {
            throw new Invalid("is negative: amounts are 0 or more");
        }
        var m = YUAN.matcher(t);
        if (!m.matches()) {
            throw new Invalid("is not an amount in yuan with at most 2 decimals");
        }
        long fen = Long.parseLong(m.group(1)) * 100;
        String dec = m.group(2);
        if (dec != null) {
            fen += Long.parseLong(dec.length() == 1 ? dec + "0" : dec);
        }
        return fen;
    }

    /** Yuan with exactly two decimals, as in {@code 300.00}. */
    public static String format(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        long cents = abs % 100;
        return sign + abs / 100 + "." + (cents < 10 ? "0" : "") + cents;
    }
}
