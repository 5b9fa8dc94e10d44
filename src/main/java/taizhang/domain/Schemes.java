package taizhang.domain;

import java.util.List;

/** The benefit schemes every office has (SPEC 3): {@code init} creates them, the demo county lists them. */
public final class Schemes {
    private Schemes() {
    }

    public static final String CHILDCARE = "childcare";
    public static final String RURAL_REWARD = "rural_reward";
    public static final String SPECIAL_SUPPORT = "special_support";

    /** The three schemes as records of the schemes register: code, name, yearly amount in fen. */
    public static List<Entry> initial() {
        return List.of(
                Entry.of(Register.SCHEMES, "code", CHILDCARE, "name", "育儿补贴", "yearly_amount", 360000L),
                Entry.of(Register.SCHEMES, "code", RURAL_REWARD, "name", "农村部分计划生育家庭奖励扶助",
                        "yearly_amount", 96000L),
                Entry.of(Register.SCHEMES, "code", SPECIAL_SUPPORT, "name", "计划生育特别扶助"));
    }
}
