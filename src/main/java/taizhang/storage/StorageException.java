package taizhang.storage;

import java.nio.file.Path;
import java.sql.SQLException;

/** A storage failure with a message fit to show the clerk. */
public final class StorageException extends RuntimeException {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    static StorageException of(Exception e, Path file) {
        if (e instanceof StorageException s) {
            return s;
        }
        if (isBusy(e)) {
            return new StorageException("the database " + file + " is busy: another taizhang is writing to it;"
                    + " try again when it has finished", e);
        }
        return new StorageException("database error on " + file + ": " + e.getMessage(), e);
    }

    private static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("SQLITE_BUSY") || m.contains("database is locked"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether this failure is another process holding the write lock. */
    public boolean busy() {
        return isBusy(this);
    }
}
