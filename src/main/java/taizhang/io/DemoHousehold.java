package taizhang.io;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import taizhang.domain.Dates;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.domain.Schemes;
import taizhang.domain.Sex;

/**
 * One household of the demo county with everything the registers hold about it over the
 * three years: its members, their births, deaths, marriages and moves, the benefits paid to
 * them and the visits it had. Drawn from its own seed, so that it comes out the same every
 * time the county is walked; only ID numbers, household numbers and the sex balance of the
 * births run on from the households before it (see {@link DemoWalk}).
 */
final class DemoHousehold {

    /** Share of young couples with a child born in the three years: sets the crude birth rate. */
    static final double BIRTH_IN_WINDOW = 0.135;
    static final double TWINS = 0.015;

    /** The kinds of household, as the village team knows them. */
    enum Kind { YOUNG, MOVED_IN, MIDDLE, ELDERS, SINGLE }

    /** One person as the register holds them, with the dates the other records need. */
    static final class Member {
        final String name;
        final Sex sex;
        final LocalDate birth;
        String id;
        String residence = "resident";
        String marital;
        String phone;
        Member spouse;
        /** The date of moving in or out, when known. */
        LocalDate moved;
        /** The latest event they took part in; a death comes after it. */
        LocalDate since;
        LocalDate diedOn;
        LocalDate deathRegistered;

        Member(String name, Sex sex, LocalDate birth) {
            this.name = name;
            this.sex = sex;
            this.birth = birth;
            this.since = birth;
        }

        /**
         * Whether the person counts in the village's population on {@code day}: as
         * {@code population --from-register} counts (born by then, not dead by then, not
         * registered as gone away), so that the demo's figures are the register's.
         */
        boolean presentOn(LocalDate day) {
            return !birth.isAfter(day) && (diedOn == null || diedOn.isAfter(day)) && !residence.equals("outflow");
        }
    }

    record Birth(Member child, Member mother, Member father, int order, String place, String certificate,
                 LocalDate registeredOn, boolean named) {
    }

    record Marriage(Member woman, Member man, LocalDate date, boolean firstForWoman, LocalDate registeredOn,
                    boolean womanId, boolean manId) {
    }

    record Move(Member who, boolean in, LocalDate date, String counterpart, LocalDate registeredOn,
                boolean withId, boolean withBirth) {
    }

    private static final String[] ORIGINS = {"四川省达州市", "河南省周口市", "贵州省毕节市", "湖南省邵阳市",
        "安徽省阜阳市", "江西省赣州市", "广西壮族自治区玉林市", "云南省昭通市", "湖北省黄冈市", "甘肃省天水市"};
    private static final String[] DESTINATIONS = {"广东省深圳市", "广东省东莞市", "浙江省杭州市", "浙江省宁波市",
        "上海市", "江苏省苏州市", "北京市", "福建省厦门市", "天津市", "重庆市"};

    final DemoPlan plan;
    final DemoPlan.Village village;
    final String householdNo;
    final long seed;
    final Kind kind;
    final List<Member> members = new ArrayList<>(6);
    final List<Birth> births = new ArrayList<>(2);
    final List<Marriage> marriages = new ArrayList<>(1);
    final List<Move> moves = new ArrayList<>(2);
    boolean ruralReward;
    boolean specialSupport;

    private final DemoWalk walk;
    private final SplittableRandom rng;
    private final LocalDate start;
    private final LocalDate today;

    private DemoHousehold(DemoPlan plan, DemoWalk walk, int index, boolean single) {
        this.plan = plan;
        this.walk = walk;
        this.seed = DemoPlan.mix(plan.seed, index);
        this.rng = new SplittableRandom(seed);
        this.start = plan.start;
        this.today = plan.today;
        int v = plan.village(rng.nextDouble());
        this.village = plan.villages.get(v);
        this.householdNo = walk.householdNo(v);
        double u = rng.nextDouble();
        this.kind = single ? Kind.SINGLE : u < 0.36 ? Kind.YOUNG : u < 0.43 ? Kind.MOVED_IN : u < 0.65 ? Kind.MIDDLE
                : u < 0.87 ? Kind.ELDERS : Kind.SINGLE;
    }

