package taizhang.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Account;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.Accounts;
import taizhang.storage.Database;

/** {@code taizhang account …}: the office's accounts (SPEC 9); only an admin may run it. */
@Command(name = "account", mixinStandardHelpOptions = true,
        subcommands = {AccountCommand.Add.class, AccountCommand.Set.class, AccountCommand.Password.class,
                AccountCommand.Key.class, AccountCommand.ListAccounts.class})
final class AccountCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    /** This command as picocli runs it (its full name in "see: taizhang account --help"). */
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                main.wording().get("account.what"));
    }

    /** The database, signed in as an admin (or the file's owner). */
    Database open() {
        return main.context().open(Role.Permission.ADMINISTER);
    }

    /** A role is one of four words, like a format: any other is a command line not understood (exit 2, SPEC 7). */
    static final class RoleValue implements picocli.CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String text) {
            Role r = Role.parse(text);
            if (r == null) {
                throw new picocli.CommandLine.TypeConversionException(text);
            }
            return r;
        }
    }

    /**
     * A scope is area codes of 6, 9 or 12 digits (or {@code *}), as a role is one of four words: any
     * other text is a command line not understood (exit 2, SPEC 7), told before the database is opened.
     * Whether such a code names an area of the office is the database's to say.
     */
    static final class ScopeValue implements picocli.CommandLine.ITypeConverter<Scope> {
        @Override
        public Scope convert(String text) {
            try {
                return Scope.parse(text);
            } catch (Scope.Invalid e) {
                throw new picocli.CommandLine.TypeConversionException(text);
            }
        }
    }

    /**
     * A new password: one line of standard input with --password-stdin, else asked twice without
     * echo on the terminal.
     */
    static String password(boolean fromStdin, Wording w) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new Failure.InvalidInput("account.stdin_empty");
                }
                return line;
            } catch (IOException e) {
                throw new Failure.InvalidInput("account.cannot_read", String.valueOf(e.getMessage()));
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new Failure.InvalidInput("account.no_terminal");
        }
        char[] first = console.readPassword("%s", w.get("account.ask"));
        char[] second = console.readPassword("%s", w.get("account.again"));
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new Failure.InvalidInput("account.differ");
        }
        return new String(first);
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
        String login;

        @Option(names = "--role", required = true, paramLabel = "admin|statistician|clerk|viewer", converter = RoleValue.class)
        Role role;

        @Option(names = "--scope", required = true, paramLabel = "CODE[,CODE…]", converter = ScopeValue.class)
        Scope scope;

        @Option(names = "--name", paramLabel = "NAME")
        String name;

        @Option(names = "--os-user", paramLabel = "USER")
        String osUser;

        @Option(names = "--password-stdin")
        boolean passwordStdin;

        @Override
        public Integer call() {
            Account a = new Account(login, name == null ? login : name.strip(), role, scope, osUser, false);
            String password = passwordStdin ? password(true, parent.main.wording()) : null;
            try (Database db = parent.open()) {
                new Accounts(db).add(a, password);
            }
            parent.main.err().println(parent.main.wording().get("account.added", login, a.role().code(), a.scope()));
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
        String login;

        @Option(names = "--role", paramLabel = "admin|statistician|clerk|viewer", converter = RoleValue.class)
        Role role;

        @Option(names = "--scope", paramLabel = "CODE[,CODE…]", converter = ScopeValue.class)
        Scope scope;

        @Option(names = "--name", paramLabel = "NAME")
        String name;

        @Option(names = "--os-user", paramLabel = "USER")
        String osUser;

        @Option(names = "--disable")
        boolean disable;

        @Option(names = "--enable")
        boolean enable;

        @Override
        public Integer call() {
            if (disable && enable) {
                throw new Failure.InvalidInput("account.disable_enable");
            }
            try (Database db = parent.open()) {
                Accounts accounts = new Accounts(db);
                Account old = accounts.find(login);
                if (old == null) {
                    throw new Accounts.Refused(taizhang.domain.Problem.Code.NO_SUCH_ACCOUNT, login);
                }
                Account a = new Account(login, name == null ? old.name() : name.strip(),
                        role == null ? old.role() : role, scope == null ? old.scope() : scope,
                        osUser == null ? old.osUser() : osUser.isBlank() ? null : osUser,
                        disable || !enable && old.disabled());
                accounts.set(a);
            }
            parent.main.err().println(parent.main.wording().get("account.changed", login));
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true)
    static final class Password implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
        String login;

        @Option(names = "--password-stdin")
        boolean passwordStdin;

        @Override
        public Integer call() {
            try (Database db = parent.open()) {
                new Accounts(db).password(login, password(passwordStdin, parent.main.wording()));
            }
            parent.main.err().println(parent.main.wording().get("account.password_set", login));
            return 0;
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true,
            subcommands = {KeyAdd.class, KeyRemove.class})
    static final class Key implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @ParentCommand
        AccountCommand parent;

        @Override
        public Integer call() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    parent.main.wording().get("account.key_what"));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class KeyAdd implements Callable<Integer> {
        @ParentCommand
        Key key;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
        String login;

        @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "keyfile")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new Failure.InvalidInput("no_such_file", file);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (lines.size() != 1) {
                throw new Failure.InvalidInput("account.one_key", file, lines.size());
            }
            String fingerprint;
            try (Database db = key.parent.open()) {
                fingerprint = new Accounts(db).addKey(login, lines.get(0));
            }
            key.parent.main.err().println(key.parent.main.wording().get("account.key_added", fingerprint, login));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class KeyRemove implements Callable<Integer> {
        @ParentCommand
        Key key;

        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
        String login;

        @Parameters(index = "1", paramLabel = "FINGERPRINT", descriptionKey = "fingerprint")
        String fingerprint;

        @Override
        public Integer call() {
            try (Database db = key.parent.open()) {
                new Accounts(db).removeKey(login, fingerprint);
            }
            key.parent.main.err().println(key.parent.main.wording().get("account.key_removed", fingerprint, login));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Option(names = "--format", paramLabel = "table|csv")
        Listing.Format format = Listing.Format.table;

        @Override
        public Integer call() throws IOException {
            Listing listing = new Listing(List.of("login", "name", "role", "scope", "os_user", "disabled"));
            try (Database db = parent.open()) {
                for (Account a : new Accounts(db).all()) {
                    listing.add(List.of(a.login(), a.name(), a.role().code(), a.scope().toString(),
                            a.osUser() == null ? "" : a.osUser(), a.disabled() ? "Y" : "N"));
                }
            }
            switch (format) {
                case csv -> listing.csv(parent.main.out());
                case table -> listing.table(parent.main.out(), 40, parent.main.wording());
            }
            return 0;
        }
    }
}
