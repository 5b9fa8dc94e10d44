package taizhang.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Entry;
import taizhang.io.DemoCounty;
import taizhang.domain.Register;
import taizhang.domain.Schemes;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;
import taizhang.storage.Settings;

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
        try (Database db = Database.create(ctx.db())) {
            initialise(db, statYearStart == null ? 1 : statYearStart, ctx.user());
            if (demo) {
                DemoCounty.fill(db, persons, DemoCounty.DEFAULT_SEED, ctx.today(), ctx.user());
            }
        }
        main.err().println("created " + ctx.db() + (demo ? " with the demo county" : ""));
        return 0;
    }

    /** Settings and the three schemes every office has. */
    static void initialise(Database db, int statYearStart, String user) {
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