    /** The household drawn for {@code index}, or with {@code single} one of a single adult in its place. */
    static DemoHousehold generate(DemoPlan plan, DemoWalk walk, int index, boolean single) {
        DemoHousehold h = new DemoHousehold(plan, walk, index, single);
        switch (h.kind) {
            case YOUNG, MOVED_IN -> h.youngFamily();
            case MIDDLE -> h.middleFamily();
            case ELDERS -> h.elders();
            case SINGLE -> h.single();
            default -> throw new IllegalStateException();
        }
        h.deaths();
        return h;
    }

    // ---- who lives here ----

    /** A couple of 22 to 55 with their children; some have a child in the three years. */
    private void youngFamily() {
        boolean movedIn = kind == Kind.MOVED_IN;
        String surname = DemoNames.surname(rng);
        List<LocalDate> children = new ArrayList<>(4);
        LocalDate wifeBirth;
        LocalDate recent = null;
        if (rng.nextDouble() < BIRTH_IN_WINDOW) {
            recent = between(start, today);
            int order = birthOrder();
            // Mothers of later children are older: 22-32 for a first child up to 31-43 for a fourth.
            int age = switch (order) {
                case 1 -> 22 + rng.nextInt(11);
                case 2 -> 26 + rng.nextInt(12);
                case 3 -> 28 + rng.nextInt(13);
                default -> 31 + rng.nextInt(13);
            };
            wifeBirth = between(recent.minusYears(age + 1).plusDays(1), recent.minusYears(age));
            children.addAll(earlierChildren(order - 1, recent.minusDays(450), wifeBirth.plusYears(20)));
            children.add(recent);
            if (rng.nextDouble() < TWINS) {
                children.add(recent);
            }
        } else {
            wifeBirth = bornAged(25 + rng.nextInt(24));
            int r = rng.nextInt(100);
            int count = r < 20 ? 0 : r < 63 ? 1 : r < 93 ? 2 : 3;
            children.addAll(earlierChildren(count, start.minusDays(1 + rng.nextInt(2500)), wifeBirth.plusYears(20)));
        }
        int wifeAge = Dates.age(wifeBirth, today);
        Member husband = adult(surname, Sex.M, bornAged(Math.max(23, wifeAge - 1 + rng.nextInt(8))), movedIn);
        Member wife = adult(DemoNames.surname(rng), Sex.F, wifeBirth, movedIn);
        // A childless couple married at any time since she was 22; others some months to three
        // years before their first child.
        LocalDate married = children.isEmpty()
                ? between(wifeBirth.plusYears(22), today)
                : children.get(0).minusDays(150 + rng.nextInt(1150));
        married = earliest(married, today);
        married = latest(married, wifeBirth.plusYears(20), husband.birth.plusYears(22));
        marry(husband, wife, married, true);

        if (movedIn) {
            LocalDate moved = latest(today.minusDays(rng.nextInt(3000)), wifeBirth.plusYears(18),
                    husband.birth.plusYears(18));
            if (recent != null && moved.isAfter(recent)) {
                moved = recent.minusDays(rng.nextInt(300));
            }
            moveIn(husband, moved);
            moveIn(wife, moved);
        } else if (rng.nextDouble() < 0.12) {
            moveOut(husband);
        }

        LocalDate previous = null;
        LocalDate registered = null;
        int order = 0;
        String previousName = null;
        for (LocalDate born : children) {
            order++;
            boolean twin = children.indexOf(born) != children.lastIndexOf(born);
            boolean secondTwin = born.equals(previous);
            if (!secondTwin) {
                registered = born.plusDays(birthRegistrationLag()); // twins are registered together
            }
            previous = born;
            if (registered.isAfter(today)) {
                continue; // not registered yet: the office does not know this child
            }
            Sex sex = !born.isBefore(start) ? walk.childSex(born) : rng.nextDouble() < 0.52 ? Sex.M : Sex.F;
            String name = DemoNames.name(rng, surname, sex, born.getYear());
            while (secondTwin && name.equals(previousName)) {
                name = DemoNames.name(rng, surname, sex, born.getYear()); // twins never share a name
            }
            previousName = name;
            Member child = new Member(name, sex, born);
            child.id = ChronoUnit.DAYS.between(born, today) < 365 && rng.nextInt(5) == 0 ? null
                    : walk.ids.next(born, sex, movedIn);
            child.residence = movedIn ? "inflow" : "resident";
            child.marital = Dates.age(born, today) >= 15 ? "single" : null;
            if (movedIn && !born.isAfter(husband.moved)) {
                moveIn(child, husband.moved);
            }
            members.add(child);
            wife.since = latest(wife.since, born);
            husband.since = latest(husband.since, born);
            if (!registered.isBefore(start)) {
                // A few babies are registered before they are named; twins always have names, which tell them apart.
                boolean named = twin || rng.nextInt(100) > 0;
                births.add(new Birth(child, wife, rng.nextInt(100) < 88 ? husband : null, order, place(),
                        certificate(), registered, named));
            }
        }
        if (!movedIn && rng.nextDouble() < 0.35) {
            grandparents(surname, Dates.age(husband.birth, today));
        }
    }

