package taizhang.tally;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/**
 * One column of the report: an indicator's figure, or for a count also its figure for the
 * same period last year ({@code _prev}) and the change in percent ({@code _change_pct}).
 */
public record Column(Indicator indicator, Variant variant) {

    public enum Variant { VALUE, PREV, CHANGE }

    /** Every column of SPEC 7, in order: each count followed by its _prev and _change_pct. */
    public static final List<Column> ALL = all();

    private static List<Column> all() {
        List<Column> out = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            out.add(new Column(i, Variant.VALUE));
            if (i.isCount()) {
                out.add(new Column(i, Variant.PREV));
                out.add(new Column(i, Variant.CHANGE));
            }
        }
        return List.copyOf(out);
    }

    public String id() {
        return switch (variant) {
            case VALUE -> indicator.id();
            case PREV -> indicator.id() + "_prev";
            case CHANGE -> indicator.id() + "_change_pct";
        };
    }

    public int decimals() {
        return variant == Variant.CHANGE ? 2 : indicator.decimals();
    }

    public String label(Language language) {
        String base = indicator.label(language);
        return switch (variant) {
            case VALUE -> base;
            case PREV -> language == Language.ZH ? base + "(上年同期)" : base + ", last year";
            case CHANGE -> language == Language.ZH ? base + "同比(%)" : base + ", change (%)";
        };
    }

    /** The figure for an area from this period's and last year's counts. */
    BigDecimal of(Tallied now, Tallied lastYear) {
        return switch (variant) {
            case VALUE -> indicator.of(now);
            case PREV -> indicator.of(lastYear);
            case CHANGE -> Rates.change(indicator.of(now), indicator.of(lastYear));
        };
    }

    /** The figure as written in reports: exactly its decimals, '.' as the point; "" when undefined. */
    public String format(BigDecimal value) {
        return value == null ? "" : value.setScale(decimals(), java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public static Column byId(String id) {
        for (Column c : ALL) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new Refusal(Problem.Code.NO_INDICATOR, id);
    }
}
