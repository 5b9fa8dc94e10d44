package taizhang.cli;

import taizhang.storage.StorageException;

/** Turns a failure into the one-line message and exit code a clerk sees. */
final class Failure {
    private Failure() {
    }

    /** A failure of the user's input, reported with exit code 1. */
    static final class InvalidInput extends RuntimeException {
        InvalidInput(String message) {
            super(message);
        }
    }

    static String message(Exception e) {
        if (e instanceof InvalidInput || e instanceof StorageException || e instanceof IllegalArgumentException) {
            return "taizhang: " + e.getMessage();
        }
        return "taizhang: unexpected failure: " + e;
    }

    /** Invalid input, a failed check, or anything else that stopped the command (SPEC 7). */
    static final int EXIT_CODE = 1;
}
