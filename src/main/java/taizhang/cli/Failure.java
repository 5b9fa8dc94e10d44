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

    /** No account, or a role or scope that does not allow it (SPEC 7: exit 1). */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }

    /** What a permission lets one do, for "X may not …". */
    static String verb(taizhang.domain.Role.Permission p) {
        return switch (p) {
            case READ -> "read the registers";
            case SEE_FULL_NUMBERS -> "see ID numbers";
            case WRITE -> "change records";
            case IMPORT -> "import";
            case EXPORT -> "export";
            case REPORT -> "make reports";
            case CLOSE_MONTHS -> "close or reopen months";
            case RESTORE -> "restore voided records";
            case ADMINISTER -> "manage accounts and settings";
            case BACKUP -> "back up the database";
            case CHECK -> "check the database";
        };
    }

    static String message(Exception e) {
        if (e instanceof InvalidInput || e instanceof Refusal || e instanceof StorageException
                || e instanceof IllegalArgumentException || e instanceof taizhang.storage.Accounts.Refused
                || e instanceof taizhang.storage.Records.Refused) {
            return "taizhang: " + e.getMessage();
        }
        return "taizhang: unexpected failure: " + e;
    }

    /** Invalid input, a failed check, or anything else that stopped the command (SPEC 7). */
    static final int EXIT_CODE = 1;
}
