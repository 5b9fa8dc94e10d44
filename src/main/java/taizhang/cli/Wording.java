package taizhang.cli;

import java.util.Map;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.domain.Text;
import taizhang.io.LineProblem;
import taizhang.io.ProblemList;
import taizhang.ui.Messages;
import taizhang.ui.ProblemText;

/**
 * What the command line says, in the run's language: its own texts ({@code cli_en} /
 * {@code cli_zh}, which also hold picocli's usage help) and problems in words. Every value from
 * outside (a file name, a typed value) is made visible before it is printed.
 */
final class Wording {
    private final Messages text;
    private final ProblemText problems;

    private Wording(Language language) {
        this.text = Messages.of(Wording.class, "cli", language);
        this.problems = ProblemText.of(language);
    }

    static Wording of(Language language) {
        return new Wording(language);
    }

    /** The language of a command line: {@code --lang} when it names one, else the locale's. */
    static Language language(String[] args, Map<String, String> environment) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Language.parse(value);
                } catch (Refusal e) {
                    break; // reported in the locale's language when the command starts
                }
            }
        }
        return Context.localeLanguage(environment);
    }

    Language language() {
        return problems.language();
    }

    Messages messages() {
        return text;
    }

    /** A text of the command line's bundle, its arguments made visible. */
    String get(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number ? args[i] : args[i] instanceof Problem p ? problems.describe(p)
                    : Text.visible(String.valueOf(args[i]));
        }
        return text.get(key, shown);
    }

    /**
     * A text about {@code n} things: {@code key.one} when {@code n} is 1 and the language has such a
     * form ("1 row read", "2 rows read"), else {@code key}; the arguments as for {@link #get}.
     */
    String count(String key, long n, Object... args) {
        return get(n == 1 && text.has(key + ".one") ? key + ".one" : key, args);
    }

    /** A problem in words, with its value. */
    String problem(Problem p) {
        return problems.describe(p);
    }

    /** {@code FILE:LINE: column: "value" message} (no line for the whole file, no column for the whole row). */
    String at(String file, LineProblem p, boolean warning) {
        StringBuilder b = new StringBuilder(Text.visible(file));
        if (p.line() > 0) {
            b.append(':').append(p.line());
        }
        b.append(": ");
        if (warning) {
            b.append(text.get("import.warning")).append(": ");
        }
        if (p.column() != null) {
            b.append(Text.quoted(p.column())).append(": ");
        }
        return b.append(problems.describe(p.problem())).toString();
    }

    /** Every kept problem of a list, one per line, then how many more there were. */
    void list(String file, ProblemList list, boolean warnings, java.io.PrintWriter err) {
        for (LineProblem p : list.first()) {
            err.println(at(file, p, warnings));
        }
        if (list.more() > 0) {
            err.println(Text.visible(file) + ": " + problems.message(Problem.of(Problem.Code.MORE_PROBLEMS, list.more())));
        }
    }

    /** The one line a failed command prints: {@code taizhang: ...}. */
    String failure(Exception e) {
        String message;
        if (e instanceof Refusal r) {
            message = problems.describe(r.problem());
        } else if (e instanceof Failure.InvalidInput i) {
            message = get(i.key(), i.args());
        } else {
            message = problems.message(Problem.of(Problem.Code.UNEXPECTED, String.valueOf(e)));
        }
        return text.get("failure.prefix") + message;
    }
}
