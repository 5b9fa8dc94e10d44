package taizhang.domain;

import java.util.List;

/** A value that cannot be read as what it should be: the code and arguments of a {@link Problem}. */
public final class Invalid extends Exception {
    private final Problem.Code code;
    private final transient List<Object> args;

    public Invalid(Problem.Code code, Object... args) {
        super(code.name(), null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    public Problem.Code code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    /** The problem this makes of {@code value} in {@code field}. */
    public Problem problem(String field, String value) {
        return new Problem(code, field, value, args, false);
    }
}
