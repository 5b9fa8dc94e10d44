package taizhang.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record of a register, its values held in the register's field order: text as String,
 * dates as LocalDate, months as YearMonth, money as Long fen, counts as Integer, choices as
 * their canonical code. A missing value is null.
 */
public final class Entry {
    private final Register register;
    private final Object[] values;

    public Entry(Register register, Object[] values) {
        if (values.length != register.fields().size()) {
            throw new IllegalArgumentException("wrong number of values for " + register);
        }
        this.register = register;
        this.values = values.clone();
    }

    /** A record holding {@code values} itself, not a copy: for a caller that made the array and lets it go. */
    static Entry owning(Register register, Object[] values) {
        return new Entry(register, values, false);
    }

    private Entry(Register register, Object[] values, boolean copy) {
        this.register = register;
        this.values = copy ? values.clone() : values;
    }

    /**
     * A record given field by field, by key: {@code Entry.of(AREAS, "code", "990101", "name", "演示县")}.
     * A field not named is empty; a key the register does not have, or a value of the wrong
     * kind for its field, is refused at once rather than stored in the wrong column.
     */
    public static Entry of(Register register, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a value for every key, please: " + Arrays.toString(keysAndValues));
        }
        Object[] values = new Object[register.fields().size()];
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            int index = register.indexOf(key);
            if (index < 0) {
                throw new IllegalArgumentException(register.fileName() + " has no field " + key);
            }
            Object value = keysAndValues[i + 1];
            Field field = register.fields().get(index);
            if (value != null && !holds(field.type(), value)) {
                throw new IllegalArgumentException(register.fileName() + "." + key + " holds "
                        + field.type() + ", not " + value.getClass().getSimpleName() + " " + value);
            }
            values[index] = value;
        }
        return new Entry(register, values);
    }

    /** Whether a value is of the kind a field of this type holds (see the class comment). */
    private static boolean holds(FieldType type, Object value) {
        return switch (type) {
            case DATE -> value instanceof LocalDate;
            case MONTH -> value instanceof YearMonth;
            case MONEY -> value instanceof Long;
            case COUNT -> value instanceof Integer;
            default -> value instanceof String;
        };
    }

    public Register register() {
        return register;
    }

    public Object get(int index) {
        return values[index];
    }

    public Object get(String key) {
        return values[register.indexOf(key)];
    }

    public String text(String key) {
        return (String) get(key);
    }

    public LocalDate date(String key) {
        return (LocalDate) get(key);
    }

    public Long fen(String key) {
        return (Long) get(key);
    }

    public Integer count(String key) {
        return (Integer) get(key);
    }

    public Entry with(String key, Object value) {
        Object[] copy = values.clone();
        copy[register.indexOf(key)] = value;
        return new Entry(register, copy);
    }

    /** The value in its canonical CSV spelling ({@code YYYY-MM-DD}, {@code 300.00}, codes); "" when missing. */
    public String canonical(int index) {
        return canonical(register.fields().get(index), values[index]);
    }

    /** Every value in its canonical spelling by field key: the record as the checks take it from a form or a file. */
    public Map<String, String> raw() {
        Map<String, String> raw = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            raw.put(register.fields().get(i).key(), canonical(i));
        }
        return raw;
    }

    public static String canonical(Field field, Object value) {
        if (value == null) {
            return "";
        }
        if (field.type() == FieldType.MONEY) {
            return Money.format((Long) value);
        }
        if (value instanceof YearMonth m) {
            return m.toString();
        }
        return value.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entry e && e.register == register && Arrays.equals(e.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(register, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return register.fileName() + Arrays.toString(values);
    }
}
