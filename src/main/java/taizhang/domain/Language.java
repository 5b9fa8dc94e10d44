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

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
