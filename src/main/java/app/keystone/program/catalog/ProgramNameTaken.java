package app.keystone.program.catalog;

import app.keystone.shared.KeystoneProblem;
import java.util.List;

/** Another program of the site already has this name (compared case-insensitively). */
class ProgramNameTaken extends KeystoneProblem {

    ProgramNameTaken(String name) {
        super(409, "PROGRAM_NAME_TAKEN", "Program name taken",
                "Another program on this site is already called '" + name + "'.",
                List.of(new FieldError("name", "another program already has this name")));
    }
}
