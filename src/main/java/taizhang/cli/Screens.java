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
    static int open(Context ctx, CompletableFuture<Database> opening, CompletableFuture<Ui.Home> home,
                    Ui.Started terminal) {
        try {
            Ui.run(terminal, opening, home, ctx.language(), ctx.today(), ctx.user(), ctx.db());
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
            InitCommand.create(ctx, 1, DemoCounty.DEFAULT_PERSONS);
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
}
