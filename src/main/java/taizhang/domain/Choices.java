package taizhang.domain;

import java.util.List;

/** The code lists of SPEC section 3. */
public final class Choices {
    private Choices() {
    }

    public static final List<Choice> SEX = List.of(
            new Choice("M", "男", "male"), new Choice("F", "女", "female"));
    public static final List<Choice> YES_NO = List.of(
            new Choice("Y", "是", "yes"), new Choice("N", "否", "no"));
    public static final List<Choice> RESIDENCE = List.of(
            new Choice("resident", "户籍常住", "resident"),
            new Choice("inflow", "流入", "inflow"),
            new Choice("outflow", "流出", "outflow"));
    public static final List<Choice> MARITAL_STATUS = List.of(
            new Choice("single", "未婚", "single"),
            new Choice("married", "已婚", "married"),
            new Choice("divorced", "离婚", "divorced"),
            new Choice("widowed", "丧偶", "widowed"));
    public static final List<Choice> PLACE = List.of(
            new Choice("hospital", "医院", "hospital"),
            new Choice("home", "家中", "home"),
            new Choice("other", "其他", "other"));
    public static final List<Choice> DIRECTION = List.of(
            new Choice("in", "流入", "in"), new Choice("out", "流出", "out"));

    /** The choice whose code or Chinese label is {@code text} (codes case-insensitive), or null. */
    public static Choice find(List<Choice> choices, String text) {
        // The code as stored first: nearly every cell of an import spells it so, and a plain
        // comparison is cheaper than one that ignores case.
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).code().equals(text)) {
                return choices.get(i);
            }
        }
        for (Choice c : choices) {
            if (c.code().equalsIgnoreCase(text) || c.zh().equals(text)) {
                return c;
            }
        }
        return null;
    }
}
