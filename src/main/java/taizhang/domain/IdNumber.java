package taizhang.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity number (GB 11643): 17 digits and a check character.
 * Parsing normalises full-width digits and a lowercase x, and converts a
 * 15-digit first-generation number to its 18-digit form, so that both forms
 * of one person compare equal.
 */
public record IdNumber(String value, LocalDate birthDate, Sex sex) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public static IdNumber parse(String raw, LocalDate today) throws Invalid {
        String s = normalise(raw);
        if (s.length() == 15) {
            if (!allDigits(s, 15)) {
                throw new Invalid(Problem.Code.ID_15_NOT_DIGITS);
            }
            String body = s.substring(0, 6) + "19" + s.substring(6);
            s = body + checkCharacter(body);
        } else if (s.length() != 18) {
            throw new Invalid(Problem.Code.ID_LENGTH, s.codePointCount(0, s.length()));
        }
        if (!allDigits(s, 17)) {
            throw new Invalid(Problem.Code.ID_17_NOT_DIGITS);
        }
        char last = s.charAt(17);
        if (!allDigits(s, 18) && last != 'X') {
            throw new Invalid(Problem.Code.ID_LAST_CHARACTER);
        }
        char expected = checkCharacter(s);
        if (last != expected) {
            throw new Invalid(Problem.Code.ID_CHECK_CHARACTER, String.valueOf(last), String.valueOf(expected));
        }
        LocalDate birth;
        try {
            birth = birthDate(s);
        } catch (DateTimeException e) {
            throw new Invalid(Problem.Code.ID_BIRTH_NOT_A_DATE, s.substring(6, 14));
        }
        if (birth.isAfter(today)) {
            throw new Invalid(Problem.Code.ID_BIRTH_IN_FUTURE, birth);
        }
        if (birth.getYear() < 1850) {
            throw new Invalid(Problem.Code.ID_BIRTH_TOO_EARLY, birth);
        }
        Sex sex = Sex.fromDigit(s.charAt(16));
        return new IdNumber(s, birth, sex);
    }

    /** The birth date written in an ID number of 18 characters whose first 17 are digits (it may be no date at all). */
    static LocalDate birthDate(String id) {
        return LocalDate.of(IsoDate.digits(id, 6, 10), IsoDate.digits(id, 10, 12), IsoDate.digits(id, 12, 14));
    }

    /** Full-width digits and X become ASCII, a lowercase x becomes X, spaces go. */
    static String normalise(String raw) {
        if (isNormal(raw)) {
            return raw;
        }
        StringBuilder b = new StringBuilder(18);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == 'x' || c == 'ｘ' || c == 'Ｘ') {
                c = 'X';
            } else if (c == ' ' || c == '\u3000') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Whether {@link #normalise} would leave {@code raw} as it is (nearly every number in a file). */
    private static boolean isNormal(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= '0' && c <= '9' || c == 'X')) {
                return false;
            }
        }
        return true;
    }

    /** The check character (ISO 7064 MOD 11-2) of the first 17 digits (of a text of 17 or more). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean allDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Shown in tables: area prefix and last four kept, the rest hidden. */
    public static String masked(String value) {
        if (value == null || value.length() != 18) {
            return value == null ? "" : value;
        }
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return value;
    }
}
