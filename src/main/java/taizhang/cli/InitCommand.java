package taizhang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import taizhang.domain.Entry;
import taizhang.domain.Problem;
import taizhang.domain.Progress;
import taizhang.domain.Register;
import taizhang.domain.Schemes;
import taizhang.io.DemoCounty;
import taizhang.storage.Accounts;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.storage.Settings;
import taizhang.storage.StorageException;

@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--demo")
    boolean demo;

    @Option(names = "--persons", paramLabel = "N")
    int persons = DemoCounty.DEFAULT_PERSONS;

    @Spec
    CommandSpec spec;

    @Option(names = "--stat-year-start", paramLabel = "M")
    Integer statYearStart;

    @Override
    public Integer call() {
        Context ctx = main.context();
        if (statYearStart != null && (statYearStart < 1 || statYearStart > 12)) {
            throw new Failure.InvalidInput("stat_year_start", statYearStart);
        }
        if (!demo && spec.commandLine().getParseResult().hasMatchedOption("--persons")) {
            // SPEC 7: init [--demo [--persons N]]; an empty database has no persons to count.
            throw new CommandLine.ParameterException(spec.commandLine(),
                    main.wording().get("usage.needs", "--persons", "--demo"));
        }
        if (demo) {
            DemoCommand.checkPersons(persons);
        }
        try (ProgressLine progress = main.progress("progress.rows")) {
            create(ctx, statYearStart == null ? 1 : statYearStart, demo ? persons : 0, progress);
        }
        main.err().println(main.wording().get(demo ? "created_demo" : "created", ctx.db()));
        return 0;
    }

    /**
     * Makes the database under a temporary name and gives it its real name only when it is
     * complete, so that a failed or killed init (a demo county takes a while) leaves nothing
     * behind that a later init would refuse.
     */
    static void create(Context ctx, int statYearStart, int demoPersons, Progress progress) {
        Path file = ctx.db();
        if (Files.exists(file)) {
            throw new StorageException(Problem.Code.DATABASE_EXISTS, file);
        }
        Database.requireCreatable(file);
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".creating");
        deleteWithLogs(partial);
        boolean done = false;
        try {
            try (Database db = Database.create(partial)) {
                initialise(db, statYearStart, ctx.osUser());
                if (demoPersons > 0) {
                    DemoCounty.fill(db, demoPersons, DemoCounty.DEFAULT_SEED, ctx.today(), progress);
                    DemoCounty.accounts(db);
                }
            }
            Files.move(partial, file.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } catch (IOException e) {
            throw new StorageException(e, Problem.Code.CANNOT_CREATE, file, String.valueOf(e.getMessage()));
        } finally {
            if (!done) {
                deleteWithLogs(partial);
            }
        }
    }

    private static void deleteWithLogs(Path db) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(db + suffix));
            } catch (IOException ignored) {
                // Left for the next attempt, which deletes it again.
            }
        }
    }

    /**
     * Settings, the three schemes every office has, and the admin account of the OS user who
     * ran init (SPEC 9), signed in on {@code db} afterwards.
     */
    static void initialise(Database db, int statYearStart, String osUser) {
        new Accounts(db).firstAdmin(osUser, "init");
        db.transaction(() -> {
            Settings settings = new Settings(db);
            for (Map.Entry<String, String> s : Settings.DEFAULTS.entrySet()) {
                settings.put(s.getKey(), s.getValue());
            }
            settings.put(Settings.STAT_YEAR_START, String.valueOf(statYearStart));
            new RegisterStore(db).insertAll(Schemes.initial());
            return null;
        });
    }
}
