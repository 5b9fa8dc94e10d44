package taizhang.testing;

import taizhang.domain.Account;
import taizhang.storage.Database;

/** Tests that are not about accounts work as the owner of the file: an admin over everything. */
public final class Admin {
    private Admin() {
    }

    public static final Account OWNER = Account.fileOwner("tester");

    public static Database signIn(Database db) {
        return db.actAs(OWNER);
    }
}
