package taizhang.cli;

import java.util.Arrays;
import picocli.CommandLine;
import taizhang.domain.Register;

/** Reads a register name on the command line (persons, births, ...); anything else is a usage error. */
final class RegisterName implements CommandLine.ITypeConverter<Register> {

    /** A name that is not a register's. */
    static final class Unknown extends CommandLine.TypeConversionException {
        private final String name;

        Unknown(String name) {
            super(name);
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    @Override
    public Register convert(String value) {
        Register r = Register.byName(value);
        if (r == null) {
            throw new Unknown(value);
        }
        return r;
    }

    /** The registers' names, for the message. */
    static String names() {
        return String.join(", ", Arrays.stream(Register.values()).map(Register::fileName).toList());
    }
}
