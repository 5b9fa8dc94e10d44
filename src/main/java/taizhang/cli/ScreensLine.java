package taizhang.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import taizhang.storage.Database;
import taizhang.ui.Ui;

/**
 * The command line that opens the screens, {@code taizhang [--db FILE] [--lang zh|en]}, read
 * without picocli: building picocli's model of every subcommand costs more than a third of the
 * way to the first screen. Anything else (a subcommand, --help, a bad value) goes to picocli.
 */
final class ScreensLine {
    private ScreensLine() {
    }

    /** {db, lang} (each possibly null) when the arguments only open the screens; else null. */
    static String[] parse(String[] args) {
        String db = null;
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value;
            String name;
            if (a.startsWith("--db=") || a.startsWith("--lang=")) {
                name = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            } else if ((a.equals("--db") || a.equals("--lang")) && i + 1 < args.length) {
                name = a;
                value = args[++i];
            } else {
                return null;
            }
            if (value.isEmpty() || value.startsWith("-")) {
                return null;
            }
            if (name.equals("--db")) {
                db = value;
            } else if (value.equals("zh") || value.equals("en")) {
                lang = value;
            } else {
                return null;
            }
        }
        return new String[] {db, lang};
    }

    private static Wording wording(String[] line, Map<String, String> environment) {
        return Wording.of(line[1] != null ? taizhang.domain.Language.parse(line[1]) : Context.localeLanguage(environment));
    }

    /**
     * Opens the screens; returns the exit code, with failures reported as the commands report them.
     * {@code osUser}: null for this process's own.
     */
    static int open(String[] line, Map<String, String> environment, String osUser, PrintWriter err) {
        return open(line, environment, osUser, err, THIS_TERMINAL);
    }

    /**
     * This process's terminal. A class, not {@code Ui::start}: the training run takes a terminal of
     * its own, so a method reference here would be the one lambda the class-data archive lacks, and
     * making it starts the lambda machinery (~10-15 ms) before anything else.
     */
    private static final TerminalStart THIS_TERMINAL = new TerminalStart() {
        @Override
        public Ui.Started start() throws java.io.IOException {
            return Ui.start();
        }
    };

    /**
     * Lanterna looks up the break iterator for every character it is given; the first look-up
     * (locale providers, break data) is ~30 ms, which this thread pays while the main thread
     * reads the command line and takes the terminal over.
     */
    private static final class BreakIteratorWarmUp implements Runnable {
        @Override
        public void run() {
            java.text.BreakIterator.getCharacterInstance();
        }
    }

    /**
     * The operating-system user the screens work for: the caller's, or (null) this process's own,
     * asked of the system where it costs the terminal's set-up nothing (a native library, ~4 ms).
     */
    private static String who(String osUser) {
        return osUser != null ? osUser : OsUser.current();
    }

    /** How the terminal is taken over: this process's own, or (the training run) one on streams. */
    interface TerminalStart {
        Ui.Started start() throws java.io.IOException;
    }

    /** The same on a terminal of the caller's (the training run walks this very path, for the class archive). */
    static int open(String[] line, Map<String, String> environment, String osUser, PrintWriter err,
                    TerminalStart start) {
        Thread breaks = new Thread(new BreakIteratorWarmUp(), "break-iterator");
        breaks.setDaemon(true);
        breaks.start();
        try {
            Path db = line[0] == null ? null : Path.of(line[0]);
            Path file = Context.file(db);
            if (!Files.isRegularFile(file)) {
                return Screens.open(Context.of(db, line[1], environment, who(osUser)), wording(line, environment));
            }
            // The way to the first screen: the context (who, which language, today) is worked out on
            // a thread of its own while this one takes over the terminal and draws the first frame;
            // the database opens and home's figures are read after it, while the clerk reads it.
            CompletableFuture<Context> context = CompletableFuture.supplyAsync(
                    () -> Context.of(db, line[1], environment, who(osUser)));
            Ui.Started terminal;
            try {
                terminal = start.start();
            } catch (java.io.IOException e) {
                throw new Failure.InvalidInput("cannot_use_terminal", String.valueOf(e.getMessage()));
            }
            Context ctx;
            try {
                ctx = context.join();
                Ui.firstFrame(terminal, ctx.language(), ctx.today(), file);
            } catch (java.util.concurrent.CompletionException e) {
                terminal.giveBack();
                throw e.getCause() instanceof RuntimeException r ? r : e;
            } catch (java.io.IOException e) {
                terminal.giveBack();
                throw new Failure.InvalidInput("cannot_use_terminal", String.valueOf(e.getMessage()));
            }
            CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                    () -> Screens.signIn(Database.open(file), ctx.osUser()));
            CompletableFuture<Ui.Home> home = opening.thenApply(d -> Ui.Home.read(d, ctx.today(), ctx.language()));
            return Screens.open(ctx, opening, home, terminal);
        } catch (RuntimeException e) {
            err.println(wording(line, environment).failure(e));
            err.flush();
            return Failure.EXIT_CODE;
        }
    }
}
