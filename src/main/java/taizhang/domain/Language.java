package taizhang.domain;

import java.util.Locale;

/** The interface language: Chinese or English. */
public enum Language {
    ZH, EN;

    public static Language parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "zh", "zh_cn", "chinese", "中文" -> ZH;
            case "en", "english" -> EN;
            default -> throw new Refusal(Problem.Code.NOT_A_LANGUAGE, s);
        };
    }

    /** Chinese when the locale (LANG/LC_ALL/LC_MESSAGES spelling or a Java locale) is Chinese. */
    public static Language fromLocale(String localeName) {
        return localeName != null && localeName.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }

    /**
     * The language of a set of locale variables, by POSIX precedence (LC_ALL, then LC_MESSAGES,
     * then LANG: the first one set), or null when none is set.
     */
    public static Language fromVariables(java.util.Map<String, String> variables) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = variables.get(name);
            if (v != null && !v.isEmpty()) {
                return fromLocale(v);
            }
        }
        return null;
    }

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
