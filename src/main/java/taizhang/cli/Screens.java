package taizhang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import taizhang.io.DemoCounty;
import taizhang.storage.Database;
import taizhang.ui.Ui;

/** Opens the screens (the ui package), creating the demo database first when there is none. */
final class Screens {
    private Screens() {
    }


    /** The same, with the database already being opened and the terminal taken over. */
    static int open(Context ctx, CompletableFuture<Database> opening, Ui.Started terminal) {
        try {
            Ui.run(terminal, opening, ctx.language(), ctx.today(), ctx.user());
        } catch (IOException e) {
            throw new Failure.InvalidInput("cannot use the terminal: " + e.getMessage());
        } finally {
            opening.thenAccept(Database::close);
        }
        return 0;
    }

    static int open(Context ctx) {
        if (!Files.exists(ctx.db())) {
            System.err.println("taizhang: creating " + ctx.db() + " with the demo county...");
            try (Database db = Database.create(ctx.db())) {
                InitCommand.initialise(db, 1, ctx.user());
                DemoCounty.fill(db, DemoCounty.DEFAULT_PERSONS, DemoCounty.DEFAULT_SEED, ctx.today(), ctx.user());
            } catch (RuntimeException e) {
                deleteQuietly(ctx);
                throw e;
            }
        }
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(ctx.db()));
        try {
            Ui.run(opening, ctx.language(), ctx.today(), ctx.user());
        } catch (IOException e) {
            throw new Failure.InvalidInput("cannot use the terminal: " + e.getMessage());
        } finally {
            opening.thenAccept(Database::close);
        }
        return 0;
    }

    /** A half-made demo database would be taken for a real one next time. */
    private static void deleteQuietly(Context ctx) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(ctx.db().resolveSibling(ctx.db().getFileName() + suffix));
            }
        } catch (IOException ignored) {
            // Nothing more to do: the message of the original failure matters more.
        }
    }
}
