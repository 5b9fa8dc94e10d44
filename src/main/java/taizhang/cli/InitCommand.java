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
     * Makes the database under a temporary name of this run's own and gives it its real name only
     * when it is complete, so that a failed or killed init (a demo county takes a while) leaves
     * nothing behind that a later init would refuse, and two at once (two clerks' first
     * {@code ./taizhang} on a new install) never write into one file: the first to finish names
     * its database, the other is told it now exists and leaves it as it is.
     */
    static void create(Context ctx, int statYearStart, int demoPersons, Progress progress) {
        Path file = ctx.db();
        if (Files.exists(file)) {
            throw new StorageException(Problem.Code.DATABASE_EXISTS, file);
        }
        Database.requireCreatable(file);
        deleteLeftovers(file);
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + CREATING
                + ProcessHandle.current().pid() + "." + RUNS.incrementAndGet());
        try {
            try (Database db = Database.create(partial)) {
                initialise(db, statYearStart, ctx.osUser());
                if (demoPersons > 0) {
                    DemoCounty.fill(db, demoPersons, DemoCounty.DEFAULT_SEED, ctx.today(), progress);
                    DemoCounty.accounts(db);
                }
            }
            name(partial, file);
        } catch (IOException e) {
            throw new StorageException(e, Problem.Code.CANNOT_CREATE, file, String.valueOf(e.getMessage()));
        } finally {
            deleteWithLogs(partial);
        }
    }

    /** How a database being made is named: {@code FILE.creating.PID.N}. */
    private static final String CREATING = ".creating.";
    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Gives the complete database its name, never over one that another init named meanwhile: a
     * hard link fails when the name is taken (a rename would replace it). Where the file system
     * has no hard links, a rename.
     */
    private static void name(Path partial, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        try {
            Files.createLink(target, partial);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new StorageException(Problem.Code.DATABASE_EXISTS, file);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** What killed inits left: databases being made by processes that no longer run (and the older fixed name). */
    private static void deleteLeftovers(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String prefix = file.getFileName() + CREATING;
        deleteWithLogs(file.toAbsolutePath().resolveSibling(file.getFileName() + ".creating"));
        try (java.util.stream.Stream<Path> beside = Files.list(folder)) {
            beside.filter(p -> p.getFileName().toString().startsWith(prefix) && !running(p, prefix))
                    .forEach(InitCommand::deleteWithLogs);
        } catch (IOException ignored) {
            // Nothing to tidy, or a folder not yet made.
        }
    }

    private static boolean running(Path leftover, String prefix) {
        String rest = leftover.getFileName().toString().substring(prefix.length());
        int dot = rest.indexOf('.');
        try {
            long pid = Long.parseLong(dot < 0 ? rest : rest.substring(0, dot));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not one of ours: left alone
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
