package taizhang.cli;

/** A failure of the user's input found by the command line itself, said from its bundle. */
final class Failure {
    private Failure() {
    }

    /** A failure of the user's input, reported with exit code 1: a key of {@code cli_*.properties} and its arguments. */
    static final class InvalidInput extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        InvalidInput(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args;
        }
    }

    /** Invalid input, a failed check, a refusal, or anything else that stopped the command (SPEC 7). */
    static final int EXIT_CODE = 1;

    /** A command line picocli could not read (SPEC 7). */
    static final int USAGE = 2;
}
