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
        description = "Manage the office's accounts: who may read and change what (admins only).",
        subcommands = {AccountCommand.Add.class, AccountCommand.Set.class, AccountCommand.Password.class,
                AccountCommand.Key.class, AccountCommand.ListAccounts.class})
final class AccountCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "name what to do: add, set, password, key or list");
    }

    /** The database, signed in as an admin (or the file's owner). */
    Database open() {
        return main.context().open(Role.Permission.ADMINISTER);
    }

    static Role role(String text) {
        Role r = Role.parse(text);
        if (r == null) {
            throw new Failure.InvalidInput("--role must be admin, statistician, clerk or viewer, not " + text);
        }
        return r;
    }

    static Scope scope(String text) {
        try {
            return Scope.parse(text);
        } catch (Scope.Invalid e) {
            throw new Failure.InvalidInput("--scope: " + e.getMessage() + " is not an area code of 6, 9 or 12 digits");
        }
    }

    /**
     * A new password: one line of standard input with --password-stdin, else asked twice without
     * echo on the terminal.
     */
    static String password(boolean fromStdin) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new Failure.InvalidInput("--password-stdin: standard input is empty");
                }
                return line;
            } catch (IOException e) {
                throw new Failure.InvalidInput("cannot read the password: " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new Failure.InvalidInput("no terminal to ask the password on: give it with --password-stdin");
        }
        char[] first = console.readPassword("new password: ");
        char[] second = console.readPassword("the same again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new Failure.InvalidInput("the two passwords differ; nothing changed");
        }
        return new String(first);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Parameters(index = "0", paramLabel = "LOGIN", description = "1 to 32 of a-z 0-9 . _ -")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, statistician, clerk or viewer")
        String role;

        @Option(names = "--scope", required = true, paramLabel = "CODE[,CODE…]",
                description = "the areas it covers (a township covers its villages)")
        String scope;

        @Option(names = "--name", paramLabel = "NAME", description = "display name (default: the login)")
        String name;

        @Option(names = "--os-user", paramLabel = "USER", description = "the OS user who works as this account")
        String osUser;

        @Option(names = "--password-stdin", description = "read a password from standard input")
        boolean passwordStdin;

        @Override
        public Integer call() {
            Account a = new Account(login, name == null ? login : name.strip(), role(role), scope(scope), osUser, false);
            String password = passwordStdin ? password(true) : null;
            try (Database db = parent.open()) {
                new Accounts(db).add(a, password);
            }
            parent.main.err().println("added " + login + " (" + a.role().code() + ", " + a.scope() + ")");
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change an account.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Option(names = "--role", paramLabel = "ROLE")
        String role;

        @Option(names = "--scope", paramLabel = "CODE[,CODE…]")
        String scope;

        @Option(names = "--name", paramLabel = "NAME")
        String name;

        @Option(names = "--os-user", paramLabel = "USER", description = "an empty value removes it")
        String osUser;

        @Option(names = "--disable", description = "no route lets it log in")
        boolean disable;

        @Option(names = "--enable")
        boolean enable;

        @Override
        public Integer call() {
            if (disable && enable) {
                throw new Failure.InvalidInput("--disable and --enable together");
            }
            try (Database db = parent.open()) {
                Accounts accounts = new Accounts(db);
                Account old = accounts.find(login);
                if (old == null) {
                    throw new Failure.InvalidInput("no account " + login);
                }
                Account a = new Account(login, name == null ? old.name() : name.strip(),
                        role == null ? old.role() : role(role), scope == null ? old.scope() : scope(scope),
                        osUser == null ? old.osUser() : osUser.isBlank() ? null : osUser,
                        disable || !enable && old.disabled());
                accounts.set(a);
            }
            parent.main.err().println("changed " + login);
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set an account's password (asked twice without echo, or --password-stdin).")
    static final class Password implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Option(names = "--password-stdin", description = "read it from standard input")
        boolean passwordStdin;

        @Override
        public Integer call() {
            try (Database db = parent.open()) {
                new Accounts(db).password(login, password(passwordStdin));
            }
            parent.main.err().println("password set for " + login);
            return 0;
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true, description = "An account's SSH public keys.",
            subcommands = {KeyAdd.class, KeyRemove.class})
    static final class Key implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Override
        public Integer call() {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name add or remove");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an OpenSSH public key (a .pub file).")
    static final class KeyAdd implements Callable<Integer> {
        @ParentCommand
        Key key;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "FILE", description = "holds one line: ssh-ed25519 AAAA… comment")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new Failure.InvalidInput(file + ": no such file");
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (lines.size() != 1) {
                throw new Failure.InvalidInput(file + ": expected one public key line, found " + lines.size());
            }
            String fingerprint;
            try (Database db = key.parent.open()) {
                fingerprint = new Accounts(db).addKey(login, lines.get(0));
            }
            key.parent.main.err().println("added key " + fingerprint + " to " + login);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a key by its fingerprint.")
    static final class KeyRemove implements Callable<Integer> {
        @ParentCommand
        Key key;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "FINGERPRINT", description = "SHA256:… as account list shows it")
        String fingerprint;

        @Override
        public Integer call() {
            try (Database db = key.parent.open()) {
                new Accounts(db).removeKey(login, fingerprint);
            }
            key.parent.main.err().println("removed key " + fingerprint + " from " + login);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the accounts (never a password hash or a key).")
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        AccountCommand parent;

        @Option(names = "--format", paramLabel = "table|csv", description = "default: table")
        String format = "table";

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
                case "csv" -> listing.csv(parent.main.out());
                case "table" -> listing.table(parent.main.out(), 40);
                default -> throw new Failure.InvalidInput("--format must be table or csv, not " + format);
            }
            return 0;
        }
    }
}
