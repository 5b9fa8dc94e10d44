package taizhang.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.Choices;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Sex;
import taizhang.domain.Text;

/**
 * Problems in words, in the interface language: each code's text comes from
 * {@code problems_en.properties} or {@code problems_zh.properties}, its arguments made visible
 * ({@link Text#visible}) and values cut as a message cuts them ({@link Text#quoted}). Used by the
 * screens and the command line alike.
 */
public final class ProblemText {
    private static final Map<Language, ProblemText> LOADED = new EnumMap<>(Language.class);

    private final Messages bundle;

    private ProblemText(Messages bundle) {
        this.bundle = bundle;
    }

    public static synchronized ProblemText of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new ProblemText(Messages.of("problems", l)));
    }

    public Language language() {
        return bundle.language();
    }

    /** The problem's own words, without its value: what a form shows beside the field. */
    public String message(Problem p) {
        Object[] args = new Object[p.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(p.args().get(i));
        }
        return bundle.get(p.code().name(), args);
    }

    /** {@code "value" message}, or the message alone when there is no value. */
    public String describe(Problem p) {
        String message = message(p);
        return p.value() == null || p.value().isEmpty() ? message : "\"" + Text.quoted(p.value()) + "\" " + message;
    }

    /** Whether the bundle has this code's text (for the test that both languages are complete). */
    boolean has(Problem.Code code) {
        return bundle.has(code.name());
    }

    private String argument(Object a) {
        if (a instanceof Sex s) {
            return Choices.find(Choices.SEX, s.name()).label(language());
        }
        if (a instanceof Register r) {
            return r.label(language());
        }
        if (a instanceof Problem p) {
            return message(p);
        }
        if (a instanceof Role r) {
            return r.label(language());
        }
        if (a instanceof Role.Permission p) {
            return bundle.get("permission." + p.name());
        }
        if (a instanceof taizhang.domain.Field f) {
            // A column as a clerk writing headers in this language would: 婴儿姓名 in Chinese, child_name in English.
            return language() == Language.ZH ? f.zh() : f.key();
        }
        if (a instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object each : list) {
                b.append(b.length() == 0 ? "" : language() == Language.ZH ? "、" : ", ").append(argument(each));
            }
            return b.toString();
        }
        if (a instanceof Path || a instanceof LocalDate || a instanceof Number) {
            return Text.visible(a.toString());
        }
        return Text.quoted(String.valueOf(a));
    }
}