    /** The husband's parents, one or both. */
    private void grandparents(String surname, int sonAge) {
        int fatherAge = Math.min(95, sonAge + 24 + rng.nextInt(10));
        boolean both = rng.nextInt(10) < 6;
        boolean father = both || rng.nextInt(10) < 4;
        Member grandfather = father ? adult(surname, Sex.M, bornAged(fatherAge), false) : null;
        Member grandmother = both || !father
                ? adult(DemoNames.surname(rng), Sex.F, bornAged(Math.max(58, fatherAge - rng.nextInt(5))), false)
                : null;
        if (both) {
            marry(grandfather, grandmother, null, false);
        } else {
            (father ? grandfather : grandmother).marital = "widowed";
        }
        ruralReward = rng.nextInt(100) < 25;
    }

    /** A couple of 45 to 62 with grown or growing children, some of them working away. */
    private void middleFamily() {
        String surname = DemoNames.surname(rng);
        int wifeAge = 45 + rng.nextInt(18);
        LocalDate wifeBirth = bornAged(wifeAge);
        int r = rng.nextInt(100);
        Member wife = r < 4 ? null : adult(DemoNames.surname(rng), Sex.F, wifeBirth, false);
        Member husband = r >= 4 && r < 12 ? null
                : adult(surname, Sex.M, bornAged(Math.min(95, wifeAge - 1 + rng.nextInt(7))), false);
        if (wife != null && husband != null) {
            marry(husband, wife, null, false);
        } else {
            (wife != null ? wife : husband).marital = "widowed";
        }
        specialSupport = wifeAge >= 49 && rng.nextInt(1000) < 5;
        ruralReward = rng.nextInt(100) < 25;
        int c = rng.nextInt(100);
        int count = specialSupport ? 0 : c < 8 ? 0 : c < 50 ? 1 : c < 88 ? 2 : 3;
        LocalDate latest = wifeBirth.plusYears(36);
        if (latest.isAfter(today.minusYears(5))) {
            latest = today.minusYears(5);
        }
        for (LocalDate born : earlierChildren(count, latest, wifeBirth.plusYears(20))) {
            Sex sex = rng.nextDouble() < 0.52 ? Sex.M : Sex.F;
            Member child = new Member(DemoNames.name(rng, surname, sex, born.getYear()), sex, born);
            child.id = walk.ids.next(born, sex, false);
            int age = Dates.age(born, today);
            child.marital = age >= 15 ? "single" : null;
            if (age >= 18) {
                child.phone = phone();
                if (rng.nextInt(100) < 35) {
                    moveOut(child);
                }
            }
            members.add(child);
        }
    }

    /** One or two people over 60. */
    private void elders() {
        if (rng.nextInt(10) < 6) {
            int husbandAge = 60 + (int) (30 * Math.pow(rng.nextDouble(), 1.6));
            Member husband = adult(DemoNames.surname(rng), Sex.M, bornAged(husbandAge), false);
            Member wife = adult(DemoNames.surname(rng), Sex.F,
                    bornAged(Math.max(58, husbandAge - rng.nextInt(6))), false);
            marry(husband, wife, null, false);
        } else {
            int age = 62 + (int) (33 * Math.pow(rng.nextDouble(), 1.6));
            Sex sex = rng.nextInt(100) < 65 ? Sex.F : Sex.M;
            Member alone = adult(DemoNames.surname(rng), sex, bornAged(age), false);
            int r = rng.nextInt(100);
            alone.marital = r < 85 ? "widowed" : r < 92 ? "divorced" : "single";
        }
        ruralReward = rng.nextInt(100) < 30;
        specialSupport = rng.nextInt(100) < 1;
    }

