package taizhang.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import taizhang.storage.Database;

/**
 * The next session's database connection, opened before anyone asks for it: opening one (the
 * schema checked, the journal mode set) took a few milliseconds of every login. A connection
 * opened on a file that has since been moved or replaced is not handed out: the session opens
 * the file as it is now, and is told if it is gone.
 */
final class ReadyConnection implements AutoCloseable {
    private final Path file;
    private final ExecutorService opener = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "next-connection");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Opened> next;
    private boolean closed;

    private record Opened(Database db, Object fileKey) {
    }

    ReadyConnection(Path file) {
        this.file = file;
        next = openLater();
    }

    /** A connection to the database for a session (its own: the caller closes it). */
    Database take() {
        Opened ready = null;
        synchronized (this) {
            if (!closed && next.isDone()) {
                if (!next.isCompletedExceptionally()) {
                    ready = next.join();
                }
                next = openLater();
            }
        }
        if (ready != null) {
            if (ready.fileKey().equals(fileKey())) {
                return ready.db();
            }
            ready.db().close();
        }
        // None ready yet (logins at the same moment), or the file changed: open it here.
        return Database.open(file);
    }

    /** Whether the next connection is opened already (a test waits for it rather than guessing). */
    synchronized boolean nextIsReady() {
        return next.isDone();
    }

    private CompletableFuture<Opened> openLater() {
        return CompletableFuture.supplyAsync(() -> {
            Object key = fileKey();
            return new Opened(Database.open(file), key);
        }, opener);
    }

    /** Which file the path names now (its inode), null when there is none. */
    private Object fileKey() {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file;
        } catch (IOException e) {
            return "missing";
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        next.thenAccept(o -> o.db().close());
        opener.shutdown();
    }
}
