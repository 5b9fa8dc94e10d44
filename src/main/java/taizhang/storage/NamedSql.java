package taizhang.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * SQL with named parameters ({@code :start}) turned into JDBC's positional ones, for the tally's
 * statements that run through plain JDBC. Jdbi's own parser does this, but its first use costs
 * 240-380 ms of class loading and set-up in a fresh JVM (measured on the build machine), paid
 * on the way to home's figures; this is a scanner of a few lines that knows SQLite's quoting:
 * a colon inside a string, a quoted name or a comment is not a parameter.
 *
 * @param sql   the statement with a {@code ?} for each parameter
 * @param names the parameters' names, in the order of their {@code ?}
 */
record NamedSql(String sql, List<String> names) {

    static NamedSql parse(String sql) {
        return scan(sql, name -> "?");
    }

    /** The same SQL with every parameter renamed ({@code :start} to {@code :start_1}). */
    static String rename(String sql, UnaryOperator<String> rename) {
        return scan(sql, name -> ":" + rename.apply(name)).sql();
    }

    /** Copies the SQL, replacing each parameter by what {@code replace} makes of its name. */
    private static NamedSql scan(String sql, UnaryOperator<String> replace) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = i + 1;
            if (c == '\'' || c == '"') {
                end = sql.indexOf(c, i + 1) < 0 ? sql.length() : sql.indexOf(c, i + 1) + 1;
            } else if (c == '-' && sql.startsWith("--", i)) {
                end = sql.indexOf('\n', i) < 0 ? sql.length() : sql.indexOf('\n', i);
            } else if (c == ':' && i + 1 < sql.length() && isNameChar(sql.charAt(i + 1))) {
                while (end < sql.length() && isNameChar(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                names.add(name);
                out.append(replace.apply(name));
                i = end;
                continue;
            } else if (c != '-' && c != ':') {
                // Plain text is copied up to the next quote, dash or colon at once: char by char,
                // the tally's long statements were a fifth of its reader's JFR samples at start-up.
                while (end < sql.length() && "'\"-:".indexOf(sql.charAt(end)) < 0) {
                    end++;
                }
            }
            out.append(sql, i, end);
            i = end;
        }
        return new NamedSql(out.toString(), List.copyOf(names));
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
