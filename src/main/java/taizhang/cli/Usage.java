package taizhang.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A command line picocli could not read, said in the run's language instead of picocli's English. */
final class Usage {
    private Usage() {
    }

    static String message(CommandLine.ParameterException e, Wording w) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            return w.get(first.startsWith("-") ? "usage.unknown_option" : "usage.unexpected_argument", first);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            List<String> names = new ArrayList<>();
            for (ArgSpec a : m.getMissing()) {
                names.add(name(a));
            }
            return w.get("usage.missing", String.join(", ", names));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return w.get("usage.repeated", name(o.getOverwritten()));
        }
        if (e.getCause() instanceof RegisterName.Unknown u) {
            return w.get("usage.unknown_register", u.name(), RegisterName.names());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return w.get("usage.bad_value", name(e.getArgSpec()), e.getArgSpec().paramLabel(), e.getValue());
        }
        return w.get("usage.other", String.valueOf(e.getMessage()));
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        return a instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(a);
    }
}
