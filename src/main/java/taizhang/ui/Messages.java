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
        String name = "messages_" + (language == Language.ZH ? "zh" : "en") + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
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
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
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

    /** All keys, for the test that both languages are complete. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
