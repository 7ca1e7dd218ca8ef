package app.keystone.shared;

/** A site installed (or re-installed) Keystone; published inside the install transaction. */
public record TenantInstalled(TenantId tenant) {
}
