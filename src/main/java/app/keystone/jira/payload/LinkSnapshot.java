package app.keystone.jira.payload;

/** One issue link, normalised: for "Blocks" the source blocks the destination. */
public record LinkSnapshot(long linkId, long sourceId, long destinationId, String type) {

    public static final String BLOCKS = "Blocks";

    public boolean blocks() {
        return BLOCKS.equalsIgnoreCase(type);
    }
}
