package taizhang.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Register;
import taizhang.io.DemoCounty;
import taizhang.io.Export;

@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--persons", paramLabel = "N")
    int persons = DemoCounty.DEFAULT_PERSONS;

    @Option(names = "--seed", paramLabel = "S")
    long seed = DemoCounty.DEFAULT_SEED;

    @Override
    public Integer call() throws IOException {
        Context ctx = main.context();
        checkPersons(persons);
        Map<Register, Long> counts;
        try {
            counts = DemoCounty.writeFiles(out, persons, seed, ctx.today());
        } catch (IOException e) {
            throw Export.cannotWrite(out, e);
        }
        StringBuilder summary = new StringBuilder();
        for (Map.Entry<Register, Long> c : counts.entrySet()) {
            summary.append(' ').append(c.getKey().fileName()).append(' ').append(c.getValue());
        }
        main.err().println(main.wording().get("wrote_demo", out, summary));
        return 0;
    }

    /** The one bound on --persons, for demo and init --demo alike. */
    static void checkPersons(int persons) {
        if (persons < 1 || persons > DemoCounty.MAX_PERSONS) {
            throw new Failure.InvalidInput("persons_range", DemoCounty.MAX_PERSONS, persons);
        }
    }
}
