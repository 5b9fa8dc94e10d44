package taizhang.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Dates;
import taizhang.domain.Entry;
import taizhang.domain.Invalid;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.storage.Database;
import taizhang.storage.PopulationCount;
import taizhang.storage.Registration;

@Command(name = "population", mixinStandardHelpOptions = true)
final class PopulationCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--from-register", required = true)
    boolean fromRegister;

    @Option(names = "--as-of", required = true, paramLabel = "DATE")
    String asOfText;

    @Override
    public Integer call() {
        Context ctx = main.context();
        LocalDate asOf;
        try {
            asOf = Dates.parseDate(asOfText.strip());
        } catch (Invalid e) {
            throw new Failure.InvalidInput("as_of", main.wording().problem(e.problem("as_of", asOfText)));
        }
        if (asOf.isAfter(ctx.today())) {
            throw new Failure.InvalidInput("as_of", main.wording().problem(
                    Problem.error("as_of", asOfText, Problem.Code.AFTER_TODAY, ctx.today())));
        }
        try (Database db = ctx.open(Role.Permission.WRITE)) {
            Map<String, Integer> counts = new PopulationCount(db).fill(asOf);
            if (counts.isEmpty()) {
                throw new Failure.InvalidInput("no_villages");
            }
            long total = counts.values().stream().mapToLong(Integer::longValue).sum();
            main.out().println(main.wording().count("population_done", counts.size(), asOf, counts.size(), total));
        }
        return 0;
    }
}
