package taizhang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import taizhang.domain.Progress;
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
            Ui.run(terminal, opening, home, ctx.language(), ctx.today(), ctx.user());
        } catch (IOException e) {
            throw new Failure.InvalidInput("cannot_use_terminal", String.valueOf(e.getMessage()));
        } finally {
            opening.thenAccept(Database::close);
        }
        return 0;
    }

    static int open(Context ctx, Wording wording) {
        if (!Files.exists(ctx.db())) {
            System.err.println(wording.get("creating_demo", ctx.db()));
            InitCommand.create(ctx, 1, DemoCounty.DEFAULT_PERSONS, Progress.NONE);
        }
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(ctx.db()));
        try {
            Ui.run(opening, ctx.language(), ctx.today(), ctx.user());
        } catch (IOException e) {
            throw new Failure.InvalidInput("cannot_use_terminal", String.valueOf(e.getMessage()));
        } finally {
            opening.thenAccept(Database::close);
        }
        return 0;
    }
}
