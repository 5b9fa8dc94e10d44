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

    /** The record, if every field could be read, and everything found wrong with it. */
    public record Result(Entry entry, List<Problem> problems) {
        public boolean ok() {
            return !anyError(problems);
        }

        public List<Problem> errors() {
            return problems.stream().filter(p -> !p.warning()).toList();
        }

        public List<Problem> warnings() {
            // A loop, not a stream: it runs once per record checked, and home's warnings check
            // a few hundred records at start-up, before the JIT has compiled anything.
            List<Problem> warnings = new ArrayList<>();
            for (Problem p : problems) {
                if (p.warning()) {
                    warnings.add(p);
                }
            }
            return List.copyOf(warnings);
        }
    }

    /** Checks one record given as raw text by field key; missing keys count as empty. */
    public static Result check(Register register, Map<String, String> raw, Facts facts) {
        List<Field> fields = register.fields();
        String[] byField = new String[fields.size()];
        for (int i = 0; i < byField.length; i++) {
            byField[i] = raw.get(fields.get(i).key());
        }
        return check(register, byField, facts);
    }

    /**
     * Checks one record given as raw text in the register's field order (an import's row, read
     * without a map for every row); a null counts as empty.
     */
    public static Result check(Register register, String[] raw, Facts facts) {
        List<Field> fields = register.fields();
        Object[] values = new Object[fields.size()];
        List<Problem> problems = new ArrayList<>(); // no array until a problem is found
        for (int i = 0; i < values.length; i++) {
            Field f = fields.get(i);
            String r = raw[i];
            values[i] = read(f, r == null ? "" : r, facts, problems);
        }
        Entry entry = Entry.owning(register, values);
        if (problems.isEmpty()) {
            int before = problems.size();
            RecordRules.check(entry, facts, problems);
            for (int i = before; i < problems.size(); i++) {
                Problem p = problems.get(i);
                int at = register.indexOf(p.field());
                problems.set(i, p.withValue(written(at < 0 ? null : raw[at])));
            }
        }
        return new Result(anyError(problems) ? null : entry, problems);
    }

    private static boolean anyError(List<Problem> problems) {
        for (Problem p : problems) {
            if (!p.warning()) {
                return true;
            }
        }
        return false;
    }

    /** A value as the file or the clerk wrote it, for a message (only the spaces around it go). */
    static String written(String raw) {
        return raw == null ? "" : raw.strip();
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
            if (s.isEmpty()) {
                if (f.required()) {
                    problems.add(Problem.error(f.key(), "", Problem.Code.REQUIRED));
                }
                return null;
            }
            return parse(f, s, facts);
        } catch (Invalid e) {
            problems.add(e.problem(f.key(), written(raw)));
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
                return IdNumber.parse(s, facts.today()).value();
            case DATE:
                return date(s, facts.today());
            case MONTH:
                return Dates.parseMonth(s);
            case MONEY:
                return Money.parseFen(s);
            case COUNT:
                if (!DIGITS.matcher(s).matches() || s.length() > 9) {
                    throw new Invalid(Problem.Code.NOT_A_COUNT);
                }
                int count = Integer.parseInt(s);
                // A rule of the field alone: told as the clerk leaves it, and beside a row's other problems.
                if (f.key().equals("birth_order") && (count < 1 || count > MAX_BIRTH_ORDER)) {
                    throw new Invalid(Problem.Code.BIRTH_ORDER_RANGE, MAX_BIRTH_ORDER);
                }
                return count;
            case CHOICE:
                return choice(f, s);
            case VILLAGE:
                if (!facts.isVillage(s)) {
                    throw new Invalid(facts.areaLevel(s) != null
                            ? Problem.Code.NOT_A_VILLAGE : Problem.Code.NOT_A_KNOWN_VILLAGE);
                }
                return s;
            case AREA_CODE:
                if (AreaLevel.of(s) == null) {
                    throw new Invalid(Problem.Code.NOT_AN_AREA_CODE);
                }
                return s;
            case SCHEME:
                if (!facts.hasScheme(s)) {
                    throw new Invalid(Problem.Code.NOT_A_SCHEME);
                }
                return s;
            case CODE:
                if (!CODE.matcher(s).matches()) {
                    throw new Invalid(Problem.Code.NOT_A_CODE);
                }
                return s;
            case PHONE:
                if (!isPhone(s)) {
                    throw new Invalid(Problem.Code.NOT_A_PHONE);
                }
                return s;
            default:
                throw new IllegalStateException(f.type().toString());
        }
    }

    /** 3 to 20 of the characters a phone number is written with: digits, {@code + ( ) -} and spaces. */
    private static boolean isPhone(String s) {
        if (s.length() < 3 || s.length() > 20) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '+' || c == '(' || c == ')' || c == '-' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static String limited(String s, int max) throws Invalid {
        if (Text.length(s) > max) {
            throw new Invalid(Problem.Code.TOO_LONG, max);
        }
        return s;
    }

    private static LocalDate date(String s, LocalDate today) throws Invalid {
        LocalDate d = Dates.parseDate(s);
        if (d.isAfter(today)) {
            throw new Invalid(Problem.Code.AFTER_TODAY, today);
        }
        if (d.getYear() < 1850) {
            throw new Invalid(Problem.Code.TOO_EARLY);
        }
        return d;
    }

    private static String choice(Field f, String s) throws Invalid {
        Choice c = Choices.find(f.choices(), s);
        if (c == null) {
            throw new Invalid(Problem.Code.NOT_A_CHOICE, allowed(f));
        }
        return c.code();
    }

    private static List<String> allowed(Field f) {
        List<String> allowed = new ArrayList<>();
        for (Choice each : f.choices()) {
            allowed.add(each.code() + " " + each.zh());
        }
        return allowed;
    }

    /**
     * What a value the field cannot take is told, which says what the field wants ("is not a
     * date (write YYYY-MM-DD)"); null for a field of text, which takes any text.
     */
    public static Problem wanted(Field f) {
        return switch (f.type()) {
            case DATE -> Problem.of(Problem.Code.NOT_A_DATE);
            case MONTH -> Problem.of(Problem.Code.NOT_A_MONTH);
            case MONEY -> Problem.of(Problem.Code.NOT_AN_AMOUNT);
            case COUNT -> Problem.of(Problem.Code.NOT_A_COUNT);
            case CHOICE -> Problem.of(Problem.Code.NOT_A_CHOICE, allowed(f));
            case VILLAGE -> Problem.of(Problem.Code.NOT_A_VILLAGE);
            case AREA_CODE -> Problem.of(Problem.Code.NOT_AN_AREA_CODE);
            case SCHEME -> Problem.of(Problem.Code.NOT_A_SCHEME);
            case CODE -> Problem.of(Problem.Code.NOT_A_CODE);
            case TEXT, NAME, ID_NUMBER, PHONE -> null;
        };
    }
}
