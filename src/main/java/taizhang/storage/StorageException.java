package taizhang.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/**
 * A storage failure, with the problem the face puts into words, and its {@link Kind}: what went
 * wrong with the database itself (busy, read-only, full, an I/O error, not ours, newer than us),
 * told apart from SQLite's result code in this one place, so that an import can tell a refused
 * row from a database that cannot be written.
 */
public final class StorageException extends Refusal {

    /** What kind of failure. */
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
        /** A write that waited for another's lock stopped waiting when asked to (Esc, a client gone): nothing written. */
        GAVE_UP,
        /** Anything else: a rule of the register, a missing record, a failure with its own problem. */
        OTHER
    }

    private final Kind kind;
    private final transient Path file;

    public StorageException(Problem.Code code, Object... args) {
        this(Kind.OTHER, null, Problem.of(code, args), null);
    }

    public StorageException(Throwable cause, Problem.Code code, Object... args) {
        this(Kind.OTHER, null, Problem.of(code, args), cause);
    }

    private StorageException(Kind kind, Path file, Problem problem, Throwable cause) {
        super(problem, cause);
        this.kind = kind;
        this.file = file;
    }

    /** A failure of this kind on this file, with the problem that says it. */
    static StorageException of(Kind kind, Path file, Problem problem, Throwable cause) {
        return new StorageException(kind, file, problem, cause);
    }

    /** A failure of this kind on this file, said in the kind's own words ({@code detail} from SQLite, or null). */
    static StorageException of(Kind kind, Path file, String detail, Throwable cause) {
        String d = detail == null ? "-" : detail;
        Problem problem = switch (kind) {
            case BUSY, GAVE_UP -> Problem.of(Problem.Code.DATABASE_BUSY, file);
            case READ_ONLY -> Problem.of(Problem.Code.DATABASE_READ_ONLY, file);
            case FULL -> Problem.of(Problem.Code.DISK_FULL, file);
            case IO -> Problem.of(Problem.Code.IO_ERROR, file, d);
            case NOT_TAIZHANG -> Problem.of(Problem.Code.NOT_TAIZHANG, file, d);
            case NEWER -> Problem.of(Problem.Code.DATABASE_ERROR, file, d);
            case DAMAGED -> Problem.of(Problem.Code.DATABASE_DAMAGED, file, d);
            case OTHER -> Problem.of(Problem.Code.DATABASE_ERROR, file, d);
        };
        return new StorageException(kind, file, problem, cause);
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

    /** Whether a write stopped waiting for another's lock because it was asked to (nothing written). */
    public boolean gaveUp() {
        return kind == Kind.GAVE_UP;
    }
}
