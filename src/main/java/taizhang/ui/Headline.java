package taizhang.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Language;
import taizhang.domain.Period;
import taizhang.storage.Database;
import taizhang.tally.AreaTree;
import taizhang.tally.Flags;
import taizhang.tally.Indicator;
import taizhang.tally.Tally;

/**
 * The tally's headline figures for home: the current month's value of a few indicators for the
 * areas the signed-in account works in (the whole county for an admin, one village for its
 * clerk), each with a sparkline of the last 12 months, asked of the same tally engine as the
 * report (home asks it beside the screens, after the first frame).
 *
 * @param area the name of the area the figures are of, or the names of the account's areas
 */
record Headline(String area, YearMonth current, List<Figure> figures) {

    /** The indicators home shows, in order. */
    static final List<Indicator> SHOWN = List.of(Indicator.BIRTHS, Indicator.DEATHS, Indicator.SRB,
            Indicator.MIGRANTS_IN, Indicator.MIGRANTS_OUT, Indicator.VISITS, Indicator.FIRST_MARRIAGES_WOMEN,
            Indicator.BENEFIT_PAID_COUNT_PCT);
    static final int MONTHS = 12;
    /** Sparkline levels, lowest first: ASCII only, so that no terminal draws them at the wrong width. */
    private static final String LEVELS = "_.-~=+*#";

    /** One indicator: its label, this month's value ("-" when undefined), its flag or null, the trend of 12 months. */
    record Figure(String label, String value, Flags.Flag flag, String sparkline) {
    }

    /**
     * The figures of the account's areas; null when there is no tally to make (no areas yet, or
     * none of the account's). One area in scope: its own figures (a village clerk's village). Several:
     * the county's count, which the scope narrows to the records of those areas, named by their names.
     */
    static Headline read(Database db, LocalDate today, Language language) {
        Tally tally = new Tally(db);
        AreaTree tree = tally.areas();
        if (tree.root() == null) {
            return null;
        }
        List<AreaTree.Area> mine = new ArrayList<>();
        for (String code : db.account().scope().codes()) {
            AreaTree.Area a = code.isEmpty() ? tree.root() : tree.find(code);
            if (a != null) {
                mine.add(a);
            }
        }
        if (mine.isEmpty()) {
            return null;
        }
        String areaCode = mine.size() == 1 && mine.get(0) != tree.root() ? mine.get(0).code() : null;
        String area = String.join(language == Language.ZH ? "、" : ", ", mine.stream().map(AreaTree.Area::name).toList());
        YearMonth current = YearMonth.from(today);
        java.util.Map<Indicator, List<BigDecimal>> series = tally.series(SHOWN, areaCode, Period.month(current), MONTHS);
        Flags.Rules rules = tally.flagRules(null);
        List<Figure> figures = new ArrayList<>();
        for (Indicator i : SHOWN) {
            BigDecimal now = last(series.get(i));
            // The sex ratio's flags, from the tally's one definition: on 5 births it is marked as resting on few.
            Flags.Flag flag = i == Indicator.SRB ? Flags.srb(now, last(series.get(Indicator.BIRTHS)), rules) : null;
            figures.add(new Figure(i.label(language), now == null ? "-" : now.toPlainString(), flag,
                    sparkline(series.get(i))));
        }
        return new Headline(area, current, figures);
    }

    private static BigDecimal last(List<BigDecimal> values) {
        return values.get(values.size() - 1);
    }

    /** One character per month, scaled between the smallest and largest value; a blank where undefined. */
    static String sparkline(List<BigDecimal> values) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (BigDecimal v : values) {
            if (v != null) {
                min = min == null || v.compareTo(min) < 0 ? v : min;
                max = max == null || v.compareTo(max) > 0 ? v : max;
            }
        }
        StringBuilder b = new StringBuilder();
        for (BigDecimal v : values) {
            if (v == null) {
                b.append(' ');
            } else if (max.compareTo(min) == 0) {
                b.append(v.signum() == 0 ? LEVELS.charAt(0) : '-');
            } else {
                double share = v.subtract(min).doubleValue() / max.subtract(min).doubleValue();
                b.append(LEVELS.charAt((int) Math.round(share * (LEVELS.length() - 1))));
            }
        }
        return b.toString();
    }
}
