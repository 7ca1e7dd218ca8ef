package app.keystone.program.catalog;

import app.keystone.shared.KeystoneProblem;
import java.util.UUID;

/** No such program for the calling site — also what another site's program looks like, so ids reveal nothing. */
class ProgramNotFound extends KeystoneProblem {

    ProgramNotFound(UUID id) {
        super(404, "PROGRAM_NOT_FOUND", "Program not found", "There is no program " + id + " on this site.");
    }
}
