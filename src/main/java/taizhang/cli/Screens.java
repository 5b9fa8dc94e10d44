package taizhang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import taizhang.domain.Account;
import taizhang.domain.Progress;
import taizhang.io.DemoCounty;
import taizhang.storage.Accounts;
import taizhang.storage.Database;
import taizhang.ui.Ui;

/** Opens the screens (the ui package), creating the demo database first when there is none. */
final class Screens {
    private Screens() {
    }

    /** The same, with the database already being opened and the terminal taken over. */
    static int open(Context ctx, CompletableFuture<Database> opening, CompletableFuture<Ui.Home> home,
                    Ui.Started terminal) {
        String failure;
        try {
            failure = Ui.run(terminal, opening, home, ctx.language(), ctx.today());
        } catch (IOException e) {
            throw new Failure.InvalidInput("cannot_use_terminal", String.valueOf(e.getMessage()));
        } finally {
            opening.thenAccept(Database::close);
        }
        return ended(failure);
    }

    static int open(Context ctx, Wording wording) {
        if (!Files.exists(ctx.db())) {
            System.err.println(wording.get("creating_demo", ctx.db()));
            try {
                InitCommand.create(ctx, 1, DemoCounty.DEFAULT_PERSONS, Progress.NONE);
            } catch (taizhang.storage.StorageException e) {
                if (e.problem().code() != taizhang.domain.Problem.Code.DATABASE_EXISTS) {
                    throw e;
                }
                // Another clerk's first start made it meanwhile: theirs is opened.
            }
        }
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                () -> signIn(Database.open(ctx.db()), ctx.osUser()));
        String failure;
        try {
            failure = Ui.run(opening, ctx.language(), ctx.today());
        } catch (IOException e) {
            throw new Failure.InvalidInput("cannot_use_terminal", String.valueOf(e.getMessage()));
        } finally {
            opening.thenAccept(Database::close);
        }
        return ended(failure);
    }

    /**
     * Signs in the account of the OS user, if it has one (SPEC 9); otherwise the screens ask for a
     * login and password first. The file's owner has no say here: that is for the command line.
     */
    static Database signIn(Database db, String osUser) {
        try {
            Account account = new Accounts(db).whoIs(osUser, false);
            if (account != null) {
                db.actAs(account);
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static int ended(String failure) {
        if (failure == null) {
            return 0;
        }
        throw new Failure.InvalidInput("said", failure);
    }
}
