package taizhang.tally;

import java.math.BigDecimal;
import java.util.function.Function;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.storage.Measure;

/**
 * The indicators of SPEC 6, in the order of its table: the ONE definition used by the CSV,
 * the XLSX, the table, the screens and the drill-down. A count has a measure (its records,
 * for drill-down) and gets {@code _prev} and {@code _change_pct} columns; a rate is a
 * formula over the area's rolled-up counts; {@code drill} is the measure whose records lie
 * behind the figure (a rate's numerator).
 */
public enum Indicator {
    BIRTHS("births", "出生数", "Births", Kind.COUNT, Measure.BIRTHS),
    BIRTHS_MALE("births_male", "男婴数", "Boys born", Kind.COUNT, Measure.BIRTHS_MALE),
    BIRTHS_FEMALE("births_female", "女婴数", "Girls born", Kind.COUNT, Measure.BIRTHS_FEMALE),
    BIRTHS_ORDER1("births_order1", "一孩", "First births", Kind.COUNT, Measure.BIRTHS_ORDER1),
    BIRTHS_ORDER2("births_order2", "二孩", "Second births", Kind.COUNT, Measure.BIRTHS_ORDER2),
    BIRTHS_ORDER3PLUS("births_order3plus", "三孩及以上", "Third+ births", Kind.COUNT, Measure.BIRTHS_ORDER3PLUS),
    SRB("srb", "出生性别比", "Sex ratio at birth", Kind.RATE, 1, Measure.BIRTHS,
            t -> Rates.ratio(t.get(Measure.BIRTHS_MALE), t.get(Measure.BIRTHS_FEMALE), 100, 1)),
    SRB_ORDER1("srb_order1", "一孩性别比", "SRB, first births", Kind.RATE, 1, Measure.BIRTHS_ORDER1,
            t -> Rates.ratio(t.get(Measure.BIRTHS_ORDER1_MALE), t.get(Measure.BIRTHS_ORDER1_FEMALE), 100, 1)),
    SRB_ORDER2("srb_order2", "二孩性别比", "SRB, second births", Kind.RATE, 1, Measure.BIRTHS_ORDER2,
            t -> Rates.ratio(t.get(Measure.BIRTHS_ORDER2_MALE), t.get(Measure.BIRTHS_ORDER2_FEMALE), 100, 1)),
    SRB_ORDER3PLUS("srb_order3plus", "三孩及以上性别比", "SRB, third+ births", Kind.RATE, 1, Measure.BIRTHS_ORDER3PLUS,
            t -> Rates.ratio(t.get(Measure.BIRTHS_ORDER3PLUS_MALE), t.get(Measure.BIRTHS_ORDER3PLUS_FEMALE), 100, 1)),
    SRB_LOW("srb_low", "性别比95%下限", "SRB 95% low", Kind.RATE, 1, Measure.BIRTHS,
            t -> Rates.wilsonRatio(t.get(Measure.BIRTHS_MALE), t.get(Measure.BIRTHS), false)),
    SRB_HIGH("srb_high", "性别比95%上限", "SRB 95% high", Kind.RATE, 1, Measure.BIRTHS,
            t -> Rates.wilsonRatio(t.get(Measure.BIRTHS_MALE), t.get(Measure.BIRTHS), true)),
    ORDER3PLUS_PCT("order3plus_pct", "三孩及以上占比(%)", "Third+ share (%)", Kind.RATE, 2, Measure.BIRTHS_ORDER3PLUS,
            t -> Rates.ratio(t.get(Measure.BIRTHS_ORDER3PLUS), t.get(Measure.BIRTHS), 100, 2)),
    POPULATION("population", "人口数", "Population", Kind.COUNT, 0, null,
            t -> t.population() == null ? null : BigDecimal.valueOf(t.population())),
    CBR_PERMILLE("cbr_permille", "出生率(‰)", "Birth rate (‰)", Kind.RATE, 2, Measure.BIRTHS,
            t -> perPopulation(t, t.get(Measure.BIRTHS))),
    LATE_BIRTHS("late_births", "补报往年出生", "Late births", Kind.COUNT, Measure.LATE_BIRTHS),
    TIMELY_PCT("timely_pct", "及时登记率(%)", "Timely registered (%)", Kind.RATE, 2, Measure.BIRTHS_TIMELY,
            t -> Rates.ratio(t.get(Measure.BIRTHS_TIMELY), t.get(Measure.BIRTHS), 100, 2)),
    DEATHS("deaths", "死亡数", "Deaths", Kind.COUNT, Measure.DEATHS),
    CDR_PERMILLE("cdr_permille", "死亡率(‰)", "Death rate (‰)", Kind.RATE, 2, Measure.DEATHS,
            t -> perPopulation(t, t.get(Measure.DEATHS))),
    NATURAL_INCREASE_PERMILLE("natural_increase_permille", "自然增长率(‰)", "Natural increase (‰)",
            Kind.RATE, 2, null, t -> perPopulation(t, t.get(Measure.BIRTHS) - t.get(Measure.DEATHS))),
    FIRST_MARRIAGES_WOMEN("first_marriages_women", "女性初婚数", "First-time brides", Kind.COUNT,
            Measure.FIRST_MARRIAGES_WOMEN),
    WOMEN_15_49("women_15_49", "15-49岁妇女数", "Women 15-49", Kind.COUNT, Measure.WOMEN_15_49),
    GFR_PERMILLE("gfr_permille", "一般生育率(‰)", "General fertility (‰)", Kind.RATE, 2, Measure.BIRTHS,
            t -> Rates.ratio(t.get(Measure.BIRTHS), t.get(Measure.WOMEN_15_49), 1000, 2)),
    MIGRANTS_IN("migrants_in", "流入人数", "Moved in", Kind.COUNT, Measure.MIGRANTS_IN),
    MIGRANTS_OUT("migrants_out", "流出人数", "Moved out", Kind.COUNT, Measure.MIGRANTS_OUT),
    MIGRANT_COMPLETE_PCT("migrant_complete_pct", "流入信息完整率(%)", "Migrant records complete (%)",
            Kind.RATE, 2, Measure.MIGRANTS_IN_COMPLETE,
            t -> Rates.ratio(t.get(Measure.MIGRANTS_IN_COMPLETE), t.get(Measure.MIGRANTS_IN_KNOWN), 100, 2)),
    BENEFIT_DUE_COUNT("benefit_due_count", "应发人次", "Benefits due", Kind.COUNT, Measure.BENEFIT_DUE_COUNT),
    BENEFIT_PAID_COUNT("benefit_paid_count", "足额发放人次", "Benefits paid in full", Kind.COUNT,
            Measure.BENEFIT_PAID_COUNT),
    BENEFIT_PAID_COUNT_PCT("benefit_paid_count_pct", "足额发放率(%)", "Paid in full (%)", Kind.RATE, 2,
            Measure.BENEFIT_PAID_COUNT, t -> Rates.ratio(t.get(Measure.BENEFIT_PAID_COUNT), t.get(Measure.BENEFIT_DUE_COUNT), 100, 2)),
    BENEFIT_DUE_AMOUNT("benefit_due_amount", "应发金额(元)", "Amount due (yuan)", Kind.MONEY, 2,
            Measure.BENEFIT_DUE_COUNT, t -> Rates.yuan(t.get(Measure.BENEFIT_DUE_FEN))),
    BENEFIT_PAID_AMOUNT("benefit_paid_amount", "实发金额(元)", "Amount paid (yuan)", Kind.MONEY, 2,
            Measure.BENEFIT_DUE_COUNT, t -> Rates.yuan(t.get(Measure.BENEFIT_PAID_FEN))),
    BENEFIT_PAID_AMOUNT_PCT("benefit_paid_amount_pct", "金额发放率(%)", "Amount paid (%)", Kind.RATE, 2,
            Measure.BENEFIT_DUE_COUNT, t -> Rates.ratio(t.get(Measure.BENEFIT_PAID_FEN), t.get(Measure.BENEFIT_DUE_FEN), 100, 2)),
    VISITS("visits", "走访次数", "Visits", Kind.COUNT, Measure.VISITS),
    HOUSEHOLDS_VISITED("households_visited", "走访户数", "Households visited", Kind.COUNT, Measure.HOUSEHOLDS_VISITED);

