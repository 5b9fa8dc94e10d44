package taizhang.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A storage failure with a message fit to show the clerk, and its {@link Kind}: what went wrong
 * with the database itself (busy, read-only, full, an I/O error, not ours, newer than us), told
 * apart from SQLite's result code in this one place, so that a face can say it in the clerk's
 * language and an import can tell a refused row from a database that cannot be written.
 */
public final class StorageException extends RuntimeException {

    /** What kind of failure; the faces word each kind themselves. */
    public enum Kind {
        /** Another clerk held the write lock past the busy timeout. */
        BUSY,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** The disk (or the file's page limit) is full. */
        FULL,
        /** The operating system failed a read or a write. */
        IO,
        /** The file is not an SQLite database of taizhang's. */
        NOT_TAIZHANG,
        /** The file was written by a newer taizhang (a schema this program does not know). */
        NEWER,
        /** SQLite found the file damaged. */
        DAMAGED,
        /** Anything else: a rule of the register, a missing record, a failure with its own message. */
        OTHER
    }

    private final Kind kind;
    private final transient Path file;

    public StorageException(String message) {
        this(Kind.OTHER, null, message, null);
    }

    public StorageException(String message, Throwable cause) {
        this(Kind.OTHER, null, message, cause);
    }

    private StorageException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
    }

    /** A failure of this kind on this file, worded as the command line says it. */
    static StorageException of(Kind kind, Path file, String detail, Throwable cause) {
        return new StorageException(kind, file, message(kind, file, detail), cause);
    }

    /** The command line's wording; the screens word each kind from their bundle. */
    private static String message(Kind kind, Path file, String detail) {
        return switch (kind) {
            case BUSY -> "database busy: try again";
            case READ_ONLY -> "database is read-only: " + file;
            case FULL -> "disk full: nothing was written to " + file + "; free some space and try again";
            case IO -> "I/O error on " + file + ": nothing was written (" + detail + ")";
            case NOT_TAIZHANG -> file + " is not a taizhang database" + (detail == null ? "" : " (" + detail + ")");
            case NEWER -> file + " was written by a newer taizhang (" + detail + "): use that version";
            case DAMAGED -> file + " is damaged (" + detail + "): restore it from a backup";
            case OTHER -> "database error on " + file + ": " + detail;
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The database file the failure is about, or null when the message says everything. */
    public Path file() {
        return file;
    }

    static StorageException of(Exception e, Path file) {
        if (e instanceof StorageException s) {
            return s;
        }
        SQLiteException sqlite = sqlite(e);
        String detail = sqlite != null ? sqlite.getMessage() : e.getMessage();
        return of(sqlite == null ? Kind.OTHER : kindOf(sqlite.getResultCode()), file, detail, e);
    }

    /** The kind of failure an SQLite result code means (extended codes by their primary code). */
    static Kind kindOf(SQLiteErrorCode code) {
        return switch (primary(code)) {
            case 5, 6 -> Kind.BUSY;        // SQLITE_BUSY, SQLITE_LOCKED
            case 8 -> Kind.READ_ONLY;      // SQLITE_READONLY (and _DIRECTORY, _CANTINIT …)
            case 13 -> Kind.FULL;          // SQLITE_FULL
            case 10, 15 -> Kind.IO;        // SQLITE_IOERR, SQLITE_PROTOCOL
            case 14 -> Kind.IO;            // SQLITE_CANTOPEN: the file or its journal cannot be opened
            case 26 -> Kind.NOT_TAIZHANG;  // SQLITE_NOTADB
            case 11 -> Kind.DAMAGED;       // SQLITE_CORRUPT
            default -> Kind.OTHER;
        };
    }

    /**
     * Whether the database refused this one record (a constraint: a missing area, a broken
     * check) rather than failed as a whole (full, busy, an I/O error): a refused row is reported
     * against its line and the import goes on; a failure of the database ends the import.
     */
    public static boolean refusedRecord(SQLException e) {
        SQLiteException sqlite = sqlite(e);
        return sqlite != null && primary(sqlite.getResultCode()) == 19; // SQLITE_CONSTRAINT
    }

    private static int primary(SQLiteErrorCode code) {
        return code == null ? -1 : code.code & 0xff;
    }

    private static SQLiteException sqlite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s;
            }
        }
        return null;
    }

    /** Whether this failure is another process holding the write lock. */
    public boolean busy() {
        return kind == Kind.BUSY;
    }
}
