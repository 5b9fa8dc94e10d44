package taizhang.domain;

import java.util.regex.Pattern;

/** Amounts of money in yuan, held exactly as integer fen. */
public final class Money {
    private Money() {
    }

    private static final Pattern YUAN = Pattern.compile("(\\d{1,13})(?:\\.(\\d{1,2}))?");

    public static long parseFen(String text) throws Invalid {
        String t = text.startsWith("¥") || text.startsWith("￥") ? text.substring(1).strip() : text;
        if (t.startsWith("-")) {
            throw new Invalid(Problem.Code.NEGATIVE_AMOUNT);
        }
        var m = YUAN.matcher(t);
        if (!m.matches()) {
            throw new Invalid(Problem.Code.NOT_AN_AMOUNT);
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
