package app.keystone.program.catalog;

import app.keystone.shared.KeystoneProblem;

/** The caller's If-Match names a version someone else has already replaced: its edit would lose theirs. */
class ProgramVersionMismatch extends KeystoneProblem {

    ProgramVersionMismatch(long current) {
        super(412, "PROGRAM_VERSION_MISMATCH", "Program changed meanwhile",
                "The program is now at version " + current + "; reload it and apply the change again.");
    }
}
