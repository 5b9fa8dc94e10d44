package taizhang.domain;

/** One allowed value of a coded field: the canonical code and its Chinese and English labels. */
public record Choice(String code, String zh, String en) {

    public String label(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
