package taizhang.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import taizhang.domain.Language;

/**
 * Every text of the screens, from {@code messages_zh.properties} / {@code messages_en.properties}
 * read as UTF-8 (Java 17 would read a .properties bundle as ISO-8859-1).
 */
public final class Messages {
    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        return of("messages", language);
    }

    /** The bundle {@code base_zh.properties} or {@code base_en.properties} beside this class. */
    public static Messages of(String base, Language language) {
        return of(Messages.class, base, language);
    }

    /** The bundle {@code base_zh.properties} or {@code base_en.properties} beside {@code owner}. */
    public static Messages of(Class<?> owner, String base, Language language) {
        String name = base + "_" + (language == Language.ZH ? "zh" : "en") + ".properties";
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new Messages(language, new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}... replaced by the arguments. */
    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        if (args.length == 0) {
            return text;
        }
        // One pass, so that an argument holding "{1}" (a value from a file) is never replaced in turn.
        StringBuilder b = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(text.charAt(i + 1)) && text.charAt(i + 1) - '0' < args.length) {
                b.append(args[text.charAt(i + 1) - '0']);
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The text for a count: {@code key.one} when {@code n} is 1 and the language has such a form
     * (English: "1 problem", "2 problems"), else {@code key}; {@code {0}} is the count.
     */
    public String count(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(n == 1 && has(key + ".one") ? key + ".one" : key, args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The bundle itself, for a library that reads one (picocli's usage help). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** All keys, for the test that both languages are complete. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
