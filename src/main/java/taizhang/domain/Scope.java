package taizhang.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The areas an account works in: one or more area codes, each covering everything under it
 * (a township's code covers its villages, since a village's code begins with its township's).
 */
public record Scope(List<String> codes) {

    /** Everything: the owner of the database file working without an account. */
    public static final Scope EVERYTHING = new Scope(List.of(""));

    public Scope {
        codes = List.copyOf(codes);
    }

    /**
     * Codes written as {@code CODE[,CODE…]} (or joined by {@code ;}, as {@code account list} writes
     * them); {@code *} is everything (the admin {@code init} makes, before there are any areas).
     */
    public static Scope parse(String text) throws Invalid {
        if (text.strip().equals("*")) {
            return EVERYTHING;
        }
        List<String> codes = new ArrayList<>();
        for (String part : text.split("[,;，；\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (AreaLevel.of(part) == null) {
                throw new Invalid(part);
            }
            codes.add(part);
        }
        if (codes.isEmpty()) {
            throw new Invalid(text);
        }
        return new Scope(codes);
    }

    /** A scope code that is not an area code of 6, 9 or 12 digits. */
    public static final class Invalid extends Exception {
        public Invalid(String code) {
            super(code);
        }
    }

    /** Whether the area with this code (a record's village, or an area itself) lies in the scope. */
    public boolean covers(String areaCode) {
        if (areaCode == null) {
            return false;
        }
        for (String c : codes) {
            if (areaCode.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the area with this code holds any of the scope: lies in it, or is above a part of
     * it (the county, for a village's clerk).
     */
    public boolean reaches(String areaCode) {
        return areaCode != null && (covers(areaCode) || codes.stream().anyMatch(c -> c.startsWith(areaCode)));
    }

    public boolean everything() {
        return codes.contains("");
    }

    /** As {@code account list} writes it: codes joined by {@code ;}. */
    @Override
    public String toString() {
        return everything() ? "*" : String.join(";", codes);
    }
}
