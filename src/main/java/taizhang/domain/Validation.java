package taizhang.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every rule of SPEC section 4, in one place: import, the screens' forms and anything else
 * that writes a record ask this class whether it may.
 */
public final class Validation {
    private Validation() {
    }

    public static final int MAX_NAME = 50;
    public static final int MAX_TEXT = 500;
    public static final int MAX_BIRTH_ORDER = 20;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,20}");

    /** The record, if every field could be read, and everything found wrong with it. */
    public record Result(Entry entry, List<Problem> problems) {
        public boolean ok() {
            return problems.stream().noneMatch(p -> !p.warning());
        }

        public List<Problem> errors() {
            return problems.stream().filter(p -> !p.warning()).toList();
        }

        public List<Problem> warnings() {
            return problems.stream().filter(Problem::warning).toList();
        }
    }

    /** Checks one record given as raw text by field key; missing keys count as empty. */
    public static Result check(Register register, Map<String, String> raw, Facts facts) {
        List<Field> fields = register.fields();
        Object[] values = new Object[fields.size()];
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            values[i] = read(f, raw.getOrDefault(f.key(), ""), facts, problems);
        }
        Entry entry = new Entry(register, values);
        if (problems.isEmpty()) {
            RecordRules.check(entry, facts, problems);
        }
        return new Result(problems.stream().anyMatch(p -> !p.warning()) ? null : entry, problems);
    }

    /** Checks one field alone, as a form does when the clerk leaves it. */
    public static List<Problem> checkField(Field field, String raw, Facts facts) {
        List<Problem> problems = new ArrayList<>();
        read(field, raw, facts, problems);
        return problems;
    }

    /** The field's value read from text, or null (with a problem added when it is wrong). */
    static Object read(Field f, String raw, Facts facts, List<Problem> problems) {
        String s;
        try {
            s = Text.clean(raw == null ? "" : raw, f.type() == FieldType.TEXT);
        } catch (Text.Invalid e) {
            problems.add(Problem.error(f.key(), raw, e.getMessage()));
            return null;
        }
        if (s.isEmpty()) {
            if (f.required()) {
                problems.add(Problem.error(f.key(), "", "is required"));
            }
            return null;
        }
        try {
            return parse(f, s, facts);
        } catch (Invalid e) {
            problems.add(Problem.error(f.key(), s, e.getMessage()));
            return null;
        }
    }

    private static Object parse(Field f, String s, Facts facts) throws Invalid {
        switch (f.type()) {
            case TEXT:
                return limited(s, MAX_TEXT);
            case NAME:
                return limited(s, MAX_NAME);
            case ID_NUMBER:
                try {
                    return IdNumber.parse(s, facts.today()).value();
                } catch (IdNumber.Invalid e) {
                    throw new Invalid("is not a valid ID number: " + e.getMessage());
                }
            case DATE:
                return date(s, facts.today());
            case MONTH:
                try {
                    return Dates.parseMonth(s);
                } catch (Dates.Invalid e) {
                    throw new Invalid(e.getMessage());
                }
            case MONEY:
                try {
                    return Money.parseFen(s);
                } catch (Money.Invalid e) {
                    throw new Invalid(e.getMessage());
                }
            case COUNT:
                if (!DIGITS.matcher(s).matches() || s.length() > 9) {
                    throw new Invalid("is not a whole number of 0 or more");
                }
                return Integer.parseInt(s);
            case CHOICE:
                return choice(f, s);
            case VILLAGE:
                if (!facts.isVillage(s)) {
                    throw new Invalid(facts.areaLevelLength(s) > 0
                            ? "is not a village (村/居) code" : "is not the code of a village in the register");
                }
                return s;
            case AREA_CODE:
                if (!DIGITS.matcher(s).matches() || (s.length() != 6 && s.length() != 9 && s.length() != 12)) {
                    throw new Invalid("is not an area code of 6, 9 or 12 digits");
                }
                return s;
            case SCHEME:
                if (!facts.hasScheme(s)) {
                    throw new Invalid("is not a known scheme (see schemes)");
                }
                return s;
            case CODE:
                if (!CODE.matcher(s).matches()) {
                    throw new Invalid("is not a code of lowercase letters, digits and _");
                }
                return s;
            case PHONE:
                if (!PHONE.matcher(s).matches()) {
                    throw new Invalid("is not a phone number");
                }
                return s;
            default:
                throw new IllegalStateException(f.type().toString());
        }
    }

    private static String limited(String s, int max) throws Invalid {
        if (Text.length(s) > max) {
            throw new Invalid("is longer than " + max + " characters");
        }
        return s;
    }

    private static LocalDate date(String s, LocalDate today) throws Invalid {
        LocalDate d;
        try {
            d = Dates.parseDate(s);
        } catch (Dates.Invalid e) {
            throw new Invalid(e.getMessage());
        }
        if (d.isAfter(today)) {
            throw new Invalid("is after today (" + today + ")");
        }
        if (d.getYear() < 1850) {
            throw new Invalid("is too early");
        }
        return d;
    }

    private static String choice(Field f, String s) throws Invalid {
        Choice c = Choices.find(f.choices(), s);
        if (c == null) {
            StringBuilder allowed = new StringBuilder();
            for (Choice each : f.choices()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(each.code()).append(' ').append(each.zh());
            }
            throw new Invalid("is not one of " + allowed);
        }
        return c.code();
    }

    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }
}
