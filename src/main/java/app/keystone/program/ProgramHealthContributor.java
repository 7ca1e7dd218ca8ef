package app.keystone.program;

import app.keystone.shared.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * The extension point for program health: a module that knows something about a program's health (risk exposure,
 * RACI gaps, metrics off target) implements this as a bean, and its reasons join the program's own — no edit of
 * this module needed. Called on every rollup read: answer from indexed data, quickly.
 */
public interface ProgramHealthContributor {

    List<HealthReason> reasons(TenantId tenant, UUID programId);
}
