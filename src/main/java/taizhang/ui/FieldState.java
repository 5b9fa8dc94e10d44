package taizhang.ui;

/** One field of a form: what is typed, and the message found when it was last checked. */
record FieldState(TextInput input, String message, boolean warning) {

    static FieldState of(String text) {
        return new FieldState(TextInput.of(text), null, false);
    }

    FieldState typed(TextInput in) {
        return new FieldState(in, message, warning);
    }

    FieldState checked(String msg, boolean warn) {
        return new FieldState(input, msg, warn);
    }

    String text() {
        return input.text();
    }
}
