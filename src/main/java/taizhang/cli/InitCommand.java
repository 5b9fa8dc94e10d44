package taizhang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Entry;
import taizhang.io.DemoCounty;
import taizhang.domain.Register;
import taizhang.domain.Schemes;
import taizhang.storage.Accounts;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.storage.Settings;
import taizhang.storage.StorageException;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create an empty database (settings and the three schemes), or one with the demo county.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--demo", description = "fill it with the fictional demo county (codes 99...)")
    boolean demo;

    @Option(names = "--persons", paramLabel = "N", description = "persons in the demo county (default ${DEFAULT-VALUE})")
    int persons = DemoCounty.DEFAULT_PERSONS;

    @Option(names = "--stat-year-start", paramLabel = "M", description = "month the statistical year starts (1-12)")
    Integer statYearStart;

    @Override
    public Integer call() {
        Context ctx = main.context();
        if (statYearStart != null && (statYearStart < 1 || statYearStart > 12)) {
            throw new Failure.InvalidInput("--stat-year-start must be a month from 1 to 12, not " + statYearStart);
        }
        if (demo) {
            DemoCommand.checkPersons(persons);
        }
        create(ctx, statYearStart == null ? 1 : statYearStart, demo ? persons : 0);
        main.err().println("created " + ctx.db() + (demo ? " with the demo county" : ""));
        return 0;
    }

    /**
     * Makes the database under a temporary name and gives it its real name only when it is
     * complete, so that a failed or killed init (a demo county takes a while) leaves nothing
     * behind that a later init would refuse.
     */
    static void create(Context ctx, int statYearStart, int demoPersons) {
        Path file = ctx.db();
        if (Files.exists(file)) {
            throw new StorageException("a database already exists at " + file);
        }
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".creating");
        deleteWithLogs(partial);
        boolean done = false;
        try {
            try (Database db = Database.create(partial)) {
                initialise(db, statYearStart, ctx.osUser());
                if (demoPersons > 0) {
                    DemoCounty.fill(db, demoPersons, DemoCounty.DEFAULT_SEED, ctx.today());
                    DemoCounty.accounts(db);
                }
            }
            Files.move(partial, file.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } catch (IOException e) {
            throw new StorageException("cannot create " + file + ": " + e.getMessage(), e);
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
        String user = new Accounts(db).firstAdmin(osUser, "init").login();
        db.write(h -> {
            Settings settings = new Settings(db);
            for (Map.Entry<String, String> s : Settings.DEFAULTS.entrySet()) {
                settings.put(s.getKey(), s.getValue());
            }
            settings.put(Settings.STAT_YEAR_START, String.valueOf(statYearStart));
            try (RegisterStore.Inserter schemes = new RegisterStore(db).inserter(Register.SCHEMES, user)) {
                for (Entry scheme : Schemes.initial()) {
                    schemes.insert(scheme);
                }
            }
            return null;
        });
    }
}
