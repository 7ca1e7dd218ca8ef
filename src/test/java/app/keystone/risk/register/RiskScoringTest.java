package app.keystone.risk.register;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.KeystoneProblem;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Scoring, level thresholds and the ROAM/status rules, without the database. */
class RiskScoringTest {

    @ParameterizedTest(name = "P{0} x I{1} = {2}, {3} on the default matrix")
    @CsvSource({"1,1,1,LOW", "2,2,4,LOW", "1,5,5,MEDIUM", "3,3,9,MEDIUM", "2,5,10,HIGH", "5,2,10,HIGH",
            "4,3,12,HIGH", "3,5,15,CRITICAL", "4,4,16,CRITICAL", "5,5,25,CRITICAL"})
    void scoreIsProbabilityTimesImpactAndLevelFollowsTheDefaultThresholds(int p, int i, int score, Level level) {
        assertThat(RiskRules.score(p, i)).isEqualTo(score);
        assertThat(RiskMatrix.DEFAULT.level(score)).isEqualTo(level);
    }

    @Test
    void thresholdsAreInclusiveLowerBoundsAndRangesCoverOneToTwentyFive() {
        RiskMatrix m = new RiskMatrix(3, 8, 20, List.of("x"), 0);
        assertThat(m.level(2)).isEqualTo(Level.LOW);
        assertThat(m.level(3)).isEqualTo(Level.MEDIUM);
        assertThat(m.level(7)).isEqualTo(Level.MEDIUM);
        assertThat(m.level(8)).isEqualTo(Level.HIGH);
        assertThat(m.level(19)).isEqualTo(Level.HIGH);
        assertThat(m.level(20)).isEqualTo(Level.CRITICAL);
        for (Level l : Level.values()) {
            for (int s = m.from(l); s <= m.to(l); s++) {
                assertThat(m.level(s)).as("score %d", s).isEqualTo(l);
            }
        }
        assertThat(m.from(Level.LOW)).isEqualTo(1);
        assertThat(m.to(Level.CRITICAL)).isEqualTo(25);
    }

    static Stream<Long> seeds() {
        return LongStreamSeeds.SEEDS.stream();
    }

    /** Seeded random matrices and cells: levels never go down as the score goes up, and rank orders them. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void levelIsMonotonicInScoreForAnyValidMatrix(long seed) {
        Random random = new Random(seed);
        int medium = 2 + random.nextInt(20);
        int high = medium + 1 + random.nextInt(24 - medium);
        int critical = high + 1 + random.nextInt(Math.max(1, 25 - high));
        RiskMatrix m = new RiskMatrix(medium, high, Math.min(critical, 25), List.of("x"), 0);
        List<Level> levels = IntStream.rangeClosed(1, 25).mapToObj(m::level).toList();
        for (int s = 1; s < 25; s++) {
            assertThat(levels.get(s).rank()).isGreaterThanOrEqualTo(levels.get(s - 1).rank());
        }
        int p = 1 + random.nextInt(5);
        int i = 1 + random.nextInt(5);
        assertThat(m.level(RiskRules.score(p, i))).isEqualTo(m.level(RiskRules.score(i, p)));
    }

    @ParameterizedTest(name = "{0}/{1} + roam {2}, status {3} -> {4}/{5}")
    @CsvSource(nullValues = "-", value = {
            "OWNED,OPEN,RESOLVED,-,RESOLVED,CLOSED",
            "OWNED,OPEN,-,CLOSED,RESOLVED,CLOSED",
            "RESOLVED,CLOSED,-,OPEN,OWNED,OPEN",
            "RESOLVED,CLOSED,ACCEPTED,-,ACCEPTED,OPEN",
            "MITIGATED,OPEN,-,OPEN,MITIGATED,OPEN",
            "OWNED,OPEN,ACCEPTED,OPEN,ACCEPTED,OPEN",
            "OWNED,OPEN,RESOLVED,CLOSED,RESOLVED,CLOSED",
            "ACCEPTED,OPEN,-,-,ACCEPTED,OPEN"})
    void theOtherOfRoamAndStatusFollowsTheOneSent(Roam roam, RiskStatus status, Roam sentRoam, RiskStatus sentStatus,
                                                  Roam expectedRoam, RiskStatus expectedStatus) {
        FieldErrors errors = new FieldErrors();
        Roam next = RiskRules.roam(roam, status, sentRoam, sentStatus);
        assertThat(next).isEqualTo(expectedRoam);
        assertThat(RiskRules.status(next, sentStatus, errors)).isEqualTo(expectedStatus);
        errors.throwIfAny();
    }

    @ParameterizedTest(name = "roam {0} with status {1} is rejected")
    @CsvSource({"RESOLVED,OPEN", "OWNED,CLOSED", "ACCEPTED,CLOSED", "MITIGATED,CLOSED"})
    void contradictingRoamAndStatusAreAStatusError(Roam roam, RiskStatus status) {
        FieldErrors errors = new FieldErrors();
        RiskRules.status(RiskRules.roam(Roam.OWNED, RiskStatus.OPEN, roam, status), status, errors);
        assertThat(errors.has("status")).isTrue();
    }

    @Test
    void crossFieldRules() {
        assertThat(problems(state(Roam.OWNED, null, 3, 3, null, null, null))).containsExactly("ownerAccountId");
        assertThat(problems(state(Roam.ACCEPTED, null, 3, 3, null, null, null))).isEmpty();
        assertThat(problems(state(Roam.MITIGATED, "me", 3, 3, null, null, null)))
                .containsExactly("mitigation", "residualProbability");
        assertThat(problems(state(Roam.MITIGATED, "me", 3, 3, 2, 2, "plan"))).isEmpty();
        assertThat(problems(state(Roam.OWNED, "me", 3, 3, 2, null, null))).containsExactly("residualImpact");
        assertThat(problems(state(Roam.OWNED, "me", 3, 3, 4, 3, null))).containsExactly("residualProbability");
        assertThat(problems(state(Roam.OWNED, "me", 3, 3, 3, 4, null))).containsExactly("residualImpact");
        RiskState s = state(Roam.OWNED, "me", 4, 5, 2, 3, null);
        assertThat(s.score()).isEqualTo(20);
        assertThat(s.residualScore()).isEqualTo(6);
        assertThat(s.exposure()).isEqualTo(6);
        assertThat(state(Roam.OWNED, "me", 4, 5, null, null, null).exposure()).isEqualTo(20);
    }

    private static List<String> problems(RiskState s) {
        FieldErrors errors = new FieldErrors();
        RiskRules.check(s, errors);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (KeystoneProblem p) {
            return p.errors().stream().map(KeystoneProblem.FieldError::field).toList();
        }
    }

    private static RiskState state(Roam roam, String owner, int p, int i, Integer rp, Integer ri, String mitigation) {
        return new RiskState("t", null, null, p, i, rp, ri, roam,
                roam == Roam.RESOLVED ? RiskStatus.CLOSED : RiskStatus.OPEN, owner, mitigation, null, null, null, null,
                null, List.of(), List.of(), List.of());
    }

    private static final class LongStreamSeeds {
        static final List<Long> SEEDS = new Random(20261126L).longs(40).boxed().toList();
    }
}