    /** What an indicator is: counts get last year's figure and the change beside them. */
    public enum Kind { COUNT, RATE, MONEY }

    private final String id;
    private final String zh;
    private final String en;
    private final Kind kind;
    private final int decimals;
    private final Measure drill;
    private final Function<Counts, BigDecimal> formula;

    Indicator(String id, String zh, String en, Kind kind, Measure measure) {
        this(id, zh, en, kind, 0, measure, t -> BigDecimal.valueOf(t.get(measure)));
    }

    Indicator(String id, String zh, String en, Kind kind, int decimals, Measure drill,
              Function<Counts, BigDecimal> formula) {
        this.id = id;
        this.zh = zh;
        this.en = en;
        this.kind = kind;
        this.decimals = decimals;
        this.drill = drill;
        this.formula = formula;
    }

    private static BigDecimal perPopulation(Counts t, long events) {
        return t.population() == null ? null : Rates.ratio(events, t.population(), 1000, 2);
    }

    /** The id of SPEC 6, the CSV header. */
    public String id() {
        return id;
    }

    public String label(Language language) {
        return language == Language.ZH ? zh : en;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isCount() {
        return kind == Kind.COUNT;
    }

    public int decimals() {
        return decimals;
    }

    /** The measure whose records lie behind this figure, or null (population, natural increase). */
    public Measure drill() {
        return drill;
    }

    /** The figure for an area's counts, rounded to its decimals; null when undefined. */
    public BigDecimal of(Tallied counts) {
        return formula.apply(counts);
    }

    /** What the figure is made of: the measures its formula reads, and whether it reads the population. */
    Counts.Reads reads() {
        Counts.Reads reads = new Counts.Reads();
        formula.apply(reads);
        return reads;
    }

    public static Indicator byId(String id) {
        for (Indicator i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        throw new Refusal(Problem.Code.NO_INDICATOR, id);
    }
}
