package taizhang.storage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import taizhang.domain.Account;
import taizhang.domain.Entry;
import taizhang.domain.FieldType;
import taizhang.domain.IdNumber;
import taizhang.domain.Register;
import taizhang.domain.Role;

/**
 * Where an account's scope and role meet SQL: the one condition that narrows every read to the
 * areas the account covers, and the masking of ID and phone numbers for a role that may not
 * see them. Tables, search, drill-down, exports, reports and the audit list all go through it.
 */
final class Scoping {
    private Scoping() {
    }

    /**
     * The root of the area tree, when the signed-in account's scope does not cover it (null when
     * it does: everything, or the root's own code). What is done for the whole office (closing a
     * month, checking the whole database) takes an account that sees all of it.
     */
    static String rootOutsideScope(Database db) {
        taizhang.domain.Account a = db.account();
        if (a.scope().everything()) {
            return null;
        }
        String[] root = {""};
        db.select("SELECT code FROM area WHERE parent_code IS NULL AND voided = 0 LIMIT 1", java.util.List.of(),
                rs -> root[0] = rs.getString(1));
        return a.covers(root[0]) ? null : root[0];
    }

    /** The column a register's records are placed by (null: schemes, which belong to no area). */
    static String areaColumn(Register r) {
        return switch (r) {
            case AREAS -> "code";
            case SCHEMES -> null;
            default -> "area_code";
        };
    }

    /**
     * A condition on the register's table that holds for the records in the account's scope,
     * its values appended to {@code params}. A range rather than LIKE, so that the area indexes
     * are used; ':' sorts right after '9'.
     */
    static String condition(Account a, Register r, List<Object> params) {
        return condition(a, areaColumn(r), params);
    }

    static String condition(Account a, String column, List<Object> params) {
        if (column == null || a.scope().everything()) {
            return "1";
        }
        StringBuilder sql = new StringBuilder("(");
        for (String code : a.scope().codes()) {
            if (sql.length() > 1) {
                sql.append(" OR ");
            }
            sql.append(column).append(" >= ? AND ").append(column).append(" < ?");
            params.add(code);
            params.add(code + ":");
        }
        return sql.append(")").toString();
    }

    static RegisterStore.Stored shown(Account a, RegisterStore.Stored s) {
        Entry e = shown(a, s.entry());
        return e == s.entry() ? s : new RegisterStore.Stored(s.id(), e, s.createdAt(), s.updatedAt(), s.changedBy(),
                s.version(), s.voided());
    }

    /** As {@link #condition(Account, String, List)}, with named parameters ({@code :scope_0_low}, …) for the tally's SQL. */
    static String named(Account a, String column, java.util.Map<String, Object> bindings) {
        if (a.scope().everything()) {
            return "1";
        }
        StringBuilder sql = new StringBuilder("(");
        List<String> codes = a.scope().codes();
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) {
                sql.append(" OR ");
            }
            sql.append(column).append(" >= :scope_").append(i).append("_low AND ").append(column)
                    .append(" < :scope_").append(i).append("_high");
            bindings.put("scope_" + i + "_low", codes.get(i));
            bindings.put("scope_" + i + "_high", codes.get(i) + ":");
        }
        return sql.append(")").toString();
    }

    /** The record as this account may see it: ID and phone numbers masked unless its role shows them. */
    static Entry shown(Account a, Entry e) {
        if (a.may(Role.Permission.SEE_FULL_NUMBERS)) {
            return e;
        }
        Entry shown = e;
        for (var f : e.register().fields()) {
            Object v = e.get(f.key());
            if (v instanceof String s && (f.type() == FieldType.ID_NUMBER || f.type() == FieldType.PHONE)) {
                shown = shown.with(f.key(), f.type() == FieldType.ID_NUMBER ? IdNumber.masked(s) : maskedPhone(s));
            }
        }
        return shown;
    }

    /** A problem about a record as this account may see it: its value masked when it is an ID or phone number. */
    static taizhang.domain.Problem shown(Account a, Register r, taizhang.domain.Problem p) {
        FieldType t = a.may(Role.Permission.SEE_FULL_NUMBERS) || p.field() == null || p.value() == null ? null
                : numberType(r, p.field());
        return t == null ? p : p.withValue(t == FieldType.ID_NUMBER ? IdNumber.masked(p.value()) : maskedPhone(p.value()));
    }

    /**
     * An audit entry's detail (JSON) as this account may see it: the ID and phone numbers of the
     * record it is about masked as in the record itself, in its values and in each change's
     * before and after.
     */
    static String shownDetail(Account a, String register, String detail) {
        Register r = register == null ? null : Register.byName(register);
        if (a.may(Role.Permission.SEE_FULL_NUMBERS) || r == null || detail == null) {
            return detail;
        }
        JsonElement tree = JsonParser.parseString(detail);
        mask(tree, r, null);
        return DETAIL.toJson(tree);
    }

    private static final Gson DETAIL = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    /** Masks every text under a key that is one of the register's ID or phone fields ({@code type}: the field above, if any). */
    private static void mask(JsonElement e, Register r, FieldType type) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                JsonElement v = m.getValue();
                FieldType t = type != null ? type : numberType(r, m.getKey());
                if (t != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                    String s = v.getAsString();
                    m.setValue(new JsonPrimitive(t == FieldType.ID_NUMBER ? IdNumber.masked(s) : maskedPhone(s)));
                } else {
                    mask(v, r, t);
                }
            }
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(item -> mask(item, r, type));
        }
    }

    /** ID_NUMBER or PHONE when the key is such a field of the register; else null. */
    private static FieldType numberType(Register r, String key) {
        for (var f : r.fields()) {
            if (f.key().equals(key) && (f.type() == FieldType.ID_NUMBER || f.type() == FieldType.PHONE)) {
                return f.type();
            }
        }
        return null;
    }

    /** All but the last four digits hidden: enough to tell two numbers apart on a call. */
    static String maskedPhone(String phone) {
        int keep = Math.min(4, phone.length());
        return "*".repeat(phone.length() - keep) + phone.substring(phone.length() - keep);
    }
}
