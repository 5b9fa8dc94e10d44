package taizhang.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Dates;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.storage.Database;
import taizhang.storage.PopulationCount;
import taizhang.storage.Registration;

@Command(name = "population", mixinStandardHelpOptions = true,
        description = "Fill the population figures (denominators) of every village from the persons register.")
final class PopulationCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--from-register", required = true,
            description = "count the living persons of each village (residence not outflow)")
    boolean fromRegister;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the date counted, e.g. 2026-01-01")
    String asOfText;

    @Override
    public Integer call() {
        Context ctx = main.context();
        LocalDate asOf;
        try {
            asOf = Dates.parseDate(asOfText.strip());
        } catch (Dates.Invalid e) {
            throw new Failure.InvalidInput("--as-of: \"" + asOfText + "\" " + e.getMessage());
        }
        if (asOf.isAfter(ctx.today())) {
            throw new Failure.InvalidInput("--as-of: \"" + asOf + "\" is after today (" + ctx.today() + ")");
        }
        try (Database db = ctx.open(Role.Permission.WRITE)) {
            Map<String, Integer> counts = new PopulationCount(db).fill(asOf);
            if (counts.isEmpty()) {
                throw new Failure.InvalidInput("the register has no villages yet: import areas first");
            }
            long total = counts.values().stream().mapToLong(Integer::longValue).sum();
            main.out().println("population as of " + asOf + ": " + counts.size() + " villages, " + total + " persons");
        }
        return 0;
    }
}
