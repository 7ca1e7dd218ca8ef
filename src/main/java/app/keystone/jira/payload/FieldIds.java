package app.keystone.jira.payload;

/**
 * The site-specific custom field ids Keystone reads (discovered through {@code GET /rest/api/3/field}, story
 * points overridable by an admin). Null when the site has no such field.
 */
public record FieldIds(String storyPoints, String flagged, String startDate) {

    public static final FieldIds NONE = new FieldIds(null, null, null);
}