    /** A single adult of 18 to 45, often working away. */
    private void single() {
        Sex sex = rng.nextInt(100) < 58 ? Sex.M : Sex.F;
        Member one = adult(DemoNames.surname(rng), sex, bornAged(18 + rng.nextInt(28)), false);
        one.marital = rng.nextInt(100) < 85 ? "single" : "divorced";
        if (rng.nextInt(100) < 30) {
            moveOut(one);
        }
    }

    private Member adult(String surname, Sex sex, LocalDate birth, boolean movedIn) {
        Member m = new Member(DemoNames.name(rng, surname, sex, birth.getYear()), sex, birth);
        m.id = walk.ids.next(birth, sex, movedIn);
        m.residence = movedIn ? "inflow" : "resident";
        m.phone = rng.nextInt(100) < 75 ? phone() : null;
        members.add(m);
        return m;
    }

    /** Marries a couple; a marriage in the three years is on the marriage register. */
    private void marry(Member husband, Member wife, LocalDate date, boolean recordable) {
        husband.marital = "married";
        wife.marital = "married";
        husband.spouse = wife;
        wife.spouse = husband;
        if (recordable && !date.isBefore(start)) {
            LocalDate registered = earliest(date.plusDays(rng.nextInt(16)), today);
            marriages.add(new Marriage(wife, husband, date, rng.nextInt(100) < 92, registered,
                    rng.nextInt(100) < 97, rng.nextInt(100) < 97));
            husband.since = latest(husband.since, date);
            wife.since = latest(wife.since, date);
        }
    }

    private void moveIn(Member m, LocalDate date) {
        m.moved = date;
        m.residence = "inflow";
        if (!date.isBefore(start)) {
            // A few records of people moving in lack an ID number, a birth date or where they came from.
            String origin = rng.nextInt(100) < 3 ? null : ORIGINS[rng.nextInt(ORIGINS.length)];
            moves.add(new Move(m, true, date, origin, earliest(date.plusDays(rng.nextInt(41)), today),
                    rng.nextInt(100) >= 3, rng.nextInt(100) >= 2));
            m.since = latest(m.since, date);
        }
    }

    private void moveOut(Member m) {
        LocalDate date = latest(today.minusDays(rng.nextInt(2500)), m.birth.plusYears(16));
        m.moved = date;
        m.residence = "outflow";
        if (!date.isBefore(start)) {
            String destination = rng.nextInt(100) < 3 ? null : DESTINATIONS[rng.nextInt(DESTINATIONS.length)];
            moves.add(new Move(m, false, date, destination, earliest(date.plusDays(rng.nextInt(61)), today),
                    true, true));
            m.since = latest(m.since, date);
        }
    }

    /**
     * Up to {@code count} children born before {@code latest}, at least 15 months apart, the
     * mother 20 or older at each (fewer when she is too young for them all); oldest first.
     */
    private List<LocalDate> earlierChildren(int count, LocalDate latest, LocalDate motherTwenty) {
        List<LocalDate> born = new ArrayList<>(count);
        LocalDate last = latest;
        for (int i = 0; i < count && !last.isBefore(motherTwenty); i++) {
            LocalDate d = between(latest(motherTwenty, last.minusDays(2000)), last);
            born.add(0, d);
            last = d.minusDays(450);
        }
        return born;
    }

    // ---- who died ----

    /** Deaths in the three years, at believable rates by age; registered ones set died_on. */
    private void deaths() {
        for (Member m : members) {
            LocalDate from = latest(start, m.since);
            double u = rng.nextDouble();
            if (from.isAfter(today)) {
                continue;
            }
            double years = ChronoUnit.DAYS.between(from, today) / 365.25;
            double p = 1 - Math.pow(1 - yearlyDeathRisk(Dates.age(m.birth, from)), years);
            if (u >= p) {
                continue;
            }
            LocalDate died = between(from, today);
            LocalDate registered = died.plusDays(rng.nextInt(100) < 85 ? rng.nextInt(31) : 31 + rng.nextInt(90));
            if (registered.isAfter(today)) {
                continue; // not reported yet
            }
            m.diedOn = died;
            m.deathRegistered = registered;
            if (m.spouse != null && m.spouse.diedOn == null) {
                m.spouse.marital = "widowed";
            }
        }
    }

