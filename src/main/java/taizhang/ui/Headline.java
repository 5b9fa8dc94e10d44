package taizhang.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Language;
import taizhang.domain.Period;
import taizhang.storage.Database;
import taizhang.tally.Indicator;
import taizhang.tally.Tally;

/**
 * The tally's headline figures for home: the current month's value of a few indicators for the
 * whole county, each with a sparkline of the last 12 months, asked of the same tally engine as
 * the report (home asks it beside the screens, after the first frame).
 */
record Headline(YearMonth current, List<Figure> figures) {

    /** The indicators home shows, in order. */
    static final List<Indicator> SHOWN = List.of(Indicator.BIRTHS, Indicator.DEATHS, Indicator.SRB,
            Indicator.MIGRANTS_IN, Indicator.MIGRANTS_OUT, Indicator.VISITS, Indicator.FIRST_MARRIAGES_WOMEN,
            Indicator.BENEFIT_PAID_COUNT_PCT);
    static final int MONTHS = 12;
    /** Sparkline levels, lowest first: ASCII only, so that no terminal draws them at the wrong width. */
    private static final String LEVELS = "_.-~=+*#";

    /** One indicator: its label, this month's value ("-" when undefined), the trend of 12 months. */
    record Figure(String label, String value, String sparkline) {
    }

    /** The figures of the county; throws when there is no tally to make (no areas yet). */
    static Headline read(Database db, LocalDate today, Language language) {
        YearMonth current = YearMonth.from(today);
        java.util.Map<Indicator, List<BigDecimal>> series =
                new Tally(db).series(SHOWN, null, Period.month(current), MONTHS);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < SHOWN.size(); i++) {
            List<BigDecimal> s = series.get(SHOWN.get(i));
            BigDecimal now = s.get(s.size() - 1);
            figures.add(new Figure(SHOWN.get(i).label(language), now == null ? "-" : now.toPlainString(),
                    sparkline(s)));
        }
        return new Headline(current, figures);
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
