package taizhang.domain;

import java.util.List;

/**
 * Something wrong (or worth a second look), said as a code and its arguments: the faces put it
 * into words in the interface language (bundles {@code problems_en} and {@code problems_zh}), so
 * nothing below them builds a sentence for a clerk. {@code field} is the field key it is about
 * (null when it is about a file or the database), {@code value} the value as it was written.
 */
public record Problem(Code code, String field, String value, List<Object> args, boolean warning) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem error(String field, String value, Code code, Object... args) {
        return new Problem(code, field, value, List.of(args), false);
    }

    public static Problem warning(String field, String value, Code code, Object... args) {
        return new Problem(code, field, value, List.of(args), true);
    }

    /** A problem with no field and no value of its own: a file, the database, a command. */
    public static Problem of(Code code, Object... args) {
        return new Problem(code, null, null, List.of(args), false);
    }

    /** The same problem about the value as the file or the clerk wrote it. */
    public Problem withValue(String written) {
        return new Problem(code, field, written, args, warning);
    }

    /**
     * Every problem there is. Each has a text in both bundles ({@code ProblemTextTest} fails
     * otherwise); arguments are numbered {0}, {1}... in the order given where it is raised.
     */
    public enum Code {
        // A field's value.
        REQUIRED,
        CONTROL_CHARACTER,
        INVISIBLE_CHARACTER,
        BROKEN_CHARACTER,
        TOO_LONG,
        ID_LENGTH,
        ID_15_NOT_DIGITS,
        ID_17_NOT_DIGITS,
        ID_LAST_CHARACTER,
        ID_CHECK_CHARACTER,
        ID_BIRTH_NOT_A_DATE,
        ID_BIRTH_IN_FUTURE,
        ID_BIRTH_TOO_EARLY,
        NOT_A_DATE,
        NOT_A_REAL_DATE,
        AFTER_TODAY,
        TOO_EARLY,
        NOT_A_MONTH,
        NOT_A_REAL_MONTH,
        NEGATIVE_AMOUNT,
        NOT_AN_AMOUNT,
        NOT_A_COUNT,
        NOT_A_CHOICE,
        NOT_A_VILLAGE,
        NOT_A_KNOWN_VILLAGE,
        NOT_AN_AREA_CODE,
        NOT_A_SCHEME,
        NOT_A_CODE,
        NOT_A_PHONE,

        // Rules across the fields of a record, or against the register.
        AFTER_REGISTERED_ON,
        ROOT_EXISTS,
        PARENT_MISSING,
        PARENT_WRONG_LEVEL,
        NOT_UNDER_PARENT,
        DIED_BEFORE_BIRTH,
        ID_OF_LIVING_PERSON,
        ID_OF_LIVING_PERSON_IN_FILE,
        BIRTH_ORDER_RANGE,
        ID_OF_A_MAN,
        ID_OF_A_WOMAN,
        DUPLICATE_BIRTH,
        DUPLICATE_BIRTH_IN_FILE,
        MOTHER_AGE_IMPOSSIBLE,
        MOTHER_AGE_CHECK,
        DEATH_BEFORE_BIRTH_IN_ID,
        DEATH_DATE_DIFFERS,
        DEATH_DATE_DIFFERS_IN_FILE,
        SEX_DISAGREES_WITH_ID,
        BIRTH_DATE_DISAGREES_WITH_ID,

        // Reading a file.
        NO_SUCH_FILE,
        IS_A_FOLDER,
        CANNOT_READ_FILE,
        FILE_EMPTY,
        NOT_TEXT,
        NOT_AN_ENCODING,
        UTF16_TEXT,
        OLD_EXCEL,
        BAD_BYTES,
        CUT_SHORT,
        UNKNOWN_COLUMN,
        UNNAMED_COLUMN,
        HEADER_EMPTY,
        HEADER_IS_TITLE,
        BIRTH_LIST_NOT_BIRTHS,
        HEADER_NOTE,
        REPEATED_COLUMN,
        MISSING_COLUMN,
        HEADER_TOO_WIDE,
        ROW_WIDTH,
        QUOTE_NOT_CLOSED,
        QUOTE_IN_UNQUOTED,
        TEXT_AFTER_QUOTE,
        CELL_TOO_LONG,
        MORE_PROBLEMS,
        XLSX_NOT_A_PACKAGE,
        XLSX_BROKEN,
        XLSX_NO_SHEET,
        XLSX_BOMB,
        XLSX_TOO_LARGE,
        XLSX_TOO_MANY_ROWS,
        XLSX_NUMBER_IN_TEXT_COLUMN,
        XLSX_DATE_IN_TEXT_COLUMN,
        XLSX_NUMBER_SHOWN_SCIENTIFIC,
        XLSX_DATE_IN_MONTH_COLUMN,
        XLSX_MONTH_IN_DATE_COLUMN,
        XLSX_NUMBER_IN_MONTH_COLUMN,
        XLSX_FORMULA_ERROR,
        XLSX_FORMULA_NOT_COMPUTED,
        XLSX_BOOLEAN_CELL,
        XLSX_BOOLEAN_IN_TEXT_COLUMN,
        XLSX_MERGED_CELL,
        DATABASE_REFUSED_ROW,

        // The database as a whole (check, and failures of a command).
        STORAGE_INTEGRITY,
        BROKEN_REFERENCE,
        LIVING_SHARE_ID,
        DUPLICATE_BIRTHS,
        DEATH_DISAGREES_WITH_PERSON,
        SEVERAL_ROOTS,
        PARENT_NOT_ONE_LEVEL_UP,
        NO_DATABASE,
        DATABASE_EXISTS,
        CANNOT_CREATE,
        DATABASE_BUSY,
        DATABASE_READ_ONLY,
        DISK_FULL,
        IO_ERROR,
        CANNOT_WRITE,
        CANNOT_WRITE_NO_FOLDER,
        CANNOT_WRITE_DENIED,
        CANNOT_WRITE_IS_FOLDER,
        CANNOT_WRITE_NOT_A_FOLDER,
        CANNOT_WRITE_UNDER_A_FILE,
        NOT_TAIZHANG,
        NOT_TAIZHANG_PROGRAM,
        NOT_TAIZHANG_TABLES,
        DATABASE_DAMAGED,
        DATABASE_ERROR,
        NEWER_SCHEMA,
        LOAD_REFUSED,
        NO_RECORD,
        BACKUP_FAILED,
        BACKUP_DAMAGED,

        // Accounts, roles and scope (SPEC 9).
        NO_ACCOUNT,
        NOT_PERMITTED,
        NOT_PERMITTED_ON,
        OUT_OF_SCOPE,
        CLOSE_NOT_WHOLE_OFFICE,
        CHECK_NOT_WHOLE_OFFICE,
        ACCOUNT_TEXT,
        AUDIT_BROKEN,
        AUDIT_MISSING,
        AUDIT_OUT_OF_ORDER,
        AUDIT_PREV_HASH,
        AUDIT_HASH,
        ACCOUNT_BROKEN_SCOPE,
        ACCOUNT_DISABLED,
        ACCOUNT_LOCKED,
        ACCOUNT_EXISTS,
        NO_SUCH_ACCOUNT,
        BAD_KEY,
        BAD_KEY_BASE64,
        BAD_KEY_DATA,
        KEY_EXISTS,
        NO_SUCH_KEY,
        BAD_LOGIN,
        SCOPE_NOT_AN_AREA,
        OS_USER_TAKEN,
        PASSWORD_TOO_SHORT,
        RECORD_VOID,
        RECORD_ALREADY_VOID,
        RECORD_NOT_VOID,
        NO_RECORD_IN_SCOPE,
        LIST_ROWS_LEFT_OUT,
        RECONCILIATION_REPLACED,

        // Words of a command's own.
        NOT_A_PERIOD,
        NOT_A_LANGUAGE,
        NOT_AN_ENCODING_NAME,
        TODAY_NOT_A_DATE,
        NO_INDICATOR,
        NO_AREAS,
        NO_AREA,
        NO_RECORDS_BEHIND,
        XLSX_SHEET_TOO_LONG,
        MONTH_NOT_ENDED,
        MONTH_CLOSED,
        MONTH_NOT_CLOSED,
        REOPEN_NEEDS_REASON,
        STAT_YEAR_START,
        UNEXPECTED
    }
}