    private static double yearlyDeathRisk(int age) {
        if (age < 1) {
            return 0.006;
        } else if (age < 15) {
            return 0.0003;
        } else if (age < 45) {
            return 0.001;
        } else if (age < 60) {
            return 0.004;
        } else if (age < 70) {
            return 0.011;
        } else if (age < 80) {
            return 0.03;
        } else if (age < 90) {
            return 0.085;
        }
        return 0.2;
    }

    // ---- the registers' records ----

    void persons(DemoCounty.Sink sink) throws IOException {
        for (Member m : members) {
            sink.accept(Entry.of(Register.PERSONS, "id_number", m.id, "name", m.name, "sex", m.sex.name(),
                "birth_date", m.birth, "area_code", village.code(), "household_no", householdNo,
                "residence", m.residence, "marital_status", m.marital, "phone", m.phone, "died_on", m.diedOn));
        }
    }

    void births(DemoCounty.Sink sink) throws IOException {
        for (Birth b : births) {
            sink.accept(Entry.of(Register.BIRTHS, "child_name", b.named() ? b.child().name : null,
                "child_sex", b.child().sex.name(), "birth_date", b.child().birth, "birth_order", b.order(),
                "mother_id_number", b.mother().id, "mother_name", b.mother().name,
                "father_id_number", b.father() == null ? null : b.father().id, "area_code", village.code(),
                "place", b.place(), "certificate_no", b.certificate(), "registered_on", b.registeredOn()));
        }
    }

    void deaths(DemoCounty.Sink sink) throws IOException {
        for (Member m : members) {
            if (m.diedOn != null) {
                sink.accept(Entry.of(Register.DEATHS, "id_number", m.id, "name", m.name, "sex", m.sex.name(),
                    "death_date", m.diedOn, "area_code", village.code(), "registered_on", m.deathRegistered));
            }
        }
    }

    void marriages(DemoCounty.Sink sink) throws IOException {
        for (Marriage m : marriages) {
            sink.accept(Entry.of(Register.MARRIAGES, "woman_id_number", m.womanId() ? m.woman().id : null,
                "woman_name", m.woman().name, "man_id_number", m.manId() ? m.man().id : null,
                "man_name", m.man().name, "marriage_date", m.date(), "first_marriage_woman", m.firstForWoman() ? "Y" : "N",
                "area_code", village.code(), "registered_on", m.registeredOn()));
        }
    }

    void migrations(DemoCounty.Sink sink) throws IOException {
        for (Move m : moves) {
            sink.accept(Entry.of(Register.MIGRATIONS, "id_number", m.withId() ? m.who().id : null,
                "name", m.who().name, "sex", m.who().sex.name(), "birth_date", m.withBirth() ? m.who().birth : null,
                "direction", m.in() ? "in" : "out", "move_date", m.date(), "area_code", village.code(),
                "counterpart", m.counterpart(), "registered_on", m.registeredOn()));
        }
    }

    /**
     * Monthly childcare for each child under 3, quarterly rural_reward for the over-60s of
     * rural planned-birth families, monthly special_support: most paid in full, some in part,
     * some not (yet) at all.
     */
    void benefits(DemoCounty.Sink sink) throws IOException {
        SplittableRandom pay = new SplittableRandom(DemoPlan.mix(seed, 1));
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(today);
        for (Member m : members) {
            boolean young = m.birth.plusYears(3).isAfter(start);
            if (!young && !ruralReward && !specialSupport) {
                continue;
            }
            YearMonth end = m.diedOn == null ? last : YearMonth.from(m.diedOn);
            if (end.isAfter(last)) {
                end = last;
            }
            for (YearMonth month = first; !month.isAfter(end); month = month.plusMonths(1)) {
                LocalDate monthEnd = month.atEndOfMonth();
                if (m.birth.isAfter(monthEnd)) {
                    continue;
                }
                if (month.atDay(1).isBefore(m.birth.plusYears(3))) {
                    payment(sink, pay, m, Schemes.CHILDCARE, month, 30000);
                }
                int age = Dates.age(m.birth, monthEnd);
                if (ruralReward && age >= 60 && month.getMonthValue() % 3 == 0) {
                    payment(sink, pay, m, Schemes.RURAL_REWARD, month, 24000);
                }
                if (specialSupport && age >= 49) {
                    payment(sink, pay, m, Schemes.SPECIAL_SUPPORT, month, 59000);
                }
            }
        }
    }

