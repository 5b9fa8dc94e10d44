package taizhang.serve;

/** Where the server writes what happened: logins, failed logins, lockouts, session ends. */
public interface AuditTrail {

    /** One entry: who, what (a code such as {@code login}), and its details as JSON. */
    void record(String login, String action, String detailJson);
}
