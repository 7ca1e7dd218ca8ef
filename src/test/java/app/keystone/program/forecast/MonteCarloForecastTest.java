package app.keystone.program.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloForecastTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aSteadyPaceGivesOneAnswer() {
        var f = MonteCarloForecast.forecast(20, List.of(5, 5, 5), 1000, 1, TODAY, "items");
        assertThat(List.of(f.p50(), f.p85(), f.p95())).containsOnly(TODAY.plusWeeks(4));
    }

    @Test
    void theSameSeedReproducesTheForecastAndPercentilesAreOrdered() {
        List<Integer> weeks = List.of(0, 3, 7, 2, 9, 4, 1, 6);
        var a = MonteCarloForecast.forecast(60, weeks, 5000, 42, TODAY, "items");
        var b = MonteCarloForecast.forecast(60, weeks, 5000, 42, TODAY, "items");
        assertThat(a).isEqualTo(b);
        assertThat(a.p50()).isBeforeOrEqualTo(a.p85());
        assertThat(a.p85()).isBeforeOrEqualTo(a.p95());
        // 60 items at a mean of 4 a week: around 15 weeks
        assertThat(a.p50()).isBetween(TODAY.plusWeeks(12), TODAY.plusWeeks(19));
        assertThat(a.basis().trials()).isEqualTo(5000);
        assertThat(a.basis().seed()).isEqualTo(42);
    }

    @Test
    void nothingLeftIsDoneTodayAndNoPaceIsNoForecast() {
        assertThat(MonteCarloForecast.forecast(0, List.of(1), 100, 1, TODAY, "items").p85()).isEqualTo(TODAY);
        var none = MonteCarloForecast.forecast(5, List.of(0, 0, 0), 100, 1, TODAY, "items");
        assertThat(none.p50()).isNull();
        assertThat(none.basis().note()).contains("no pace");
    }
}