    private void payment(DemoCounty.Sink sink, SplittableRandom pay, Member m, String scheme, YearMonth month,
                         long dueFen) throws IOException {
        int r = pay.nextInt(1000);
        LocalDate paidOn = month.atDay(10 + pay.nextInt(19));
        long paid = r < 45 ? 0 : r < 75 ? dueFen / 2 : dueFen;
        if (paidOn.isAfter(today)) {
            paid = 0;
        }
        sink.accept(Entry.of(Register.BENEFITS, "id_number", m.id, "name", m.name, "area_code", village.code(),
            "scheme", scheme, "month", month, "amount_due", dueFen, "amount_paid", paid,
            "paid_on", paid == 0 ? null : paidOn));
    }

    private static final String[] PURPOSES_YOUNG = {"育儿补贴政策宣传", "新生儿入户登记", "人口信息核对", "入户走访"};
    private static final String[] PURPOSES_OLD = {"独居老人关怀", "奖励扶助资格核实", "人口信息核对", "入户走访"};
    private static final String[] PURPOSES_MOVED = {"流动人口登记", "人口信息核对", "入户走访"};
    private static final String[] NOTES = {"家中无人，电话联系", "信息已更新", "已发放宣传材料", "需再次走访",
        "户主外出务工"};

    /** About one visit in three households a year, more to the old. */
    void visits(DemoCounty.Sink sink) throws IOException {
        SplittableRandom visit = new SplittableRandom(DemoPlan.mix(seed, 2));
        String[] purposes = switch (kind) {
            case ELDERS -> PURPOSES_OLD;
            case MOVED_IN -> PURPOSES_MOVED;
            default -> PURPOSES_YOUNG;
        };
        int chance = kind == Kind.ELDERS ? 50 : 30;
        for (int year = start.getYear(); year <= today.getYear(); year++) {
            LocalDate from = latest(start, LocalDate.of(year, 1, 1));
            LocalDate to = earliest(today, LocalDate.of(year, 12, 31));
            int times = visit.nextInt(100) < chance ? (visit.nextInt(100) < 15 ? 2 : 1) : 0;
            for (int i = 0; i < times; i++) {
                long span = ChronoUnit.DAYS.between(from, to);
                LocalDate date = from.plusDays(visit.nextLong(span + 1));
                String[] team = village.team();
                sink.accept(Entry.of(Register.VISITS, "household_no", visit.nextInt(100) < 2 ? null : householdNo,
                    "area_code", village.code(), "visit_date", date, "visitor", team[visit.nextInt(team.length)],
                    "purpose", purposes[visit.nextInt(purposes.length)],
                    "notes", visit.nextInt(100) < 20 ? NOTES[visit.nextInt(NOTES.length)] : null));
            }
        }
    }

    // ---- small draws ----

    /** Birth order of a child born in the three years: mostly first and second children. */
    private int birthOrder() {
        int r = rng.nextInt(100);
        return r < 48 ? 1 : r < 90 ? 2 : r < 98 ? 3 : 4;
    }

    /** Days from birth to registration: most within 30 days, some months later, a few a year or more. */
    private int birthRegistrationLag() {
        int r = rng.nextInt(100);
        if (r < 80) {
            return rng.nextInt(31);
        } else if (r < 92) {
            return 31 + rng.nextInt(60);
        } else if (r < 97) {
            return 91 + rng.nextInt(275);
        }
        return 366 + rng.nextInt(500);
    }

    private String place() {
        int r = rng.nextInt(1000);
        return r < 960 ? "hospital" : r < 985 ? "home" : "other";
    }

    private String certificate() {
        return rng.nextInt(100) < 3 ? null
                : (char) ('M' + rng.nextInt(14)) + String.valueOf(100_000_000 + rng.nextInt(900_000_000));
    }

    private String phone() {
        return "1" + "35789".charAt(rng.nextInt(5)) + String.valueOf(100_000_000 + rng.nextInt(900_000_000));
    }

    /** A birth date that makes someone {@code age} today. */
    private LocalDate bornAged(int age) {
        return between(today.minusYears(age + 1).plusDays(1), today.minusYears(age));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(rng.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        return latest(latest(a, b), c);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
