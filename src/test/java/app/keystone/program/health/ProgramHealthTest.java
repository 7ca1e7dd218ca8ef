package app.keystone.program.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.program.HealthReason;
import app.keystone.program.HealthReason.HealthStatus;
import app.keystone.program.forecast.MonteCarloForecast;
import app.keystone.shared.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgramHealthTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final UUID PROGRAM = UUID.randomUUID();
    private static final LocalDate TARGET = LocalDate.of(2027, 3, 1);

    private final ProgramHealth rules = new ProgramHealth(List.of());

    @Test
    void greenWhenTheForecastBeatsTheTargetAndLittleIsStuck() {
        var h = rules.assess(TENANT, PROGRAM, input(100, 5, 2, finishing(TARGET.minusDays(10)), null));
        assertThat(h.status()).isEqualTo(HealthStatus.GREEN);
        assertThat(h.reasons()).extracting(HealthReason::code).containsExactly("ON_SCHEDULE");
    }

    @Test
    void lateForecastIsAmberThenRed() {
        assertThat(rules.assess(TENANT, PROGRAM, input(100, 0, 0, finishing(TARGET.plusDays(7)), null)).status())
                .isEqualTo(HealthStatus.AMBER);
        var red = rules.assess(TENANT, PROGRAM, input(100, 0, 0, finishing(TARGET.plusDays(30)), null));
        assertThat(red.status()).isEqualTo(HealthStatus.RED);
        assertThat(red.reasons().get(0).message()).contains("30 days after the target 2027-03-01");
    }

    @Test
    void blockedAndOverdueSharesRaiseTheirOwnReasons() {
        var h = rules.assess(TENANT, PROGRAM, input(100, 30, 8, finishing(TARGET.minusDays(1)), null));
        assertThat(h.status()).isEqualTo(HealthStatus.RED);
        assertThat(h.reasons()).extracting(HealthReason::code).contains("BLOCKED_SHARE", "OVERDUE_SHARE");
        assertThat(h.reasons()).filteredOn(r -> r.code().equals("OVERDUE_SHARE")).extracting(HealthReason::status)
                .containsExactly(HealthStatus.AMBER);
    }

    @Test
    void offTrackDependenciesAreAmberThenRed() {
        var one = rules.assess(TENANT, PROGRAM, new ProgramHealth.Input(100, 0, 0, TARGET, finishing(TARGET.minusDays(1)),
                null, null, 1));
        assertThat(one.status()).isEqualTo(HealthStatus.AMBER);
        assertThat(one.reasons()).extracting(HealthReason::code).contains("DEPENDENCIES_OFF_TRACK");
        assertThat(rules.assess(TENANT, PROGRAM, new ProgramHealth.Input(100, 0, 0, TARGET, finishing(TARGET.minusDays(1)),
                null, null, 3)).status()).isEqualTo(HealthStatus.RED);
    }

    @Test
    void noPaceWithOpenWorkIsAmber() {
        var none = MonteCarloForecast.forecast(10, List.of(0, 0), 10, 1, LocalDate.of(2026, 11, 26), "items");
        assertThat(rules.assess(TENANT, PROGRAM, input(10, 0, 0, none, null)).reasons())
                .extracting(HealthReason::code).containsExactly("NO_PACE");
    }

    @Test
    void otherModulesContributeReasonsAndAnOverrideWins() {
        ProgramHealth withRisks = new ProgramHealth(List.of((tenant, program) ->
                List.of(new HealthReason(HealthStatus.RED, "RISK_CRITICAL", "A critical risk is open."))));
        var h = withRisks.assess(TENANT, PROGRAM, input(100, 0, 0, finishing(TARGET.minusDays(1)), null));
        assertThat(h.status()).isEqualTo(HealthStatus.RED);
        var overridden = withRisks.assess(TENANT, PROGRAM, input(100, 0, 0, finishing(TARGET.minusDays(1)), "GREEN"));
        assertThat(overridden.status()).isEqualTo(HealthStatus.GREEN);
        assertThat(overridden.overridden()).isTrue();
        assertThat(overridden.reasons().get(0).message()).contains("the rules say RED");
    }

    private static ProgramHealth.Input input(long open, long blocked, long overdue, MonteCarloForecast.Forecast f,
                                             String override) {
        return new ProgramHealth.Input(open, blocked, overdue, TARGET, f, override, override == null ? null : "vendor fixed", 0);
    }

    private static MonteCarloForecast.Forecast finishing(LocalDate p85) {
        return new MonteCarloForecast.Forecast(p85.minusDays(7), p85, p85.plusDays(7),
                new MonteCarloForecast.Basis(10, List.of(1), 1, 1, "items", ""));
    }
}
