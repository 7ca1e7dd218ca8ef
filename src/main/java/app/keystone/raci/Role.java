package app.keystone.raci;

/** The four RACI roles, in the order views list them. */
enum Role {
    R, A, C, I;

    static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equals(text)) {
                return r;
            }
        }
        return null;
    }
}
