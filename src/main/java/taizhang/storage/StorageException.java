package taizhang.storage;

import java.nio.file.Path;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/** A storage failure, with the problem the face shows the clerk. */
public final class StorageException extends Refusal {

    public StorageException(Problem.Code code, Object... args) {
        super(Problem.of(code, args));
    }

    public StorageException(Throwable cause, Problem.Code code, Object... args) {
        super(Problem.of(code, args), cause);
    }

    static StorageException of(Exception e, Path file) {
        if (e instanceof StorageException s) {
            return s;
        }
        if (isBusy(e)) {
            return new StorageException(e, Problem.Code.DATABASE_BUSY, file);
        }
        return new StorageException(e, Problem.Code.DATABASE_ERROR, file, String.valueOf(e.getMessage()));
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
        return problem().code() == Problem.Code.DATABASE_BUSY;
    }
}
