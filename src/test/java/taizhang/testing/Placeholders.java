package taizhang.testing;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The arguments a bundle's text takes ({0}, {1}, picocli's ${DEFAULT-VALUE}), to compare two languages' texts. */
public final class Placeholders {
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}|\\$\\{DEFAULT-VALUE}");

    private Placeholders() {
    }

    public static Set<String> of(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
