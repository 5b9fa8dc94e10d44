package taizhang.ui;

import taizhang.domain.Problem;

/** One field of a form: what is typed, and the problem found when it was last checked (null if none). */
record FieldState(TextInput input, Problem problem) {

    static FieldState of(String text) {
        return new FieldState(TextInput.of(text), null);
    }

    FieldState typed(TextInput in) {
        return new FieldState(in, problem);
    }

    FieldState checked(Problem found) {
        return new FieldState(input, found);
    }

    boolean warning() {
        return problem != null && problem.warning();
    }

    String text() {
        return input.text();
    }
}
